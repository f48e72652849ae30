/**
 * The one script reader pages run (docs/adr/0001-reader-pages-without-the-framework-runtime.md):
 * scripts/islands.ts bundles this file and the enhancers it imports into public/islands/reader.js,
 * and components/layout/ReaderShell.tsx loads it as a deferred module. Each enhancer looks for
 * its own server-rendered markup and does nothing where there is none; everything works without it.
 * Nothing here may import React, Next or server code: the bundle is plain DOM code, and its words
 * come from the page (components/islands/messages.ts).
 */
import { enhanceBookmarks } from '@/components/article/bookmark.island';
import { enhanceShareBars } from '@/components/article/ShareBar.island';
import { sendView } from '@/components/article/ViewBeacon.island';
import { islandMessages } from '@/components/islands/messages';
import { enhanceAccountMenu } from '@/components/layout/AccountMenu.island';
import { enhanceMedia } from '@/components/media/media.island';
import { enhanceRelativeTimes } from '@/components/ui/RelativeTime.island';

const messages = islandMessages();
enhanceShareBars(messages);
enhanceBookmarks(messages);
enhanceAccountMenu();
// Datelines: "2 h ago" beside the exact time (the cached page has only the exact time).
enhanceRelativeTimes();
// Most read: one beacon per article page load.
sendView();
// Players and galleries: their code is loaded from our origin when the reader reaches for them.
enhanceMedia();

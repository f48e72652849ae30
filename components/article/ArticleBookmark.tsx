'use client';
// Runs in the browser only to hydrate the bookmark button a signed-in reader was served inside the shared cached article page (lib/readers/splice.ts), so React keeps it instead of the sign-in link.
import { BookmarkSignIn } from '@/components/article/Bookmark';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import { servedReader } from '@/lib/readers/served';

/** The bookmark control of the shared cached article page: a sign-in link, or the served reader's button. */
export function ArticleBookmark({ articleId, returnTo }: { articleId: number; returnTo: string }) {
  const reader = servedReader();
  return reader ? <BookmarkButton articleId={articleId} saved={reader.saved.includes(articleId)} returnTo={returnTo} /> : <BookmarkSignIn returnTo={returnTo} />;
}

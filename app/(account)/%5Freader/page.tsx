import type { Metadata } from 'next';
import { readerCardActions } from '@/app/(account)/_shared/reader-actions';
import { renderHome } from '@/app/(site)/_shared/front-route';
import { homeMetadata } from '@/lib/seo/metadata';

// The home page for a signed-in reader (next.config.ts rewrites `/` here by the session cookie):
// the cached front, with the reader's bookmark state on every story, rendered per request.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = homeMetadata();

export default async function ReaderHome() {
  return renderHome(readerCardActions);
}

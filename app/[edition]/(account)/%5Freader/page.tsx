import type { Metadata } from 'next';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { readerCardActions } from '@/app/[edition]/(account)/_shared/reader-actions';
import { renderHome } from '@/app/[edition]/(site)/_shared/front-route';
import { homeMetadata } from '@/lib/seo/metadata';

// The home page for a signed-in reader (next.config.ts rewrites `/` here by the session cookie):
// the cached front, with the reader's bookmark state on every story, rendered per request.
export const dynamic = 'force-dynamic';
export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  return homeMetadata(await editionOf(params));
}

export default async function ReaderHome({ params }: { params: EditionParams }) {
  return renderHome((await editionOf(params)).code, readerCardActions);
}

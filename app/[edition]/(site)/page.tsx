import type { Metadata } from 'next';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { renderHome } from '@/app/[edition]/(site)/_shared/front-route';
import { homeMetadata } from '@/lib/seo/metadata';

// Safety net only (lib/cache REVALIDATE.home; Next needs a literal): publishing and the newsroom's
// fronts invalidate at once.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  return homeMetadata(await editionOf(params));
}

export default async function Home({ params }: { params: EditionParams }) {
  return renderHome((await editionOf(params)).code);
}

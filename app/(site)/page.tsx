import type { Metadata } from 'next';
import { renderHome } from '@/app/(site)/_shared/front-route';
import { homeMetadata } from '@/lib/seo/metadata';

// Safety net only (lib/cache REVALIDATE.home; Next needs a literal): publishing and the newsroom's
// fronts invalidate at once.
export const revalidate = 60;

export const metadata: Metadata = homeMetadata();

export default async function Home() {
  return renderHome();
}

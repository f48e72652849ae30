import type { Metadata } from 'next';
import { HomePage } from '@/components/home/HomePage';
import { JsonLd } from '@/components/seo/JsonLd';
import { readHome } from '@/lib/content/reader';
import { homeJsonLd } from '@/lib/seo/jsonld';
import { homeMetadata } from '@/lib/seo/metadata';

// Safety net only (lib/cache REVALIDATE.home; Next needs a literal): publishing invalidates at once.
export const revalidate = 60;

export const metadata: Metadata = homeMetadata();

export default async function Home() {
  const feed = await readHome();
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <HomePage feed={feed} />
    </>
  );
}

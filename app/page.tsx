import type { Metadata } from 'next';
import { HomePage } from '@/components/home/HomePage';
import { readHome } from '@/lib/content/reader';
import { INDEX_ROBOTS } from '@/lib/seo/metadata';
import { SITE } from '@/lib/site';
import { absoluteUrl } from '@/lib/urls';

// Safety net only (lib/cache REVALIDATE.home; Next needs a literal): publishing invalidates at once.
export const revalidate = 60;

export const metadata: Metadata = {
  alternates: { canonical: absoluteUrl('/') },
  robots: INDEX_ROBOTS,
  openGraph: { type: 'website', url: absoluteUrl('/'), siteName: SITE.name, title: SITE.name, description: SITE.description, locale: SITE.locale },
};

export default async function Home() {
  const feed = await readHome();
  return <HomePage feed={feed} />;
}

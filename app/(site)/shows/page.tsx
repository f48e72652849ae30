import type { Metadata } from 'next';
import { ShowsIndex } from '@/components/shows/ShowPage';
import { readShows } from '@/lib/podcasts';
import { showsIndexMetadata } from '@/lib/seo/shows';

// Kept until publishing expires `feeds` (or for a minute at most), like the list pages.
export const revalidate = 60;

export const metadata: Metadata = showsIndexMetadata();

export default async function ShowsRoute() {
  return <ShowsIndex shows={await readShows()} />;
}

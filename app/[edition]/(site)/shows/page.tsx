import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { ShowsIndex } from '@/components/shows/ShowPage';
import { readShows } from '@/lib/podcasts';
import { showsIndexMetadata } from '@/lib/seo/shows';
import { seoWords } from '@/lib/i18n/seo';

// Kept until publishing expires `feeds` (or for a minute at most), like the list pages.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const edition = await editionOf(params);
  const t = await getTranslations({ locale: edition.code, namespace: 'Chrome' });
  return showsIndexMetadata(edition, t('programmes'), await seoWords(edition.code));
}

export default async function ShowsRoute({ params }: { params: EditionParams }) {
  return <ShowsIndex shows={await readShows((await editionOf(params)).code)} />;
}

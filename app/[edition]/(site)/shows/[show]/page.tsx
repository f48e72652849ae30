import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ShowPage } from '@/components/shows/ShowPage';
import { decodeParam } from '@/lib/feeds';
import { noStaticParams } from '@/lib/on-demand-routes';
import { editionOf } from '@/app/[edition]/_shared/edition';
import { readShow } from '@/lib/podcasts';
import { showMetadata } from '@/lib/seo/shows';
import { seoWords } from '@/lib/i18n/seo';

// Rendered on first request and kept; publishing an episode expires it at once (`feeds`).
export const revalidate = 60;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

type Props = { params: Promise<{ edition: string; show: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await editionOf(params);
  const data = await readShow(code, decodeParam((await params).show), 1);
  return data ? showMetadata(data.show, await seoWords(code)) : {};
}

export default async function ShowRoute({ params }: Props) {
  const data = await readShow((await editionOf(params)).code, decodeParam((await params).show), 1);
  if (!data) notFound();
  return <ShowPage show={data.show} episodes={data.episodes.items} />;
}

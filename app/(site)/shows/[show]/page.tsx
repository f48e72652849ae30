import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ShowPage } from '@/components/shows/ShowPage';
import { decodeParam } from '@/lib/feeds';
import { noStaticParams } from '@/lib/on-demand-routes';
import { readShow } from '@/lib/podcasts';
import { showMetadata } from '@/lib/seo/shows';

// Rendered on first request and kept; publishing an episode expires it at once (`feeds`).
export const revalidate = 60;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

type Props = { params: Promise<{ show: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await readShow(decodeParam((await params).show), 1);
  return data ? showMetadata(data.show) : {};
}

export default async function ShowRoute({ params }: Props) {
  const data = await readShow(decodeParam((await params).show), 1);
  if (!data) notFound();
  return <ShowPage show={data.show} episodes={data.episodes.items} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { editionOf } from '@/app/[edition]/_shared/edition';
import { InfoPageView } from '@/components/info/InfoPageView';
import { readBody } from '@/lib/content/blocks';
import { readInfoPage } from '@/lib/content/reader';
import { decodeParam } from '@/lib/feeds';
import { noStaticParams } from '@/lib/on-demand-routes';
import { infoPageJsonLd, infoPageMetadata } from '@/lib/seo/info-pages';

// Rendered on first request and kept; a save in /admin/pages expires it at once (`info-pages`).
export const revalidate = 3600;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

type Props = { params: Promise<{ edition: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await readInfoPage((await editionOf(params)).code, decodeParam((await params).page));
  return page ? infoPageMetadata(page) : {};
}

export default async function InfoRoute({ params }: Props) {
  const page = await readInfoPage((await editionOf(params)).code, decodeParam((await params).page));
  if (!page) notFound();
  return <InfoPageView page={page} blocks={readBody(page.body)} jsonLd={infoPageJsonLd(page)} />;
}

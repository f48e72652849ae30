import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { editionOf, editionParams, type EditionParams } from '@/app/[edition]/_shared/edition';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';
import { readSections } from '@/lib/content/reader';

// The reader's not-found page as a page of its own, one per edition (`/_missing`, `/ru/_missing`).
// Next answers notFound() in a page with a 404 whose HTML body is empty (its content only in the
// RSC payload: vercel/next.js#62228), so the production server sends this page's markup with those
// 404s instead (lib/islands/respond.ts).
export const generateStaticParams = editionParams;

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await editionOf(params)).code, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

// The main sections as ways on (cached: the same read as the navigation's).
export default async function MissingPage({ params }: { params: EditionParams }) {
  return <NotFoundNotice sections={await readSections((await editionOf(params)).code)} />;
}

import type { Metadata } from 'next';
import { listPageMetadata, renderList } from '@/app/(site)/_shared/list-route';

// Rendered on first request and kept; publishing invalidates the tag's pages at once.
export const revalidate = 60;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata('tag', (await params).tag, 1);
}

export default async function TagPage({ params }: Props) {
  return renderList('tag', (await params).tag, 1);
}

import type { Metadata } from 'next';
import { listPageMetadata, renderList } from '@/app/(site)/_shared/list-route';

// Rendered on first request and kept; publishing invalidates the author's pages at once.
export const revalidate = 60;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ author: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata('author', (await params).author, 1);
}

export default async function AuthorPage({ params }: Props) {
  return renderList('author', (await params).author, 1);
}

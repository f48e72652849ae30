/**
 * Page N of a section, tag or author list. Readers never see this URL: next.config.ts
 * rewrites `/{section}?page=N`, `/tags/{tag}?page=N` and `/authors/{author}?page=N` here,
 * so every page of every list is a cached page rather than one rendered per request.
 */
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { listPageMetadata, parseListParams, renderList } from '@/app/(site)/_shared/list-route';
import { listPath } from '@/lib/urls';

export const revalidate = 60;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ kind: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, slug, page } = parseListParams(await params);
  return page === 1 ? {} : listPageMetadata(kind, slug, page);
}

export default async function PagedList({ params }: Props) {
  const { kind, slug, page } = parseListParams(await params);
  // Page 1 has one address: the list's own URL (redirected here only, not from generateMetadata too).
  if (page === 1) permanentRedirect(listPath(kind, slug));
  return renderList(kind, slug, page);
}

/**
 * Shared by the list routes (section fronts, tag and author pages, and their `?page=N`
 * variants): load a page of a list, 404 when it does not exist, render it.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import { readList } from '@/lib/content/reader';
import { listMetadata, listPagerLinks } from '@/lib/seo/metadata';
import type { ListKind } from '@/lib/urls';

export async function loadList(kind: ListKind, slug: string, page: number) {
  const data = await readList(kind, decodeSlug(slug), page);
  if (!data) notFound();
  return data;
}

export async function listPageMetadata(kind: ListKind, slug: string, page: number): Promise<Metadata> {
  const data = await readList(kind, decodeSlug(slug), page);
  return data ? listMetadata(data) : {};
}

export async function renderList(kind: ListKind, slug: string, page: number) {
  const data = await loadList(kind, slug, page);
  const { prev, next } = listPagerLinks(data);
  return (
    <>
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      <ListPage data={data} />
    </>
  );
}

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

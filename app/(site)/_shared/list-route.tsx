/**
 * Shared by the list routes (section fronts, tag and author pages, and their `?page=N`
 * variants): load a page of a list, 404 when it does not exist, render it.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import type { CardActions } from '@/components/lists/StoryCard';
import { readList } from '@/lib/content/reader';
import { listMetadata, listPagerLinks } from '@/lib/seo/metadata';
import { parsePageNumber, type ListKind } from '@/lib/urls';

export async function loadList(kind: ListKind, slug: string, page: number) {
  const data = await readList(kind, safeDecode(slug), page);
  if (!data) notFound();
  return data;
}

export async function listPageMetadata(kind: ListKind, slug: string, page: number): Promise<Metadata> {
  const data = await readList(kind, safeDecode(slug), page);
  return data ? listMetadata(data) : {};
}

/** `actions(ids)` gives the per-reader controls for the page's stories (signed-in variants only). */
export async function renderList(
  kind: ListKind,
  slug: string,
  page: number,
  actions?: (ids: number[]) => Promise<CardActions | undefined>,
) {
  const data = await loadList(kind, slug, page);
  const { prev, next } = listPagerLinks(data);
  return (
    <>
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      <ListPage data={data} actions={actions ? await actions(data.items.map((s) => s.id)) : undefined} />
    </>
  );
}

/** A path parameter decoded; as it came when it is not valid percent-encoding (`%`, `%FF`). */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The params of the internal `/_list/{kind}/{slug}/{page}` routes (404 for anything else). */
export function parseListParams(raw: { kind: string; slug: string; page: string }): {
  kind: ListKind;
  slug: string;
  page: number;
} {
  const kind = raw.kind as ListKind;
  if (kind !== 'section' && kind !== 'tag' && kind !== 'author') notFound();
  // `?page=%` or `?page=%FF` reaches here undecodable: a 404 like any other junk, never a 500.
  const page = parsePageNumber(safeDecode(raw.page));
  if (page === null) notFound();
  return { kind, slug: raw.slug, page };
}

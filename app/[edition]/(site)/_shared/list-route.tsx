/**
 * Shared by the list routes (section fronts, tag and author pages, and their `?page=N`
 * variants, cached and signed-in): load a page of a list, 404 when it does not exist, render it.
 */
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import type { CardActions } from '@/components/lists/StoryCard';
import { readList, readTagAliasTarget } from '@/lib/content/reader';
import { seoWords } from '@/lib/i18n/seo';
import { listMetadata, listPagerLinks } from '@/lib/seo/metadata';
import { listPath, parsePageNumber, type ListKind } from '@/lib/urls';
import { editionOf } from '@/app/[edition]/_shared/edition';
import { renderSectionFront } from './front-route';

export async function loadList(edition: string, kind: ListKind, slug: string, page: number) {
  const data = await readList(edition, kind, safeDecode(slug), page);
  if (!data) {
    // A renamed or merged tag's old address (its alias) moves for good to the tag's own.
    const current = kind === 'tag' ? readTagAliasTarget(edition, safeDecode(slug)) : null;
    if (current) permanentRedirect(listPath(edition, kind, current, page));
    notFound();
  }
  return data;
}

export async function listPageMetadata(edition: string, kind: ListKind, slug: string, page: number): Promise<Metadata> {
  const data = await readList(edition, kind, safeDecode(slug), page);
  return data ? listMetadata(data, await seoWords(data.edition)) : {};
}

/**
 * The per-reader controls for a page's stories (signed-in variants only), given their ids and
 * the page's own address to come back to.
 */
type ListActions = (ids: number[], returnTo: string) => Promise<CardActions | undefined>;

export async function renderList(edition: string, kind: ListKind, slug: string, page: number, actions?: ListActions) {
  const data = await loadList(edition, kind, slug, page);
  const { prev, next } = listPagerLinks(data);
  const ids = data.items.map((s) => s.id);
  return (
    <>
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      <ListPage data={data} actions={actions ? await actions(ids, listPath(edition, kind, slug, page)) : undefined} />
    </>
  );
}

/**
 * A list's first page, named by the route's one segment `param` (`/{section}`, `/tags/{tag}`,
 * `/authors/{author}`): the route's `generateMetadata` and page, cached or signed-in alike. A
 * section's first page is its front (front-route.tsx); its later pages stay the plain list.
 */
export function firstPageRoute<K extends string>(kind: ListKind, param: K, actions?: ListActions) {
  type Props = { params: Promise<Record<K | 'edition', string>> };
  return {
    generateMetadata: async ({ params }: Props): Promise<Metadata> =>
      listPageMetadata((await editionOf(params)).code, kind, (await params)[param], 1),
    Page: async ({ params }: Props) => {
      const edition = (await editionOf(params)).code;
      return kind === 'section'
        ? renderSectionFront(edition, (await params)[param], actions)
        : renderList(edition, kind, (await params)[param], 1, actions);
    },
  };
}

/** Page N of a list (the internal `/_list/{kind}/{slug}/{page}` routes), cached or signed-in alike. */
export function pagedListRoute(actions?: ListActions) {
  type Props = { params: Promise<{ edition: string; kind: string; slug: string; page: string }> };
  return {
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const edition = (await editionOf(params)).code;
      const { kind, slug, page } = parseListParams(await params);
      return page === 1 ? {} : listPageMetadata(edition, kind, slug, page);
    },
    Page: async ({ params }: Props) => {
      const edition = (await editionOf(params)).code;
      const { kind, slug, page } = parseListParams(await params);
      // Page 1 has one address: the list's own URL (redirected here only, not from generateMetadata too).
      if (page === 1) permanentRedirect(listPath(edition, kind, slug));
      return renderList(edition, kind, slug, page, actions);
    },
  };
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

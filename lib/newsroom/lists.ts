/**
 * Shared by the newsroom's paged lists (articles, media, the audit log): the page a request asks
 * for, and the page count and page links the pager shows.
 */
import { oneParam } from '@/lib/newsroom/forms';
import { parsePageNumber } from '@/lib/urls';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The page a list was asked for: `?page=n`, else (absent or not a page number) the first. */
export function pageParam(params: SearchParams): number {
  return parsePageNumber(oneParam(params, 'page') || undefined) ?? 1;
}

/**
 * How many pages `total` rows fill (at least one), and the link to each: `path` with the
 * filters that are set, in their order, then `page`.
 */
export function paging(
  path: string,
  filters: Record<string, string | undefined>,
  total: number,
  perPage: number,
): { pages: number; href: (page: number) => string } {
  const set = Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return {
    pages: Math.max(1, Math.ceil(total / perPage)),
    href: (page) => `${path}?${new URLSearchParams([...set, ['page', String(page)]])}`,
  };
}

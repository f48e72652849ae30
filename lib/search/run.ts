/**
 * One search within one edition, from the parsed URL to the data the search page shows: the
 * query read by lib/search/query.ts, filters resolved against the edition's sections and tags,
 * results from db/queries/search.ts (that edition's stories only). Search results themselves are not cached (every query is different and
 * a publish must show at once); the filter choices are.
 */
import { searchArticles, searchFacets, tagRefBySlug, type SearchResults } from '@/db/queries/search';
import type { SectionRef, TagRef } from '@/db/types';
import { cachedRead, cacheTags, REVALIDATE } from '@/lib/cache';
import { dateWindow, SEARCH_PER_PAGE, MAX_SEARCH_PAGE, type SearchRequest } from './params';
import type { SearchNote } from './notes';
import { parseSearchQuery, type ParsedQuery } from './query';

export { type SearchHit, type SearchResults } from '@/db/queries/search';
export type { Highlighted } from '@/db/types';

export const readSearchFacets = cachedRead(
  'search-facets',
  (edition: string) => searchFacets(edition),
  (edition: string) => [cacheTags.sections(edition), cacheTags.tagList(edition)],
  REVALIDATE.data,
);

export interface SearchPageData {
  request: SearchRequest;
  query: ParsedQuery;
  notes: SearchNote[];
  facets: { sections: SectionRef[]; tags: TagRef[] };
  section: SectionRef | null;
  tag: TagRef | null;
  /** Null when there was nothing to search for (see query.problem). */
  results: SearchResults | null;
  pageCount: number;
}

export async function runSearch(
  edition: string,
  request: SearchRequest,
  notes: SearchNote[],
  now = new Date(),
): Promise<SearchPageData> {
  const query = parseSearchQuery(request.q);
  const facets = await readSearchFacets(edition);
  const allNotes = [...query.notes, ...notes];
  const section = request.section ? (facets.sections.find((s) => s.slug === request.section) ?? null) : null;
  if (request.section && !section) allNotes.push({ code: 'noSection' });
  const tag = request.tag
    ? (facets.tags.find((t) => t.slug === request.tag) ?? tagRefBySlug(edition, request.tag))
    : null;
  if (request.tag && !tag) allNotes.push({ code: 'noTag' });
  const resolved: SearchRequest = { ...request, section: section?.slug ?? null, tag: tag?.slug ?? null };

  let results: SearchResults | null = null;
  if (query.fts) {
    const { from, to } = dateWindow(resolved, now);
    results = searchArticles({
      edition,
      fts: query.fts,
      sort: resolved.sort,
      rankFts: query.rankFts,
      page: resolved.page,
      perPage: SEARCH_PER_PAGE,
      sectionId: section?.id ?? null,
      tagId: tag?.id ?? null,
      from,
      to,
      now,
    });
  }
  const pageCount = results ? Math.min(MAX_SEARCH_PAGE, Math.ceil(results.total / SEARCH_PER_PAGE)) : 0;
  return { request: resolved, query, notes: allNotes, facets, section, tag, results, pageCount };
}

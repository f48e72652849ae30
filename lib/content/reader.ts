/**
 * What reader pages read: the queries of db/queries, cached and tagged by lib/cache.
 * Routes call these; components receive their results as props.
 */
import {
  getAuthorBySlug,
  getHomeFeed,
  getPublishedArticle,
  getSectionBySlug,
  getTagBySlug,
  listAuthorArticles,
  listSectionArticles,
  listSections,
  listTagArticles,
} from '@/db/queries/articles';
import { getRelatedStories } from '@/db/queries/related';
import { cachedRead, cacheTags, REVALIDATE } from '@/lib/cache';
import type { ListKind } from '@/lib/urls';

export type {
  ArticleCard,
  ArticleFull,
  Author,
  AuthorRef,
  MediaItem,
  Paged,
  Section,
  SectionRef,
  Tag,
  TagRef,
} from '@/db/types';
export type { HomeFeed } from '@/db/queries/articles';
export type { RelatedStory } from '@/db/queries/related';

/** Items per page on section, tag and author pages. */
export const PER_PAGE = 20;

export const readSections = cachedRead('sections', () => listSections(), () => [cacheTags.sections], REVALIDATE.data);

export const readHome = cachedRead(
  'home',
  () => getHomeFeed(),
  () => [cacheTags.home, cacheTags.sections],
  REVALIDATE.home,
);

export const readArticle = cachedRead(
  'article',
  (id: number) => getPublishedArticle(id),
  (id) => [cacheTags.article(id)],
  REVALIDATE.data,
);

export const readRelated = cachedRead(
  'related',
  (id: number) => getRelatedStories(id),
  (id) => [cacheTags.article(id), cacheTags.related],
  REVALIDATE.data,
);

const listReaders = {
  section: { find: getSectionBySlug, list: listSectionArticles, tag: cacheTags.section },
  tag: { find: getTagBySlug, list: listTagArticles, tag: cacheTags.tag },
  author: { find: getAuthorBySlug, list: listAuthorArticles, tag: cacheTags.author },
} as const;

/**
 * One page of a section, tag or author list; null when the list does not exist or the
 * page is past the last one (page 1 of an empty list exists).
 */
export const readList = cachedRead(
  'list',
  (kind: ListKind, slug: string, page: number) => {
    const reader = listReaders[kind];
    const owner = reader.find(slug);
    if (!owner) return null;
    const result = reader.list(owner.id, page, PER_PAGE);
    if (page > result.pageCount) return null;
    return { kind, owner, ...result };
  },
  (kind, slug) => [listReaders[kind].tag(slug), cacheTags.sections],
  REVALIDATE.list,
);

export type ListPage = NonNullable<Awaited<ReturnType<typeof readList>>>;

/**
 * What reader pages read: the queries of db/queries, cached and tagged by lib/cache.
 * Routes call these; components receive their results as props.
 */
import {
  getAuthorBySlug,
  getHomeFeed,
  getPublishedArticle,
  getPublishedCards,
  getSectionBySlug,
  getTagBySlug,
  listAuthorArticles,
  listSectionArticles,
  listSections,
  listTagArticles,
} from '@/db/queries/articles';
import { rankRelatedStories, withCards, type RelatedStory } from '@/db/queries/related';
import { listLiveBanners } from '@/db/queries/banners';
import { hourOf, rankMostRead } from '@/db/queries/most-read';
import { getInfoPage, listInfoPageLinks } from '@/db/queries/info-pages';
import { resolveTagSlug } from '@/db/queries/taxonomy';
import { unstable_rethrow } from 'next/navigation';
import { cachedRead, cacheTags, REVALIDATE } from '@/lib/cache';
import { buildFrontView, frontTarget, loadFrontSource, parseFrontKey, type FrontTarget } from '@/lib/fronts/load';
import { DEFAULT_EDITION } from '@/lib/editions';
import { pinnedIds } from '@/lib/fronts/layout';
import { mostReadCards, withMostRead } from '@/lib/fronts/resolve';
import type { BannerView, FrontView, MostReadItem, Translation } from '@/db/types';
import type { ListKind } from '@/lib/urls';

export type {
  ArticleCard,
  ArticleFull,
  Author,
  AuthorRef,
  AvItem,
  CaptionTrack,
  GalleryItem,
  MediaItem,
  Rendition,
  Paged,
  Section,
  SectionRef,
  Tag,
  TagRef,
  Translation,
} from '@/db/types';
export type { HomeFeed } from '@/db/queries/articles';
export type { RelatedStory } from '@/db/queries/related';
export type { BannerView, MostReadItem } from '@/db/types';
export type { ContainerStyle, FrontCard, FrontContainerView, FrontView, SlotCrop } from '@/db/types';

/** Items per page on section, tag and author pages. */
export const PER_PAGE = 20;

/** An edition's sections, in navigation order. */
export const readSections = cachedRead(
  'sections',
  (edition: string) => listSections(edition),
  (edition) => [cacheTags.sections(edition)],
  REVALIDATE.data,
);

export const readHome = cachedRead(
  'home',
  (edition: string) => getHomeFeed(edition),
  (edition) => [cacheTags.home(edition), cacheTags.sections(edition)],
  REVALIDATE.home,
);

export const readArticle = cachedRead(
  'article',
  (id: number) => getPublishedArticle(id),
  (id) => [cacheTags.article(id)],
  REVALIDATE.data,
);

/**
 * A story's published translations for the header's edition switcher (its @editions slot). The
 * page shows the story's own failure; the switcher must not fail with it (a second error page in
 * the header), so an unreadable story gives none and the switcher links to the editions' homes.
 * Next's own control-flow errors still pass through.
 */
export async function readSwitcherTranslations(id: number): Promise<Translation[]> {
  try {
    return (await readArticle(id))?.translations ?? [];
  } catch (error) {
    unstable_rethrow(error);
    return [];
  }
}

/**
 * Which stories an article's related block shows: expired with the article itself and by the
 * `related` tag (a story leaving the site). A correction elsewhere never changes it.
 */
const readRelatedRanking = cachedRead(
  'related-ranking',
  (id: number) => rankRelatedStories(id),
  (id) => [cacheTags.article(id), cacheTags.related],
  REVALIDATE.data,
);

/**
 * Story cards by id, tagged with each story's own tag: the page that shows them carries those
 * tags, so correcting a story's headline, lede or picture expires exactly the pages that show it.
 */
const readCards = cachedRead(
  'cards',
  (...ids: number[]) => getPublishedCards(ids),
  (...ids) => ids.map(cacheTags.article),
  REVALIDATE.data,
);

export async function readRelated(id: number): Promise<RelatedStory[]> {
  const ranks = await readRelatedRanking(id);
  return withCards(ranks, await readCards(...ranks.map((r) => r.id)));
}

const listReaders = {
  section: { find: getSectionBySlug, list: listSectionArticles, tag: cacheTags.section },
  tag: { find: getTagBySlug, list: listTagArticles, tag: cacheTags.tag },
  author: { find: getAuthorBySlug, list: listAuthorArticles, tag: cacheTags.author },
} as const;

/**
 * One page of an edition's section, tag or author list; null when the list does not exist or
 * the page is past the last one (page 1 of an empty list exists).
 */
export const readList = cachedRead(
  'list',
  (edition: string, kind: ListKind, slug: string, page: number) => {
    const reader = listReaders[kind];
    const owner = reader.find(edition, slug);
    if (!owner) return null;
    const result = reader.list(owner.id, page, PER_PAGE);
    if (page > result.pageCount) return null;
    return { edition, kind, owner, ...result };
  },
  (edition, kind, slug) => [listReaders[kind].tag(edition, slug), cacheTags.sections(edition)],
  REVALIDATE.list,
);

export type ListPage = NonNullable<Awaited<ReturnType<typeof readList>>>;

/**
 * The slug a tag address that names no tag now leads to: that of the tag the slug is an alias
 * of (a renamed or merged tag's old slug, db/queries/taxonomy.ts), or null. Read only when the
 * list is missing, and not cached: the page that redirects is kept with the list's own cache
 * tag (a new tag of that slug expires it, and wins).
 */
export function readTagAliasTarget(edition: string, slug: string): string | null {
  const tag = resolveTagSlug(edition, slug);
  return tag && tag.slug !== slug ? tag.slug : null;
}

/**
 * Which stories lead "most read" (views summed over the last 24 hours; per site, or per section
 * for a slug): refreshed by time only, every 5 minutes (tag 'most-read' for a manual expiry), so
 * counting views never expires pages. The cards come through `readCards`, tagged per story, so a
 * story unpublished or corrected leaves or changes at once.
 */
const readMostReadRanking = cachedRead(
  'most-read',
  (edition: string, sectionSlug: string, limit: number) => {
    const section = sectionSlug ? getSectionBySlug(edition, sectionSlug) : null;
    if (sectionSlug && !section) return [];
    return rankMostRead({ edition, sectionId: section?.id ?? null, sinceHour: hourOf(Date.now()) - 23, limit });
  },
  () => [cacheTags.mostRead],
  300,
);

/** The most-read stories of an edition (null) or of one of its sections, best first; empty before any count. */
export async function readMostRead(edition: string, sectionSlug: string | null, limit = 10): Promise<MostReadItem[]> {
  const ranks = await readMostReadRanking(edition, sectionSlug ?? '', limit);
  if (!ranks.length) return [];
  const cards = new Map((await readCards(...ranks.map((r) => r.id))).map((c) => [c.id, c]));
  return ranks.flatMap((r) => {
    const card = cards.get(r.id);
    return card ? [{ card, views: r.views }] : [];
  });
}

/**
 * The live breaking-news banners: site-wide ones for null; for a section slug, the site-wide
 * ones and that section's. Expired by tag when one is created or ended, and by a queued
 * follow-up at each expiry (lib/newsroom/banners.ts), so pages drop it without any visitor;
 * the expiry is checked again here in case a cached read outlives it by a moment.
 */
const readLiveBanners = cachedRead(
  'banners',
  (edition: string, sectionSlug: string) => listLiveBanners(edition, sectionSlug || null),
  (edition) => [cacheTags.banners(edition)],
  REVALIDATE.data,
);

export async function readBanners(edition: string, sectionSlug: string | null): Promise<BannerView[]> {
  const now = Date.now();
  return (await readLiveBanners(edition, sectionSlug ?? '')).filter((b) => Date.parse(b.expiresAt) > now);
}

export type { InfoPage } from '@/db/queries/info-pages';
export type { InfoPageLink } from '@/db/types';

/** The footer's links to the site's own pages (every reader layout reads them). */
export const readInfoPageLinks = cachedRead(
  'info-page-links',
  (edition: string) => listInfoPageLinks(edition),
  (edition) => [cacheTags.infoPages(edition)],
  REVALIDATE.data,
);

/** One of an edition's own pages by slug (`/info/{slug}`); null when there is none. */
export const readInfoPage = cachedRead(
  'info-page',
  (edition: string, slug: string) => getInfoPage(edition, slug),
  (edition) => [cacheTags.infoPages(edition)],
  REVALIDATE.data,
);

/**
 * A front's arrangement and the tags its resolved view must carry: the front's own, 'home' or
 * its section's (every publish there expires it), the sections its automatic slots draw from,
 * and each pinned story's (a correction or an unpublish expires the fronts pinning it).
 */
const readFrontSource = cachedRead(
  'front-source',
  (key: string) => {
    const target = frontTarget(key);
    if (!target) return null;
    const source = loadFrontSource(target);
    const { edition } = target;
    const tags = new Set([cacheTags.front(target.key), cacheTags.sections(edition)]);
    tags.add(target.section ? cacheTags.section(edition, target.section.slug) : cacheTags.home(edition));
    const sectionSlugs = new Map(listSections(edition).map((s) => [s.id, s.slug]));
    for (const c of source.live.containers)
      for (const slot of c.slots) {
        if (slot.kind === 'pinned') tags.add(cacheTags.article(slot.articleId));
        else if (slot.sectionId === null) tags.add(cacheTags.home(edition));
        else if (sectionSlugs.has(slot.sectionId))
          tags.add(cacheTags.section(edition, sectionSlugs.get(slot.sectionId)!));
      }
    if (source.live.containers.some((c) => c.style === 'most-read')) tags.add(cacheTags.mostRead);
    return { target, version: source.row?.version ?? 0, tags: [...tags], pinned: pinnedIds(source.live) };
  },
  (key) => [cacheTags.front(key), cacheTags.sections(parseFrontKey(key)?.edition ?? DEFAULT_EDITION)],
  REVALIDATE.data,
);

/** The resolved view, cached under the tags the arrangement gave (they are part of its key). */
const readFrontView = cachedRead(
  'front-view',
  (key: string, _version: number, ..._tags: string[]) => {
    void _version;
    void _tags;
    const target = frontTarget(key);
    if (!target) return null;
    return buildFrontView(target, loadFrontSource(target).live).view;
  },
  (_key, _version, ...tags) => tags,
  REVALIDATE.home,
);

async function withMostReadOf(target: FrontTarget, view: FrontView): Promise<FrontView> {
  if (!view.containers.some((c) => c.style === 'most-read')) return view;
  return withMostRead(view, mostReadCards(await readMostRead(target.edition, target.section?.slug ?? null, 10)));
}

/**
 * A front as readers see it, by its key (lib/fronts/load.ts frontKey: 'home', a section's slug,
 * `ru.home`…); null for an unknown section. Containers
 * in order, each with its stories resolved (pins, overrides, automatic slots newest first);
 * most read filled from the counts.
 */
export async function readFront(key: string): Promise<FrontView | null> {
  const source = await readFrontSource(key);
  if (!source) return null;
  const view = await readFrontView(source.target.key, source.version, ...source.tags);
  return view ? withMostReadOf(source.target, view) : null;
}

/** The front's draft (or its live arrangement when there is none), uncached: the newsroom's preview. */
export async function readFrontPreview(key: string): Promise<FrontView | null> {
  const target = frontTarget(key);
  if (!target) return null;
  const source = loadFrontSource(target);
  return withMostReadOf(target, buildFrontView(target, source.draft ?? source.live).view);
}

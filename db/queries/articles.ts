/**
 * Reader-facing article queries. "Published" always means status = 'published' and a
 * publication time that has come: a scheduled article never shows early, even from cache
 * misses between timer ticks.
 */
import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type DB } from '../client';
import { articleAuthors, articles, articleTags, authors, media, sections, tags } from '../schema';
import type {
  ArticleCard,
  ArticleFull,
  Author,
  AuthorRef,
  GalleryItem,
  MediaItem,
  Paged,
  Section,
  Tag,
  TagRef,
  Translation,
} from '../types';
import { avByIds } from './av';
import { iso, toMedia, type MediaRow } from './mappers';

export const mediaColumns = {
  id: media.id,
  file: media.file,
  mime: media.mime,
  width: media.width,
  height: media.height,
  variants: media.variants,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  focalX: media.focalX,
  focalY: media.focalY,
};

/**
 * The row `articles.hero_media_id` names: a picture, or a video. Cards, feeds, sitemaps and share
 * images always show a picture, so they join `media` on `heroPictureId` below, not on the hero id.
 */
export const heroSource = alias(media, 'hero_source');
/** The picture standing for the hero: the hero itself when it is a picture, a video hero's poster, else none. */
export const heroPictureId = sql<
  number | null
>`CASE ${heroSource.kind} WHEN 'image' THEN ${heroSource.id} WHEN 'video' THEN ${heroSource.posterMediaId} END`;

export const cardColumns = {
  id: articles.id,
  edition: articles.edition,
  slug: articles.slug,
  title: articles.title,
  lede: articles.lede,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  sectionId: sections.id,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  hero: mediaColumns,
};

/** The SEO panel's overrides as stored (the newsroom edits them; article pages read them). */
export const seoColumns = {
  metaTitle: articles.metaTitle,
  metaDescription: articles.metaDescription,
  socialTitle: articles.socialTitle,
  socialDescription: articles.socialDescription,
  socialMediaId: articles.socialMediaId,
};

export type CardRow = {
  id: number;
  edition: string;
  slug: string;
  title: string;
  lede: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  sectionId: number;
  sectionSlug: string;
  sectionName: string;
  hero: MediaRow | null;
};

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    edition: row.edition,
    slug: row.slug,
    title: row.title,
    lede: row.lede,
    section: { id: row.sectionId, slug: row.sectionSlug, name: row.sectionName },
    publishedAt: iso(row.publishedAt) ?? new Date(0).toISOString(),
    updatedAt: iso(row.updatedAt),
    hero: toMedia(row.hero),
  };
}

/** The condition every reader-visible article meets. */
export function isPublished(now = new Date()): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
}

/** Published-or-not article cards with section and hero picture; callers add the conditions. */
export function cardQuery() {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(heroSource, eq(heroSource.id, articles.heroMediaId))
    .leftJoin(media, eq(media.id, heroPictureId));
}

/** The cards of those of `ids` that readers can see, in the order of `ids`. */
export function getPublishedCards(ids: number[], now = new Date()): ArticleCard[] {
  if (!ids.length) return [];
  const byId = new Map(
    cardQuery()
      .where(and(inArray(articles.id, ids), isPublished(now)))
      .all()
      .map((row) => [row.id, toCard(row)]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a Section is, as selected from its table. */
const sectionColumns = {
  id: sections.id,
  slug: sections.slug,
  name: sections.name,
  description: sections.description,
  position: sections.position,
  edition: sections.edition,
};

export function listSections(edition: string): Section[] {
  return getDb()
    .select(sectionColumns)
    .from(sections)
    .where(eq(sections.edition, edition))
    .orderBy(asc(sections.position), asc(sections.id))
    .all();
}

/** Every edition's sections, edition by edition (the newsroom's pickers). */
export function listAllSections(): Section[] {
  return getDb()
    .select(sectionColumns)
    .from(sections)
    .orderBy(asc(sections.edition), asc(sections.position), asc(sections.id))
    .all();
}

export function getSectionBySlug(edition: string, slug: string): Section | null {
  return listSections(edition).find((s) => s.slug === slug) ?? null;
}

export function getTagBySlug(edition: string, slug: string): Tag | null {
  return (
    getDb()
      .select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description })
      .from(tags)
      .where(and(eq(tags.edition, edition), eq(tags.slug, slug)))
      .get() ?? null
  );
}

export function getAuthorBySlug(edition: string, slug: string): Author | null {
  return (
    getDb()
      .select({
        id: authors.id,
        slug: authors.slug,
        name: authors.name,
        jobTitle: authors.jobTitle,
        bio: authors.bio,
      })
      .from(authors)
      .where(and(eq(authors.edition, edition), eq(authors.slug, slug)))
      .get() ?? null
  );
}

/** Newest published articles, optionally only those with a hero image or above a featured weight. */
export function listLatest(opts: {
  edition: string;
  limit: number;
  offset?: number;
  minFeatured?: number;
  excludeIds?: number[];
}): ArticleCard[] {
  const conditions = [isPublished(), eq(articles.edition, opts.edition)];
  if (opts.minFeatured) conditions.push(sql`${articles.featured} >= ${opts.minFeatured}`);
  if (opts.excludeIds?.length) conditions.push(sql`${articles.id} NOT IN ${opts.excludeIds}`);
  return cardQuery()
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0)
    .all()
    .map(toCard);
}

export interface HomeFeed {
  lead: ArticleCard | null;
  top: ArticleCard[];
  sections: { section: Section; items: ArticleCard[] }[];
}

/**
 * The home page: the newest lead story (or the newest story with a picture), then the
 * newest top stories, then the latest of each section, with no story shown twice.
 */
export function getHomeFeed(edition: string, opts: { topCount?: number; perSection?: number } = {}): HomeFeed {
  const topCount = opts.topCount ?? 6;
  const perSection = opts.perSection ?? 4;
  const recentWindow = new Date(Date.now() - 3 * 24 * 3600 * 1000);
  const shown = new Set<number>();

  const leadCandidates = listLatest({ edition, limit: 1, minFeatured: 2 });
  let lead: ArticleCard | null = leadCandidates[0] ?? null;
  if (!lead || lead.publishedAt < recentWindow.toISOString() || !lead.hero) {
    lead = listLatest({ edition, limit: 10 }).find((a) => a.hero) ?? lead;
  }
  if (lead) shown.add(lead.id);

  const top = listLatest({ edition, limit: topCount, minFeatured: 1, excludeIds: [...shown] }).filter(
    (a) => a.publishedAt >= recentWindow.toISOString(),
  );
  if (top.length < topCount) {
    top.push(...listLatest({ edition, limit: topCount - top.length, excludeIds: [...shown, ...top.map((a) => a.id)] }));
  }
  top.forEach((a) => shown.add(a.id));

  const bySection = listSections(edition).map((section) => {
    const items = cardQuery()
      .where(and(isPublished(), eq(articles.sectionId, section.id)))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(perSection + topCount + 1)
      .all()
      .map(toCard)
      .filter((a) => !shown.has(a.id))
      .slice(0, perSection);
    return { section, items };
  });

  return { lead, top, sections: bySection.filter((s) => s.items.length > 0) };
}

const clampPerPage = (n: number) => Math.max(1, Math.min(Math.floor(n) || 1, 100));

function pagedResult(items: ArticleCard[], total: number, page: number, perPage: number): Paged<ArticleCard> {
  return { items, page, perPage, total, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export function listSectionArticles(sectionId: number, page: number, requestedPerPage: number): Paged<ArticleCard> {
  const perPage = clampPerPage(requestedPerPage);
  const where = and(isPublished(), eq(articles.sectionId, sectionId));
  const total = getDb().select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const items = cardQuery()
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all()
    .map(toCard);
  return pagedResult(items, total, page, perPage);
}

/**
 * A page of the articles linked to a tag or an author. Filtering and ordering run on the
 * link table and the covering index `articles_rank_idx` (rows hold JSON bodies, so reading
 * them for thousands of candidates is what made these pages slow); full rows are read for
 * the page's articles only.
 */
function pagedThroughLink(
  link: 'article_tags' | 'article_authors',
  ownerId: number,
  page: number,
  requestedPerPage: number,
): Paged<ArticleCard> {
  const perPage = clampPerPage(requestedPerPage);
  const now = Math.floor(Date.now() / 1000);
  const ownerColumn = link === 'article_tags' ? sql.raw('tag_id') : sql.raw('author_id');
  const from = sql`FROM ${sql.raw(link)} l JOIN articles a INDEXED BY articles_rank_idx ON a.id = l.article_id
    WHERE l.${ownerColumn} = ${ownerId} AND a.status = 'published' AND a.published_at <= ${now}`;
  const db = getDb();
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from}`)?.n ?? 0;
  const ids = db
    .all<{ id: number }>(
      sql`SELECT a.id ${from} ORDER BY a.published_at DESC, a.id DESC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
    )
    .map((r) => r.id);
  const items = ids.length
    ? cardQuery()
        .where(inArray(articles.id, ids))
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .all()
        .map(toCard)
    : [];
  return pagedResult(items, total, page, perPage);
}

export function listTagArticles(tagId: number, page: number, perPage: number): Paged<ArticleCard> {
  return pagedThroughLink('article_tags', tagId, page, perPage);
}

export function listAuthorArticles(authorId: number, page: number, perPage: number): Paged<ArticleCard> {
  return pagedThroughLink('article_authors', authorId, page, perPage);
}

/** The pictures among `ids` (a video's id never turns into a broken picture). */
function mediaByIds(ids: number[]): Record<number, MediaItem> {
  if (ids.length === 0) return {};
  const rows = getDb()
    .select(mediaColumns)
    .from(media)
    .where(and(inArray(media.id, ids), eq(media.kind, 'image')))
    .all();
  return Object.fromEntries(rows.map((r) => [r.id, toMedia(r)!]));
}

// The stored body is read as loose JSON here (db/ does not import lib/content; the page validates
// it with readBody): these pick the ids the page will need, the same ones mediaIdsOf and avIdsOf give.
type LooseBlock = { type?: unknown; mediaId?: unknown; items?: unknown };
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const blocksOf = (body: unknown): LooseBlock[] =>
  Array.isArray(body) ? body.filter((b): b is LooseBlock => typeof b === 'object' && b !== null) : [];

/** Picture ids of the body's image and gallery blocks. */
function pictureIdsIn(body: unknown): number[] {
  return blocksOf(body).flatMap((b) => {
    if (b.type === 'image') return isId(b.mediaId) ? [b.mediaId] : [];
    if (b.type === 'gallery') return galleryOf(b.items).map((i) => i.mediaId);
    return [];
  });
}

/** Video, audio and file ids of the body's blocks. */
function avIdsIn(body: unknown): number[] {
  return blocksOf(body).flatMap((b) =>
    (b.type === 'video' || b.type === 'audio' || b.type === 'file') && isId(b.mediaId) ? [b.mediaId] : [],
  );
}

/** The well-formed items of a stored gallery (validated on write; a bad row is skipped, not fatal). */
function galleryOf(stored: unknown): GalleryItem[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const item = raw as Record<string, unknown>;
    if (!isId(item.mediaId)) return [];
    const out: GalleryItem = { mediaId: item.mediaId };
    for (const key of ['alt', 'caption', 'credit'] as const) if (typeof item[key] === 'string') out[key] = item[key];
    return [out];
  });
}

/** The published stories of a translation group but `exceptId`, in the order of the editions' ids. */
export function listTranslations(group: number, exceptId: number, now = new Date()): Translation[] {
  return getDb()
    .select({
      id: articles.id,
      edition: articles.edition,
      slug: articles.slug,
      sectionSlug: sections.slug,
      title: articles.title,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.translationGroup, group), sql`${articles.id} <> ${exceptId}`, isPublished(now)))
    .orderBy(asc(articles.id))
    .all()
    .map((t) => ({ ...t, original: t.id === group }));
}

/** The ids of every story of `id`'s translation group but itself, whatever their state (invalidation). */
export function translationIdsOf(id: number): number[] {
  return getDb()
    .all<{ id: number }>(
      sql`SELECT b.id AS id FROM articles a JOIN articles b ON b.translation_group = a.translation_group
          WHERE a.id = ${id} AND b.id <> ${id}`,
    )
    .map((r) => r.id);
}

/** A published article with everything its page shows, or null when readers may not see it. */
export function getPublishedArticle(id: number): ArticleFull | null {
  return loadArticle(id, true);
}

/** Any article, whatever its state, as its page would show it (for previews in the newsroom). */
export function getArticleForPreview(id: number): ArticleFull | null {
  return loadArticle(id, false);
}

function loadArticle(id: number, publishedOnly: boolean): ArticleFull | null {
  const db = getDb();
  const row = db
    .select({
      ...cardColumns,
      body: articles.body,
      heroCaption: articles.heroCaption,
      heroGallery: articles.heroGallery,
      heroSourceId: heroSource.id,
      heroSourceKind: heroSource.kind,
      translationGroup: articles.translationGroup,
      ...seoColumns,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(heroSource, eq(heroSource.id, articles.heroMediaId))
    .leftJoin(media, eq(media.id, heroPictureId))
    .where(publishedOnly ? and(eq(articles.id, id), isPublished()) : eq(articles.id, id))
    .get();
  if (!row) return null;
  // A video hero: `hero` (from the card columns) is then its poster, so cards and share images stay pictures.
  const heroVideoId = row.heroSourceKind === 'video' ? row.heroSourceId : null;
  const heroGallery = galleryOf(row.heroGallery);
  const av = avByIds([...avIdsIn(row.body), ...(heroVideoId ? [heroVideoId] : [])]);
  return {
    ...toCard(row),
    body: row.body,
    heroCaption: row.heroCaption,
    authors: authorsOfArticle(id, db),
    tags: tagsOfArticle(id, db),
    media: mediaByIds([...new Set([...pictureIdsIn(row.body), ...heroGallery.map((i) => i.mediaId)])]),
    av,
    heroVideo: heroVideoId ? (av[heroVideoId] ?? null) : null,
    heroGallery,
    translations: row.translationGroup === null ? [] : listTranslations(row.translationGroup, id),
    isOriginal: row.translationGroup === id,
    seo: {
      metaTitle: row.metaTitle,
      metaDescription: row.metaDescription,
      socialTitle: row.socialTitle,
      socialDescription: row.socialDescription,
      socialImage: row.socialMediaId === null ? null : (mediaByIds([row.socialMediaId])[row.socialMediaId] ?? null),
    },
  };
}

/** The newest published article references, for prerendering the hot set at build time. */
export function listHotArticleRefs(
  edition: string,
  limit: number,
): { id: number; slug: string; sectionSlug: string; edition: string }[] {
  return getDb()
    .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug, edition: articles.edition })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublished(), eq(articles.edition, edition)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
}

/** Look-up by id whatever the state (for the newsroom and for cache invalidation). */
export function getArticleRouting(id: number): {
  id: number;
  slug: string;
  sectionSlug: string;
  edition: string;
  isPublished: boolean;
  tagSlugs: string[];
  authorSlugs: string[];
} | null {
  const db = getDb();
  const row = db
    .select({
      id: articles.id,
      slug: articles.slug,
      sectionSlug: sections.slug,
      edition: articles.edition,
      isPublished: sql<number>`${articles.status} = 'published' AND ${articles.publishedAt} <= unixepoch()`.mapWith(
        Boolean,
      ),
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  return {
    ...row,
    tagSlugs: tagsOfArticle(id, db).map((t) => t.slug),
    authorSlugs: authorsOfArticle(id, db).map((a) => a.slug),
  };
}

/** An article's tags in their order (`db` may be a transaction). */
export function tagsOfArticle(id: number, db: Pick<DB, 'select'> = getDb()): TagRef[] {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(articleTags.position))
    .all();
}

/** An article's bylines in their order (`db` may be a transaction). */
export function authorsOfArticle(id: number, db: Pick<DB, 'select'> = getDb()): AuthorRef[] {
  return db
    .select({ id: authors.id, slug: authors.slug, name: authors.name, jobTitle: authors.jobTitle })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position))
    .all();
}

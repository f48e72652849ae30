/**
 * Queries behind the RSS feeds and the sitemaps. Everything here is "published" in the
 * reader's sense (status = 'published' and a publication time that has come).
 *
 * Article rows hold big JSON bodies, so lists that can reach thousands of articles (sitemap
 * chunks, tag and author lastmods) pick and order articles on the covering index
 * `articles_rank_idx` (id, status, published_at, section_id) and read only the columns they
 * need for the rows they keep.
 */
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articleAuthors, articles, articleTags, authors, sections, tags } from '../schema';
import type { ArticleCard, TagRef } from '../types';
import { cardQuery, isPublished, toCard } from './articles';
import { iso, parseVariants } from './mappers';

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export interface FeedAuthor {
  id: number;
  slug: string;
  name: string;
}

/** An article as a feed shows it: card data plus byline and topics, in their stored order. */
export interface FeedArticle extends ArticleCard {
  authors: FeedAuthor[];
  tags: TagRef[];
}

/**
 * The newest `limit` published articles (newest first, ties by higher id), of the whole site,
 * one section or one tag, with authors, tags and hero picture.
 */
export function listFeedArticles(opts: {
  /** The edition of a site feed (a section's or tag's stories are all of its edition). */
  edition?: string;
  limit: number;
  sectionId?: number;
  tagId?: number;
  now?: Date;
}): FeedArticle[] {
  const now = opts.now ?? new Date();
  const limit = Math.max(1, Math.min(Math.floor(opts.limit) || 1, 1000));
  const order = [desc(articles.publishedAt), desc(articles.id)] as const;
  let cards: ArticleCard[];
  if (opts.tagId !== undefined) {
    // Filter and order on the link table and the covering index; full rows for the winners only.
    const ids = getDb()
      .all<{ id: number }>(
        sql`SELECT a.id FROM article_tags l JOIN articles a INDEXED BY articles_rank_idx ON a.id = l.article_id
            WHERE l.tag_id = ${opts.tagId} AND a.status = 'published' AND a.published_at <= ${seconds(now)}
            ORDER BY a.published_at DESC, a.id DESC LIMIT ${limit}`,
      )
      .map((r) => r.id);
    cards = ids.length
      ? cardQuery()
          .where(inArray(articles.id, ids))
          .orderBy(...order)
          .all()
          .map(toCard)
      : [];
  } else {
    const conditions = [isPublished(now)];
    if (opts.sectionId !== undefined) conditions.push(eq(articles.sectionId, opts.sectionId));
    if (opts.edition !== undefined) conditions.push(eq(articles.edition, opts.edition));
    cards = cardQuery()
      .where(and(...conditions))
      .orderBy(...order)
      .limit(limit)
      .all()
      .map(toCard);
  }
  if (cards.length === 0) return [];

  const ids = cards.map((c) => c.id);
  const db = getDb();
  const authorRows = db
    .select({ articleId: articleAuthors.articleId, id: authors.id, slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position))
    .all();
  const tagRows = db
    .select({ articleId: articleTags.articleId, id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    .orderBy(asc(articleTags.articleId), asc(articleTags.position), asc(tags.id))
    .all();
  const byArticle = <T extends { articleId: number }>(rows: T[]) => {
    const map = new Map<number, Omit<T, 'articleId'>[]>();
    for (const { articleId, ...rest } of rows) {
      const list = map.get(articleId) ?? [];
      list.push(rest);
      map.set(articleId, list);
    }
    return map;
  };
  const authorsOf = byArticle(authorRows);
  const tagsOf = byArticle(tagRows);
  return cards.map((c) => ({ ...c, authors: authorsOf.get(c.id) ?? [], tags: tagsOf.get(c.id) ?? [] }));
}

/** How many articles readers can see (on the status/published_at index). */
export function countPublishedArticles(now = new Date()): number {
  return (
    getDb().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM articles WHERE status = 'published' AND published_at <= ${seconds(now)}`,
    )?.n ?? 0
  );
}

/** The newest publication time of any visible article (ISO), or null on an empty site. */
export function latestPublicationTime(now = new Date()): string | null {
  const row = getDb().get<{ t: number | null }>(
    sql`SELECT max(published_at) AS t FROM articles WHERE status = 'published' AND published_at <= ${seconds(now)}`,
  );
  return iso(row?.t ?? null);
}

/** One article of a sitemap: where it lives, when it last changed, its hero picture and its videos. */
export interface SitemapArticle {
  id: number;
  slug: string;
  sectionSlug: string;
  edition: string;
  /** The translation group (lib/sitemaps.ts links a story's translations as alternates), or null. */
  translationGroup: number | null;
  title: string;
  /** The later of updated_at and published_at (ISO). */
  lastmod: string;
  hero: { file: string; width: number; variants: number[] } | null;
  /** Video items it shows: a video hero first, then its video blocks in order (lib/sitemaps reads them). */
  videoIds: number[];
}

interface SitemapRow {
  id: number;
  slug: string;
  section_slug: string;
  edition: string;
  translation_group: number | null;
  published_at: number;
  updated_at: number | null;
  title: string;
  hero_video_id: number | null;
  m_file: string | null;
  m_width: number | null;
  m_variants: string | null;
}

/**
 * Visible articles in id order, `limit` of them after skipping `offset` (a sitemap chunk, or
 * a slice of one). The skip and the filter run on the covering index; rows are then read
 * by rowid for the kept ids only, and only the columns a sitemap needs.
 */
export function listSitemapArticles(offset: number, limit: number, now = new Date()): SitemapArticle[] {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(limit) || limit < 1) return [];
  const rows = getDb().all<SitemapRow>(sql`
    SELECT a.id AS id, a.slug AS slug, s.slug AS section_slug, a.edition AS edition,
           a.translation_group AS translation_group, a.published_at AS published_at,
           a.updated_at AS updated_at, a.title AS title, CASE h.kind WHEN 'video' THEN h.id END AS hero_video_id,
           m.file AS m_file, m.width AS m_width, m.variants AS m_variants
    FROM (
      SELECT id FROM articles INDEXED BY articles_rank_idx
      WHERE status = 'published' AND published_at <= ${seconds(now)}
      ORDER BY id LIMIT ${limit} OFFSET ${offset}
    ) chunk
    JOIN articles a ON a.id = chunk.id
    JOIN sections s ON s.id = a.section_id
    LEFT JOIN media h ON h.id = a.hero_media_id
    LEFT JOIN media m ON m.id = CASE h.kind WHEN 'image' THEN h.id WHEN 'video' THEN h.poster_media_id END
    ORDER BY chunk.id`);
  const bodyVideos = videoBlocksOf(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    sectionSlug: r.section_slug,
    edition: r.edition,
    translationGroup: r.translation_group,
    title: r.title,
    lastmod: iso(Math.max(r.published_at, r.updated_at ?? 0))!,
    hero: r.m_file ? { file: r.m_file, width: r.m_width ?? 0, variants: parseVariants(r.m_variants ?? '') } : null,
    videoIds: [...new Set([...(r.hero_video_id ? [r.hero_video_id] : []), ...(bodyVideos.get(r.id) ?? [])])],
  }));
}

/**
 * The media ids of the video blocks of these articles, by article, in body order. Only bodies that
 * mention a video block are taken apart (SQLite's JSON functions): most stories have none.
 */
function videoBlocksOf(ids: number[]): Map<number, number[]> {
  const byArticle = new Map<number, number[]>();
  if (!ids.length) return byArticle;
  const rows = getDb().all<{ article_id: number; media_id: unknown }>(sql`
    SELECT a.id AS article_id, json_extract(b.value, '$.mediaId') AS media_id
    FROM articles a, json_each(a.body) b
    WHERE a.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
      AND instr(a.body, '"video"') > 0 AND json_extract(b.value, '$.type') = 'video'
    ORDER BY a.id, b.key`);
  for (const r of rows) {
    if (!Number.isSafeInteger(r.media_id) || (r.media_id as number) <= 0) continue;
    const list = byArticle.get(r.article_id) ?? [];
    list.push(r.media_id as number);
    byArticle.set(r.article_id, list);
  }
  return byArticle;
}

/** A published story of a translation group (the article sitemaps' xhtml:link alternates). */
export interface TranslationMember {
  group: number;
  id: number;
  slug: string;
  sectionSlug: string;
  edition: string;
}

/** Every published story of these translation groups, by group then edition's story id. */
export function listTranslationGroups(groups: number[], now = new Date()): TranslationMember[] {
  if (!groups.length) return [];
  return getDb()
    .select({
      group: sql<number>`${articles.translationGroup}`.mapWith(Number),
      id: articles.id,
      slug: articles.slug,
      sectionSlug: sections.slug,
      edition: articles.edition,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(inArray(articles.translationGroup, groups), isPublished(now)))
    .orderBy(asc(articles.translationGroup), asc(articles.id))
    .all();
}

/** An article of the news sitemap. */
export interface NewsArticle {
  id: number;
  slug: string;
  sectionSlug: string;
  edition: string;
  title: string;
  publishedAt: string;
}

/** Visible articles published at or after `since`, newest first, at most `limit`. */
export function listArticlesPublishedSince(
  edition: string,
  since: Date,
  limit: number,
  now = new Date(),
): NewsArticle[] {
  return getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      sectionSlug: sections.slug,
      edition: articles.edition,
      title: articles.title,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublished(now), eq(articles.edition, edition), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(Math.max(1, Math.floor(limit) || 1))
    .all()
    .map((r) => ({ ...r, publishedAt: iso(r.publishedAt)! }));
}

/** A section, tag or author with the publication time of its newest visible article. */
export interface ListLastmod {
  edition: string;
  slug: string;
  /** ISO time of the newest visible article, null when there is none. */
  lastPublishedAt: string | null;
  /** How many visible articles it lists. */
  articles: number;
}

type LastmodRow = { edition: string; slug: string; last: number | null; n: number };
const toLastmod = (r: LastmodRow): ListLastmod => ({
  edition: r.edition,
  slug: r.slug,
  lastPublishedAt: iso(r.last),
  articles: r.n,
});

/** Every section in navigation order (each section front exists even when empty). */
export function listSectionLastmods(now = new Date()): ListLastmod[] {
  const t = seconds(now);
  // Per section: a count and a max on the (section_id, status, published_at) index.
  return getDb()
    .all<LastmodRow>(
      sql`
      SELECT s.edition AS edition, s.slug AS slug,
        (SELECT max(a.published_at) FROM articles a
          WHERE a.section_id = s.id AND a.status = 'published' AND a.published_at <= ${t}) AS last,
        (SELECT count(*) FROM articles a
          WHERE a.section_id = s.id AND a.status = 'published' AND a.published_at <= ${t}) AS n
      FROM sections s ORDER BY s.edition, s.position, s.id`,
    )
    .map(toLastmod);
}

function linkedLastmods(
  link: 'article_tags' | 'article_authors',
  owners: 'tags' | 'authors',
  now: Date,
): ListLastmod[] {
  const ownerColumn = sql.raw(link === 'article_tags' ? 'tag_id' : 'author_id');
  return getDb()
    .all<LastmodRow>(
      sql`
      SELECT o.edition AS edition, o.slug AS slug, max(a.published_at) AS last, count(*) AS n
      FROM ${sql.raw(owners)} o
      JOIN ${sql.raw(link)} l ON l.${ownerColumn} = o.id
      JOIN articles a INDEXED BY articles_rank_idx ON a.id = l.article_id
      WHERE a.status = 'published' AND a.published_at <= ${seconds(now)}
      GROUP BY o.id
      ORDER BY o.edition, o.slug`,
    )
    .map(toLastmod);
}

/** Tags with at least one visible article, by slug. */
export function listTagLastmods(now = new Date()): ListLastmod[] {
  return linkedLastmods('article_tags', 'tags', now);
}

/** Authors with at least one visible article, by slug. */
export function listAuthorLastmods(now = new Date()): ListLastmod[] {
  return linkedLastmods('article_authors', 'authors', now);
}

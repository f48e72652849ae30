/**
 * Related stories: other published articles ranked by the number of tags they share with
 * the article, then by being in the same section, then by recency (newest first).
 *
 * To stay fast on a large archive the ranking only looks at candidates that can win:
 * articles sharing at least one tag (through the tag index), plus the newest articles of
 * the same section and of the whole site, which fill the block when few share tags; and it
 * ranks them on a covering index, reading full rows only for the winners' cards
 * (`npm run bench:queries`: 34–47 ms → 11–16 ms at 100,000 articles).
 */
import { sql } from 'drizzle-orm';
import { getDb } from '../client';
import type { ArticleCard } from '../types';
import { getPublishedCards } from './articles';

export const RELATED_MIN = 4;
export const RELATED_MAX = 6;

/** A related story's place in the block, without its card: what ranking decides. */
export interface RelatedRank {
  id: number;
  sharedTags: number;
  sameSection: boolean;
}

export interface RelatedStory extends ArticleCard {
  sharedTags: number;
  sameSection: boolean;
}

/**
 * The ids of up to `limit` (default 6) related stories for an article, best first; never the
 * article itself. The ranking reads no headline, lede or picture, so correcting a story never
 * changes another article's ranking: reader pages cache the ranking and the cards apart
 * (lib/content/reader.ts).
 */
export function rankRelatedStories(articleId: number, limit = RELATED_MAX, now = new Date()): RelatedRank[] {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const fill = limit + 1;
  const rows = getDb().all<{ id: number; shared_tags: number; same_section: number }>(sql`
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
    )
    -- Ranked on the covering index alone: no article row is read.
    SELECT c.id, c.n AS shared_tags, (a.section_id = me.section_id) AS same_section
    FROM candidates c
    JOIN articles a INDEXED BY articles_rank_idx ON a.id = c.id
    JOIN me
    WHERE a.id <> me.id AND a.status = 'published' AND a.published_at <= ${nowSeconds}
    ORDER BY shared_tags DESC, same_section DESC, a.published_at DESC, a.id DESC
    LIMIT ${limit}
  `);
  return rows.map((r) => ({ id: r.id, sharedTags: r.shared_tags, sameSection: r.same_section === 1 }));
}

/** Joins a ranking to its stories' cards, keeping the ranking's order; stories without a card are left out. */
export function withCards(ranks: RelatedRank[], cards: ArticleCard[]): RelatedStory[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ranks.flatMap((rank) => {
    const card = byId.get(rank.id);
    return card ? [{ ...card, sharedTags: rank.sharedTags, sameSection: rank.sameSection }] : [];
  });
}

/** Up to `limit` (default 6) related stories for a published article; never the article itself. */
export function getRelatedStories(articleId: number, limit = RELATED_MAX, now = new Date()): RelatedStory[] {
  const ranks = rankRelatedStories(articleId, limit, now);
  return withCards(
    ranks,
    getPublishedCards(
      ranks.map((r) => r.id),
      now,
    ),
  );
}

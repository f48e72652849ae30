/**
 * Interim search: headline and lede substring match, newest first. The ranked FTS5 search
 * replaces this module's internals; its signature is what the search page relies on.
 */
import { and, desc, or, sql } from 'drizzle-orm';
import { articles } from '../schema';
import type { ArticleCard } from '../types';
import { cardQuery, isPublished, toCard } from './articles';

export function searchArticles(query: string, limit = 20): { items: ArticleCard[] } {
  const q = query.trim().slice(0, 200);
  if (!q) return { items: [] };
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const items = cardQuery()
    .where(
      and(
        isPublished(),
        or(sql`${articles.title} LIKE ${pattern} ESCAPE '\\'`, sql`${articles.lede} LIKE ${pattern} ESCAPE '\\'`),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all()
    .map(toCard);
  return { items };
}

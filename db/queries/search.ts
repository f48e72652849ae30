/**
 * Interim search: headline and lede substring match, newest first. The ranked FTS5 search
 * replaces this module's internals; its signature is what the search page relies on.
 */
import { and, desc, eq, or, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articles, media, sections } from '../schema';
import type { ArticleCard } from '../types';
import { isPublished } from './articles';
import { iso, toMedia } from './mappers';

export function searchArticles(query: string, limit = 20): { items: ArticleCard[] } {
  const q = query.trim().slice(0, 200);
  if (!q) return { items: [] };
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lede: articles.lede,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      hero: {
        id: media.id,
        file: media.file,
        mime: media.mime,
        width: media.width,
        height: media.height,
        variants: media.variants,
        alt: media.alt,
        caption: media.caption,
        credit: media.credit,
      },
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(
      and(
        isPublished(),
        or(sql`${articles.title} LIKE ${pattern} ESCAPE '\\'`, sql`${articles.lede} LIKE ${pattern} ESCAPE '\\'`),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all();
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      lede: r.lede,
      section: { id: r.sectionId, slug: r.sectionSlug, name: r.sectionName },
      publishedAt: iso(r.publishedAt)!,
      updatedAt: iso(r.updatedAt),
      hero: toMedia(r.hero),
    })),
  };
}

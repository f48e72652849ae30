/**
 * Programmes (radio shows, podcasts) and their episodes: published articles with `show_id`
 * whose body has an audio block. The episode's audio is the first audio block of its body.
 */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articles, media, sections, shows } from '../schema';
import type { ArticleCard, AvItem, MediaItem, Paged } from '../types';
import { cardColumns, heroPictureId, heroSource, isPublished, mediaColumns, toCard } from './articles';
import { avByIds } from './av';
import { toMedia } from './mappers';

export interface Show {
  id: number;
  /** lib/editions.ts code. */
  edition: string;
  slug: string;
  name: string;
  description: string;
  host: string;
  category: string;
  explicit: boolean;
  artwork: MediaItem | null;
}

export interface Episode extends ArticleCard {
  audio: AvItem;
}

const showColumns = {
  id: shows.id,
  edition: shows.edition,
  slug: shows.slug,
  name: shows.name,
  description: shows.description,
  host: shows.host,
  category: shows.category,
  explicit: shows.explicit,
  artwork: mediaColumns,
};

function showQuery() {
  return getDb().select(showColumns).from(shows).leftJoin(media, eq(media.id, shows.artworkMediaId));
}

type ShowRow = Awaited<ReturnType<ReturnType<typeof showQuery>['all']>>[number];
const toShow = (r: ShowRow): Show => ({ ...r, artwork: toMedia(r.artwork) });

/** An edition's shows by name (every edition's when `edition` is left out: the newsroom). */
export function listShows(edition?: string): Show[] {
  const where = edition === undefined ? undefined : eq(shows.edition, edition);
  return showQuery().where(where).orderBy(asc(shows.name)).all().map(toShow);
}

export function getShowBySlug(edition: string, slug: string): Show | null {
  const row = showQuery()
    .where(and(eq(shows.edition, edition), eq(shows.slug, slug)))
    .get();
  return row ? toShow(row) : null;
}

/** The id of the first audio block in an article's body (SQLite's JSON functions; null when none). */
const firstAudioId = sql<number | null>`(SELECT json_extract(b.value, '$.mediaId') FROM json_each(${articles.body}) AS b
  WHERE json_extract(b.value, '$.type') = 'audio' ORDER BY b.key LIMIT 1)`;

/**
 * A page of a show's published episodes, newest first. An article of the show without a
 * ready audio item is not an episode (a podcast app could not play it).
 */
export function listEpisodes(showId: number, page: number, perPage: number): Paged<Episode> {
  const where = and(isPublished(), eq(articles.showId, showId), sql`${firstAudioId} IS NOT NULL`);
  const total = getDb().select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const rows = getDb()
    .select({ ...cardColumns, audioId: firstAudioId })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(heroSource, eq(heroSource.id, articles.heroMediaId))
    .leftJoin(media, eq(media.id, heroPictureId))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const items = avByIds(rows.map((r) => Number(r.audioId)));
  const episodes = rows.flatMap((row) => {
    const audio = items[Number(row.audioId)];
    return audio && audio.kind === 'audio' && audio.status === 'ready' ? [{ ...toCard(row), audio }] : [];
  });
  return { items: episodes, page, perPage, total, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

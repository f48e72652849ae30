/**
 * Curated fronts (tables fronts, front_revisions): the arrangement readers see, a draft being
 * previewed, and every published arrangement kept as a revision. Publishing is optimistic, as
 * article saves are: the editor names the version they started from and a newer one refuses.
 * A front row with version 0 holds only a draft: readers still get the automatic default until
 * it is first published. Also the story reads that fill a front's slots.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { articleAuthors, articles, authors, frontRevisions, fronts, media, sections, staffUsers } from '../schema';
import type { ArticleCard, FrontCard, FrontLayoutJson, MediaItem } from '../types';
import { cardColumns, heroPictureId, heroSource, isPublished, mediaColumns, toCard } from './articles';
import { escapeLike, writeAudit, type Actor } from './shared';
import { iso, toMedia } from './mappers';

// ---- the stories a front shows ----

/** A published story as fronts place it, before a slot's overrides (see lib/fronts/resolve.ts). */
export type FrontStory = ArticleCard & Pick<FrontCard, 'byline' | 'format'>;

const storyColumns = {
  ...cardColumns,
  heroKind: heroSource.kind,
  galleryLength: sql<number>`json_array_length(${articles.heroGallery})`,
};

function storyQuery() {
  return getDb()
    .select(storyColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(heroSource, eq(heroSource.id, articles.heroMediaId))
    .leftJoin(media, eq(media.id, heroPictureId));
}

const avatar = alias(media, 'avatar');

/**
 * The first byline of each of `ids`, with the author's picture: one query for all of them
 * (the link table's primary key starts with the article id).
 */
export function firstBylines(ids: number[]): Map<number, FrontCard['byline']> {
  const out = new Map<number, FrontCard['byline']>();
  if (!ids.length) return out;
  const rows = getDb()
    .select({
      articleId: articleAuthors.articleId,
      name: authors.name,
      slug: authors.slug,
      avatar: {
        ...mediaColumns,
        id: avatar.id,
        file: avatar.file,
        mime: avatar.mime,
        width: avatar.width,
        height: avatar.height,
        variants: avatar.variants,
        alt: avatar.alt,
        caption: avatar.caption,
        credit: avatar.credit,
        focalX: avatar.focalX,
        focalY: avatar.focalY,
      },
    })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .leftJoin(avatar, and(eq(avatar.id, authors.avatarMediaId), eq(avatar.kind, 'image')))
    .where(inArray(articleAuthors.articleId, [...new Set(ids)]))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position))
    .all();
  for (const r of rows) {
    if (out.has(r.articleId)) continue;
    const picture: MediaItem | null = toMedia(r.avatar);
    out.set(r.articleId, { name: r.name, slug: r.slug, avatar: picture });
  }
  return out;
}

type StoryRow = Awaited<ReturnType<ReturnType<typeof storyQuery>['all']>>[number];

function toStories(rows: StoryRow[]): FrontStory[] {
  const bylines = firstBylines(rows.map((r) => r.id));
  return rows.map((r) => ({
    ...toCard(r),
    byline: bylines.get(r.id) ?? null,
    format: r.heroKind === 'video' ? 'video' : r.galleryLength > 0 ? 'gallery' : 'text',
  }));
}

/** The published stories among `ids` (in no particular order; a story readers cannot see is left out). */
export function frontStoriesByIds(ids: number[], now = new Date()): FrontStory[] {
  if (!ids.length) return [];
  return toStories(
    storyQuery()
      .where(and(inArray(articles.id, [...new Set(ids)]), isPublished(now)))
      .all(),
  );
}

/** The newest published stories, of one section or of all, except `excludeIds`. */
export function latestFrontStories(
  opts: { edition: string; sectionId: number | null; excludeIds?: number[]; limit: number },
  now = new Date(),
): FrontStory[] {
  if (opts.limit <= 0) return [];
  const conditions: SQL[] = [isPublished(now), eq(articles.edition, opts.edition)];
  if (opts.sectionId !== null) conditions.push(eq(articles.sectionId, opts.sectionId));
  if (opts.excludeIds?.length) conditions.push(sql`${articles.id} NOT IN ${opts.excludeIds}`);
  return toStories(
    storyQuery()
      .where(and(...conditions))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(opts.limit)
      .all(),
  );
}

/** Published stories whose headline contains `text` (the newsroom's story picker), newest first. */
export function searchPublishedStories(text: string, limit = 10, now = new Date()): ArticleCard[] {
  const trimmed = text.trim();
  const id = /^[1-9][0-9]{0,14}$/.test(trimmed) ? Number(trimmed) : null;
  const match = sql`${articles.title} LIKE ${`%${escapeLike(trimmed)}%`} ESCAPE '\\'`;
  return storyQuery()
    .where(and(isPublished(now), id ? sql`(${match} OR ${articles.id} = ${id})` : match))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map(toCard);
}

/** Any stories by id, whatever their state (the editor shows what a slot names, even unpublished). */
export function storyCardsForEditor(ids: number[]): (ArticleCard & { published: boolean })[] {
  if (!ids.length) return [];
  return getDb()
    .select({ ...cardColumns, published: sql<number>`${isPublished()}`.mapWith(Boolean) })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(heroSource, eq(heroSource.id, articles.heroMediaId))
    .leftJoin(media, eq(media.id, heroPictureId))
    .where(inArray(articles.id, [...new Set(ids)]))
    .all()
    .map((r) => ({ ...toCard(r), published: r.published }));
}

// ---- the fronts themselves ----

export interface FrontRow {
  id: number;
  key: string;
  layout: FrontLayoutJson;
  draft: FrontLayoutJson | null;
  /** 0 while the front has only a draft (readers see the automatic default). */
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

const frontColumns = {
  id: fronts.id,
  key: fronts.key,
  layout: fronts.layout,
  draft: fronts.draft,
  version: fronts.version,
  updatedAt: fronts.updatedAt,
  updatedBy: staffUsers.name,
};

type FrontDbRow = {
  id: number;
  key: string;
  layout: FrontLayoutJson;
  draft: FrontLayoutJson | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
};

const toFrontRow = (r: FrontDbRow): FrontRow => ({ ...r, updatedAt: iso(r.updatedAt)! });

export function getFrontRow(key: string): FrontRow | null {
  const row = getDb()
    .select(frontColumns)
    .from(fronts)
    .leftJoin(staffUsers, eq(staffUsers.id, fronts.updatedBy))
    .where(eq(fronts.key, key))
    .get();
  return row ? toFrontRow(row) : null;
}

export function listFrontRows(): FrontRow[] {
  return getDb()
    .select(frontColumns)
    .from(fronts)
    .leftJoin(staffUsers, eq(staffUsers.id, fronts.updatedBy))
    .all()
    .map(toFrontRow);
}

export type FrontWrite =
  { ok: true; id: number; version: number } | { ok: false; reason: 'conflict'; current: FrontRow | null };

/**
 * Publishes `layout` on the front `key` when its version is still `expectedVersion` (0 for a
 * front never published): version + 1, the draft cleared, a revision row and an audit entry,
 * in one transaction.
 */
export function publishFront(
  key: string,
  layout: FrontLayoutJson,
  expectedVersion: number,
  who: Actor,
  action: 'front.publish' | 'front.restore' = 'front.publish',
  details: Record<string, unknown> = {},
): FrontWrite {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select({ id: fronts.id, version: fronts.version }).from(fronts).where(eq(fronts.key, key)).get();
    if ((before?.version ?? 0) !== expectedVersion)
      return { ok: false, reason: 'conflict', current: getFrontRow(key) } as const;
    const version = expectedVersion + 1;
    const now = new Date();
    let id: number;
    if (before) {
      id = before.id;
      tx.update(fronts)
        .set({ layout, draft: null, version, updatedAt: now, updatedBy: who.actorId })
        .where(and(eq(fronts.id, id), eq(fronts.version, expectedVersion)))
        .run();
    } else {
      id = tx
        .insert(fronts)
        .values({ key, layout, draft: null, version, updatedAt: now, updatedBy: who.actorId })
        .returning({ id: fronts.id })
        .get().id;
    }
    tx.insert(frontRevisions).values({ frontId: id, version, layout, staffId: who.actorId }).run();
    writeAudit(tx, who, action, 'front', id, { key, version, ...details });
    return { ok: true, id, version } as const;
  });
}

/**
 * Stores (or, with null, clears) the draft of `key`, when its version is still `expectedVersion`.
 * A front never published gets a row at version 0 holding only the draft (its `layout` is the
 * draft too, unused until published).
 */
export function saveFrontDraft(
  key: string,
  draft: FrontLayoutJson | null,
  expectedVersion: number,
  who: Actor,
): FrontWrite {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select({ id: fronts.id, version: fronts.version }).from(fronts).where(eq(fronts.key, key)).get();
    if ((before?.version ?? 0) !== expectedVersion)
      return { ok: false, reason: 'conflict', current: getFrontRow(key) } as const;
    let id: number;
    if (before) {
      id = before.id;
      tx.update(fronts).set({ draft, updatedAt: new Date(), updatedBy: who.actorId }).where(eq(fronts.id, id)).run();
    } else {
      if (!draft) return { ok: true, id: 0, version: 0 } as const;
      id = tx
        .insert(fronts)
        .values({ key, layout: draft, draft, version: 0, updatedAt: new Date(), updatedBy: who.actorId })
        .returning({ id: fronts.id })
        .get().id;
    }
    writeAudit(tx, who, draft ? 'front.draft' : 'front.discard-draft', 'front', id, { key });
    return { ok: true, id, version: before?.version ?? 0 } as const;
  });
}

export interface FrontRevisionRow {
  version: number;
  at: string;
  staffName: string | null;
}

export function listFrontRevisions(key: string, limit = 50): FrontRevisionRow[] {
  return getDb()
    .select({ version: frontRevisions.version, at: frontRevisions.createdAt, staffName: staffUsers.name })
    .from(frontRevisions)
    .innerJoin(fronts, eq(fronts.id, frontRevisions.frontId))
    .leftJoin(staffUsers, eq(staffUsers.id, frontRevisions.staffId))
    .where(eq(fronts.key, key))
    .orderBy(desc(frontRevisions.version))
    .limit(limit)
    .all()
    .map((r) => ({ version: r.version, at: iso(r.at)!, staffName: r.staffName }));
}

export function getFrontRevision(key: string, version: number): FrontLayoutJson | null {
  return (
    getDb()
      .select({ layout: frontRevisions.layout })
      .from(frontRevisions)
      .innerJoin(fronts, eq(fronts.id, frontRevisions.frontId))
      .where(and(eq(fronts.key, key), eq(frontRevisions.version, version)))
      .get()?.layout ?? null
  );
}

/**
 * Publishes revision `version` of `key` again as a new version (the layout as it was; the
 * caller re-checks it, since a pin's `until` may have passed since).
 */
export function restoreFrontRevision(
  key: string,
  version: number,
  layout: FrontLayoutJson,
  expectedVersion: number,
  who: Actor,
): FrontWrite {
  return publishFront(key, layout, expectedVersion, who, 'front.restore', { restored: version });
}

/**
 * The newsroom's media library: listing, reading, recording uploads, editing the text that
 * goes with a picture, and where a picture is used (heroes, share overrides, bylines, bodies).
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { articles, auditLog, authors, media, sections, shows } from '../schema';
import type { MediaFields, MediaItem } from '../types';
import { mediaColumns } from './articles';
import { iso, parseVariants } from './mappers';
import { presentIds } from './shared';

/** A library picture with who uploaded it, when, and how large the original was. */
export interface LibraryItem extends MediaItem {
  bytes: number;
  uploadedBy: number | null;
  createdAt: string;
  kind: 'image' | 'video' | 'audio' | 'file';
}

const columns = {
  ...mediaColumns,
  kind: media.kind,
  bytes: media.bytes,
  uploadedBy: media.uploadedBy,
  createdAt: media.createdAt,
};

type Row = Omit<LibraryItem, 'variants' | 'createdAt'> & { variants: string; createdAt: Date };

function toItem(r: Row): LibraryItem {
  return { ...r, variants: parseVariants(r.variants), createdAt: iso(r.createdAt) ?? '' };
}

export function getLibraryItem(id: number): LibraryItem | null {
  const row = getDb().select(columns).from(media).where(eq(media.id, id)).get();
  return row ? toItem(row) : null;
}

/** The newest pictures as picker options for the article editor. */
export function recentMediaOptions(limit = 200): Pick<MediaItem, 'id' | 'alt' | 'file' | 'variants' | 'width'>[] {
  // Pictures only: video, audio and file rows have no picture variants to show.
  return getDb()
    .select({ id: media.id, alt: media.alt, file: media.file, variants: media.variants, width: media.width })
    .from(media)
    .where(eq(media.kind, 'image'))
    .orderBy(desc(media.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, variants: parseVariants(r.variants) }));
}

/** One picture in the newsroom's picture picker. */
export interface PickerPicture {
  id: number;
  file: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
  variants: number[];
  focalX: number;
  focalY: number;
  uploadedBy: number | null;
}

/** `%` and `_` are LIKE wildcards and `\` the escape: typed text matches only itself. */
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A page of pictures for the picker, newest first: all of them, or those whose alt text, caption,
 * credit or file name contains `query` (case-insensitive for ASCII, as SQLite's LIKE), or whose id
 * it is. One row more than `perPage` is read to know whether there is a next page.
 */
export function searchPictures(
  query: string,
  page: number,
  perPage: number,
): { items: PickerPicture[]; hasMore: boolean } {
  const text = query.trim();
  const conditions: SQL[] = [eq(media.kind, 'image'), eq(media.status, 'ready')];
  if (text) {
    const like = likeText(text);
    const byText = sql`(${media.alt} LIKE ${like} ESCAPE '\\' OR ${media.caption} LIKE ${like} ESCAPE '\\' OR ${media.credit} LIKE ${like} ESCAPE '\\' OR ${media.file} LIKE ${like} ESCAPE '\\')`;
    const id = /^#?([1-9][0-9]{0,14})$/.exec(text);
    conditions.push(id ? sql`(${byText} OR ${media.id} = ${Number(id[1])})` : byText);
  }
  const rows = getDb()
    .select({
      id: media.id,
      file: media.file,
      alt: media.alt,
      caption: media.caption,
      width: media.width,
      height: media.height,
      variants: media.variants,
      focalX: media.focalX,
      focalY: media.focalY,
      uploadedBy: media.uploadedBy,
    })
    .from(media)
    .where(and(...conditions))
    .orderBy(desc(media.id))
    .limit(perPage + 1)
    .offset(Math.max(0, page - 1) * perPage)
    .all();
  return {
    items: rows.slice(0, perPage).map((r) => ({ ...r, variants: parseVariants(r.variants) })),
    hasMore: rows.length > perPage,
  };
}

/** A picture's focal point by its stored file name (the crop route checks names against it); null when unknown. */
export function focalByFile(file: string): { focalX: number; focalY: number } | null {
  return (
    getDb().select({ focalX: media.focalX, focalY: media.focalY }).from(media).where(eq(media.file, file)).get() ?? null
  );
}

/** Moves a picture's focal point, with its audit entry; false when there is no such picture. */
export function updateFocalPoint(id: number, focal: { focalX: number; focalY: number }, staffId: number, ip: string) {
  return getDb().transaction((tx) => {
    const changed = tx
      .update(media)
      .set(focal)
      .where(and(eq(media.id, id), eq(media.kind, 'image')))
      .run().changes;
    if (changed)
      tx.insert(auditLog)
        .values({
          actorId: staffId,
          action: 'media.focal',
          subjectType: 'media',
          subjectId: String(id),
          ip,
          details: focal,
        })
        .run();
    return changed > 0;
  });
}

/** A picture's row, for an upload or a poster frame whose variants are already written. */
export function pictureRow(v: MediaFields & { bytes?: number; uploadedBy: number | null }) {
  return {
    kind: 'image' as const,
    status: 'ready' as const,
    file: v.file,
    mime: v.mime,
    width: v.width,
    height: v.height,
    variants: v.variants.join(','),
    alt: v.alt,
    caption: v.caption,
    credit: v.credit,
    bytes: v.bytes ?? 0,
    uploadedBy: v.uploadedBy,
  };
}

/** Records an upload (the files are already on disk) with its audit entry, in one transaction. */
export function insertUpload(v: MediaFields & { bytes: number; staffId: number; ip: string }): number {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(media)
      .values(pictureRow({ ...v, uploadedBy: v.staffId }))
      .returning({ id: media.id })
      .get();
    tx.insert(auditLog)
      .values({
        actorId: v.staffId,
        action: 'media.upload',
        subjectType: 'media',
        subjectId: String(row.id),
        ip: v.ip,
        details: { mime: v.mime, width: v.width, height: v.height, bytes: v.bytes },
      })
      .run();
    return row.id;
  });
}

export function updateMediaText(
  id: number,
  v: { alt: string; caption: string; credit: string },
  staffId: number,
  ip: string,
): boolean {
  return getDb().transaction((tx) => {
    const changed = tx.update(media).set(v).where(eq(media.id, id)).run().changes;
    if (changed)
      tx.insert(auditLog)
        .values({ actorId: staffId, action: 'media.edit', subjectType: 'media', subjectId: String(id), ip, details: v })
        .run();
    return changed > 0;
  });
}

export interface MediaUsage {
  articles: {
    id: number;
    title: string;
    status: string;
    slug: string;
    sectionSlug: string;
    edition: string;
    as: 'hero' | 'hero gallery' | 'share image' | 'body';
  }[];
  authors: { id: number; name: string }[];
  shows: { id: number; name: string }[];
  /** Videos (and audio) whose poster or artwork this picture is. */
  posterOf: { id: number; title: string }[];
}

/**
 * Where a library item is used, whatever its kind: heroes (a picture or a video), hero galleries,
 * share images, body blocks (image, gallery pictures, video, audio, file), bylines, show artwork
 * and video posters. The body search reads every article's JSON: fine for an editor's click, not
 * for a page readers see.
 */
export function mediaUsage(id: number): MediaUsage {
  const db = getDb();
  const pick = {
    id: articles.id,
    title: articles.title,
    status: articles.status,
    slug: articles.slug,
    sectionSlug: sections.slug,
    edition: articles.edition,
  };
  // Articles using the item in one way, with what their editor link needs.
  const using = (where: SQL) =>
    db.select(pick).from(articles).innerJoin(sections, eq(sections.id, articles.sectionId)).where(where).all();
  const inItems = (json: SQL) =>
    sql`EXISTS (SELECT 1 FROM json_each(${json}) AS i WHERE json_extract(i.value, '$.mediaId') = ${id})`;
  const asHero = using(eq(articles.heroMediaId, id));
  const asHeroGallery = using(inItems(sql`${articles.heroGallery}`));
  const asSocial = using(eq(articles.socialMediaId, id));
  const inBody = using(
    sql`EXISTS (SELECT 1 FROM json_each(${articles.body}) AS b WHERE
      (json_extract(b.value, '$.type') IN ('image', 'video', 'audio', 'file') AND json_extract(b.value, '$.mediaId') = ${id})
      OR (json_extract(b.value, '$.type') = 'gallery' AND ${inItems(sql`b.value, '$.items'`)}))`,
  );
  return {
    articles: [
      ...asHero.map((a) => ({ ...a, as: 'hero' as const })),
      ...asHeroGallery.map((a) => ({ ...a, as: 'hero gallery' as const })),
      ...asSocial.map((a) => ({ ...a, as: 'share image' as const })),
      ...inBody.map((a) => ({ ...a, as: 'body' as const })),
    ],
    authors: db.select({ id: authors.id, name: authors.name }).from(authors).where(eq(authors.avatarMediaId, id)).all(),
    shows: db.select({ id: shows.id, name: shows.name }).from(shows).where(eq(shows.artworkMediaId, id)).all(),
    posterOf: db.select({ id: media.id, title: media.title }).from(media).where(eq(media.posterMediaId, id)).all(),
  };
}

/** Whether anything uses the item (it may then not be deleted). */
export function isMediaUsed(usage: MediaUsage): boolean {
  return usage.articles.length + usage.authors.length + usage.shows.length + usage.posterOf.length > 0;
}

/** Deletes a picture that nothing uses; returns its file name, or null when it is in use or gone. */
export function deleteUnusedMedia(id: number, staffId: number, ip: string): string | null {
  const db = getDb();
  return db.transaction((tx) => {
    if (isMediaUsed(mediaUsage(id))) return null;
    const row = tx.delete(media).where(eq(media.id, id)).returning({ file: media.file }).get();
    if (!row) return null;
    tx.insert(auditLog)
      .values({
        actorId: staffId,
        action: 'media.delete',
        subjectType: 'media',
        subjectId: String(id),
        ip,
        details: { file: row.file },
      })
      .run();
    return row.file;
  });
}

/** Which of these ids exist. */
export function existingMediaIds(ids: number[]): Set<number> {
  return presentIds(media.id, ids);
}

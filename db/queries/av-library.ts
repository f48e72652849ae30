/**
 * The newsroom's side of video, audio and files: recording an accepted upload (with its queued
 * processing job and audit entry, in one transaction), the library list of every kind, editing
 * an item's text, its poster and captions, where it is used, and deleting it. Reader-side reads
 * are in av.ts; the processing queue in media-jobs.ts.
 */
import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { media, mediaCaptions, type MediaKind, type MediaStatus } from '../schema';
import type { Rendition } from '../types';
import { iso, parseVariants } from './mappers';
import { isMediaUsed, mediaUsage } from './media';
import { enqueueMediaJob } from './media-jobs';
import { escapeLike, writeAudit, type Actor } from './shared';

/** An accepted upload, its file already in its storage folder. */
export interface NewAvItem {
  kind: 'video' | 'audio' | 'file';
  storageKey: string;
  mime: string;
  bytes: number;
  durationMs: number;
  width: number;
  height: number;
  title: string;
  originalName: string;
  probe: Record<string, unknown>;
  /** Files are ready at once, with their stored file as the one rendition. */
  renditions: Rendition[];
}

/**
 * Records an accepted upload: the media row, for video and audio a queued processing job
 * (they stay `processing` until it is done), and the audit entry, in one transaction.
 */
export function insertAvUpload(v: NewAvItem, who: Actor): number {
  return getDb().transaction((tx) => {
    const processing = v.kind !== 'file';
    const id = tx
      .insert(media)
      .values({
        kind: v.kind,
        status: processing ? 'processing' : 'ready',
        storageKey: v.storageKey,
        file: `av-${v.storageKey}`,
        mime: v.mime,
        bytes: v.bytes,
        durationMs: v.durationMs,
        width: v.width,
        height: v.height,
        variants: '',
        alt: '',
        title: v.title,
        originalName: v.originalName,
        probe: v.probe,
        renditions: v.renditions,
        uploadedBy: who.actorId,
      })
      .returning({ id: media.id })
      .get().id;
    if (processing) enqueueMediaJob(id, tx);
    writeAudit(tx, who, 'media.upload', 'media', id, {
      kind: v.kind,
      mime: v.mime,
      bytes: v.bytes,
      durationMs: v.durationMs,
      width: v.width,
      height: v.height,
    });
    return id;
  });
}

/** One row of the media library: a picture, or a video, audio or file with its state. */
export interface LibraryEntry {
  id: number;
  kind: MediaKind;
  status: MediaStatus;
  error: string;
  title: string;
  originalName: string;
  durationMs: number;
  bytes: number;
  mime: string;
  width: number;
  height: number;
  uploadedBy: number | null;
  createdAt: string;
  /** The picture shown for it: the picture itself, or a video's poster (null for audio without artwork, files). */
  thumb: { file: string; variants: number[]; width: number; height: number; alt: string } | null;
}

const poster = alias(media, 'poster');

/** Newest first, optionally of one kind; `q` matches alt text, caption, credit, title, description or file name. */
export function listLibraryEntries(opts: { q?: string; kind?: MediaKind; page: number; perPage: number }): {
  items: LibraryEntry[];
  total: number;
  /** How many of each kind match `q` (whatever `kind` is). */
  counts: Record<MediaKind, number>;
} {
  const db = getDb();
  const q = opts.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : null;
  const like = (column: SQLiteColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
  const matching = pattern
    ? or(
        like(media.alt),
        like(media.caption),
        like(media.credit),
        like(media.title),
        like(media.description),
        like(media.originalName),
      )
    : undefined;
  const where = and(opts.kind ? eq(media.kind, opts.kind) : undefined, matching);
  const rows = db
    .select({
      id: media.id,
      kind: media.kind,
      status: media.status,
      error: media.error,
      title: media.title,
      originalName: media.originalName,
      durationMs: media.durationMs,
      bytes: media.bytes,
      mime: media.mime,
      width: media.width,
      height: media.height,
      uploadedBy: media.uploadedBy,
      createdAt: media.createdAt,
      file: media.file,
      variants: media.variants,
      alt: media.alt,
      posterFile: poster.file,
      posterVariants: poster.variants,
      posterWidth: poster.width,
      posterHeight: poster.height,
    })
    .from(media)
    .leftJoin(poster, and(eq(poster.id, media.posterMediaId), eq(poster.kind, 'image')))
    .where(where)
    .orderBy(desc(media.id))
    .limit(opts.perPage)
    .offset((opts.page - 1) * opts.perPage)
    .all();
  const items = rows.map((r): LibraryEntry => {
    const thumb =
      r.kind === 'image'
        ? { file: r.file, variants: parseVariants(r.variants), width: r.width, height: r.height, alt: r.alt }
        : r.posterFile
          ? {
              file: r.posterFile,
              variants: parseVariants(r.posterVariants ?? ''),
              width: r.posterWidth ?? 0,
              height: r.posterHeight ?? 0,
              alt: '',
            }
          : null;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      error: r.error,
      title: r.kind === 'image' ? r.alt : r.title || r.originalName,
      originalName: r.originalName,
      durationMs: r.durationMs,
      bytes: r.bytes,
      mime: r.mime,
      width: r.width,
      height: r.height,
      uploadedBy: r.uploadedBy,
      createdAt: iso(r.createdAt) ?? '',
      thumb,
    };
  });
  const counts: Record<MediaKind, number> = { image: 0, video: 0, audio: 0, file: 0 };
  for (const r of db.select({ kind: media.kind, n: count() }).from(media).where(matching).groupBy(media.kind).all())
    counts[r.kind] = r.n;
  const total = opts.kind ? counts[opts.kind] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { items, total, counts };
}

/** A video or audio item whose renditions are still being made (the dashboard's "Media still processing"). */
export interface ProcessingAvItem {
  id: number;
  kind: 'video' | 'audio';
  /** Its title, else the uploader's file name. */
  title: string;
  uploadedBy: number | null;
  createdAt: string;
}

/**
 * Video and audio still `processing`, oldest upload first (the longest wait on top), at most
 * `limit`, and how many there are: everyone's, or one person's uploads (`uploadedBy`).
 */
export function listProcessingAv(opts: { uploadedBy?: number; limit: number }): {
  items: ProcessingAvItem[];
  total: number;
} {
  const db = getDb();
  const where = and(
    eq(media.status, 'processing'),
    inArray(media.kind, ['video', 'audio']),
    opts.uploadedBy === undefined ? undefined : eq(media.uploadedBy, opts.uploadedBy),
  );
  const total = db.select({ n: count() }).from(media).where(where).get()?.n ?? 0;
  const items = db
    .select({
      id: media.id,
      kind: media.kind,
      title: media.title,
      originalName: media.originalName,
      uploadedBy: media.uploadedBy,
      createdAt: media.createdAt,
    })
    .from(media)
    .where(where)
    .orderBy(asc(media.id))
    .limit(opts.limit)
    .all()
    .map((r) => ({
      id: r.id,
      kind: r.kind as 'video' | 'audio',
      title: r.title || r.originalName || `#${r.id}`,
      uploadedBy: r.uploadedBy,
      createdAt: iso(r.createdAt) ?? '',
    }));
  return { items, total };
}

/** What the newsroom's item page needs beyond the reader's AvItem: who uploaded it and what the probe found. */
export function avItemExtras(id: number): {
  uploadedBy: number | null;
  probe: Record<string, unknown>;
  posterMediaId: number | null;
  storageKey: string | null;
} | null {
  return (
    getDb()
      .select({
        uploadedBy: media.uploadedBy,
        probe: media.probe,
        posterMediaId: media.posterMediaId,
        storageKey: media.storageKey,
      })
      .from(media)
      .where(eq(media.id, id))
      .get() ?? null
  );
}

export interface AvText {
  title: string;
  description: string;
  credit: string;
  transcript: string;
  allowDownload: boolean;
}

/** Saves an item's text; false when it is not a video, audio or file item. */
export function updateAvText(id: number, v: AvText, who: Actor): boolean {
  return getDb().transaction((tx) => {
    const changed = tx
      .update(media)
      .set(v)
      .where(and(eq(media.id, id), sql`${media.kind} <> 'image'`))
      .run().changes;
    if (changed) writeAudit(tx, who, 'media.edit', 'media', id, { ...v, transcript: v.transcript.length });
    return changed > 0;
  });
}

/** Sets (or, with null, clears) a video's poster or an audio item's artwork: `posterId` must be a picture. */
export function setPoster(id: number, posterId: number | null, who: Actor): 'ok' | 'missing' | 'not-a-picture' {
  return getDb().transaction((tx) => {
    if (posterId !== null) {
      const picture = tx.select({ kind: media.kind }).from(media).where(eq(media.id, posterId)).get();
      if (!picture || picture.kind !== 'image') return 'not-a-picture';
    }
    const changed = tx
      .update(media)
      .set({ posterMediaId: posterId })
      .where(and(eq(media.id, id), sql`${media.kind} IN ('video', 'audio')`))
      .run().changes;
    if (!changed) return 'missing';
    writeAudit(tx, who, 'media.poster', 'media', id, { posterMediaId: posterId });
    return 'ok';
  });
}

export interface CaptionRow {
  id: number;
  lang: string;
  label: string;
  file: string;
}

export function captionsOf(mediaId: number): CaptionRow[] {
  return getDb()
    .select({ id: mediaCaptions.id, lang: mediaCaptions.lang, label: mediaCaptions.label, file: mediaCaptions.file })
    .from(mediaCaptions)
    .where(eq(mediaCaptions.mediaId, mediaId))
    .orderBy(asc(mediaCaptions.lang))
    .all();
}

/**
 * Records a caption file (already written) for a language, replacing that language's earlier
 * one; returns the replaced file's name (to delete once the row is written), or '' for none.
 */
export function putCaption(mediaId: number, c: Omit<CaptionRow, 'id'>, who: Actor): string {
  return getDb().transaction((tx) => {
    const old = tx
      .delete(mediaCaptions)
      .where(and(eq(mediaCaptions.mediaId, mediaId), eq(mediaCaptions.lang, c.lang)))
      .returning({ file: mediaCaptions.file })
      .get();
    tx.insert(mediaCaptions)
      .values({ mediaId, ...c })
      .run();
    writeAudit(tx, who, 'media.captions', 'media', mediaId, { lang: c.lang, label: c.label, replaced: !!old });
    return old?.file ?? '';
  });
}

/** Deletes one caption track of an item; returns its file name, or null when there was none. */
export function deleteCaption(mediaId: number, captionId: number, who: Actor): string | null {
  return getDb().transaction((tx) => {
    const row = tx
      .delete(mediaCaptions)
      .where(and(eq(mediaCaptions.id, captionId), eq(mediaCaptions.mediaId, mediaId)))
      .returning({ file: mediaCaptions.file, lang: mediaCaptions.lang })
      .get();
    if (row) writeAudit(tx, who, 'media.captions.delete', 'media', mediaId, { lang: row.lang });
    return row?.file ?? null;
  });
}

/**
 * Deletes a video, audio or file item nothing uses (its captions and jobs go with it); returns its
 * storage key so the caller removes its folder, or null when it is used, gone or a picture.
 */
export function deleteUnusedAv(id: number, who: Actor): { storageKey: string } | null {
  return getDb().transaction((tx) => {
    if (isMediaUsed(mediaUsage(id))) return null;
    const row = tx
      .delete(media)
      .where(and(eq(media.id, id), sql`${media.kind} <> 'image'`))
      .returning({ storageKey: media.storageKey, kind: media.kind, originalName: media.originalName })
      .get();
    if (!row) return null;
    writeAudit(tx, who, 'media.delete', 'media', id, { kind: row.kind, originalName: row.originalName });
    return { storageKey: row.storageKey ?? '' };
  });
}

/** An audit entry for a change made by another module's transaction (the processing queue's retry). */
export function auditAv(who: Actor, action: string, id: number, details?: Record<string, unknown>): void {
  writeAudit(getDb(), who, action, 'media', id, details);
}

/** Pictures to choose a poster from: the newest first. */
export function pictureChoices(limit = 100): { id: number; alt: string }[] {
  return getDb()
    .select({ id: media.id, alt: media.alt })
    .from(media)
    .where(eq(media.kind, 'image'))
    .orderBy(desc(media.id))
    .limit(limit)
    .all();
}

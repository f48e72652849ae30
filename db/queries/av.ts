/**
 * Reads of video, audio and file items as reader pages (and the newsroom's publish check) need
 * them: the item, its poster picture and its caption tracks, by id, in three indexed queries.
 * Writes (uploads, processing) live with their owners (av-library.ts, media-jobs.ts).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { media, mediaCaptions } from '../schema';
import type { AvItem, CaptionTrack, MediaKind, MediaStatus } from '../types';
import { iso, toMedia } from './mappers';

/**
 * The public URL of a file in an item's folder. db/ may not import lib/, so this mirrors
 * lib/av/storage.ts avUrl (tests/unit/av-queries.test.ts checks that the two agree).
 */
export function avFileUrl(storageKey: string, file: string): string {
  return `/media/av/${storageKey}/${file}`;
}

const AV_KINDS = ['video', 'audio', 'file'] as const;
const poster = alias(media, 'poster');

/** The columns an AvItem is made of, the poster's picture columns beside them. */
const avColumns = {
  id: media.id,
  kind: media.kind,
  status: media.status,
  error: media.error,
  storageKey: media.storageKey,
  title: media.title,
  description: media.description,
  credit: media.credit,
  transcript: media.transcript,
  durationMs: media.durationMs,
  width: media.width,
  height: media.height,
  mime: media.mime,
  bytes: media.bytes,
  originalName: media.originalName,
  allowDownload: media.allowDownload,
  renditions: media.renditions,
  createdAt: media.createdAt,
  poster: {
    id: poster.id,
    file: poster.file,
    mime: poster.mime,
    width: poster.width,
    height: poster.height,
    variants: poster.variants,
    alt: poster.alt,
    caption: poster.caption,
    credit: poster.credit,
    focalX: poster.focalX,
    focalY: poster.focalY,
  },
};

/**
 * The video, audio and file items among `ids` (pictures and unknown ids are left out), with
 * their poster and captions. Items without a storage folder are left out too: nothing of
 * theirs could be served.
 */
export function avByIds(ids: number[]): Record<number, AvItem> {
  const wanted = [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0))];
  if (!wanted.length) return {};
  const db = getDb();
  const rows = db
    .select(avColumns)
    .from(media)
    .leftJoin(poster, and(eq(poster.id, media.posterMediaId), eq(poster.kind, 'image')))
    .where(and(inArray(media.id, wanted), inArray(media.kind, [...AV_KINDS])))
    .all();
  const found = rows.filter((r) => r.storageKey);
  const captions = new Map<number, CaptionTrack[]>();
  if (found.length) {
    const captionRows = db
      .select({
        mediaId: mediaCaptions.mediaId,
        lang: mediaCaptions.lang,
        label: mediaCaptions.label,
        file: mediaCaptions.file,
      })
      .from(mediaCaptions)
      .where(
        inArray(
          mediaCaptions.mediaId,
          found.map((r) => r.id),
        ),
      )
      .orderBy(asc(mediaCaptions.mediaId), asc(mediaCaptions.id))
      .all();
    const keyOf = new Map(found.map((r) => [r.id, r.storageKey!]));
    for (const c of captionRows) {
      const list = captions.get(c.mediaId) ?? [];
      list.push({ lang: c.lang, label: c.label, url: avFileUrl(keyOf.get(c.mediaId)!, c.file) });
      captions.set(c.mediaId, list);
    }
  }
  return Object.fromEntries(
    found.map((r) => {
      const item: AvItem = {
        id: r.id,
        kind: r.kind as Exclude<MediaKind, 'image'>,
        status: r.status as MediaStatus,
        error: r.error,
        storageKey: r.storageKey!,
        title: r.title,
        description: r.description,
        credit: r.credit,
        transcript: r.transcript,
        durationMs: r.durationMs,
        width: r.width,
        height: r.height,
        mime: r.mime,
        bytes: r.bytes,
        originalName: r.originalName,
        allowDownload: r.allowDownload,
        renditions: Array.isArray(r.renditions) ? r.renditions : [],
        poster: toMedia(r.poster),
        captions: captions.get(r.id) ?? [],
        createdAt: iso(r.createdAt)!,
      };
      return [r.id, item];
    }),
  );
}

/** What a media id is (for checking that a block or the hero points at the right kind), by id. */
export function mediaKindsOf(
  ids: number[],
): Map<number, { kind: MediaKind; status: MediaStatus; title: string; error: string }> {
  const wanted = [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0))];
  if (!wanted.length) return new Map();
  const rows = getDb()
    .select({
      id: media.id,
      kind: media.kind,
      status: media.status,
      title: media.title,
      error: media.error,
      originalName: media.originalName,
    })
    .from(media)
    .where(inArray(media.id, wanted))
    .all();
  return new Map(
    rows.map((r) => [
      r.id,
      { kind: r.kind, status: r.status, title: r.title || r.originalName || `#${r.id}`, error: r.error },
    ]),
  );
}

/**
 * What the download route needs to name a stored document: its kind and the uploader's file
 * name, and its renditions' names and types, by storage key (one lookup on the unique index).
 */
export function storedFileInfo(
  storageKey: string,
): { kind: MediaKind; originalName: string; files: { file: string; mime: string }[] } | null {
  const row = getDb()
    .select({ kind: media.kind, originalName: media.originalName, renditions: media.renditions })
    .from(media)
    .where(eq(media.storageKey, storageKey))
    .get();
  if (!row) return null;
  const renditions = Array.isArray(row.renditions) ? row.renditions : [];
  return {
    kind: row.kind,
    originalName: row.originalName,
    files: renditions.map(({ file, mime }) => ({ file, mime })),
  };
}

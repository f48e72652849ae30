/**
 * What happens to a finished upload of video, audio or a file: it is judged by its content
 * (ffprobe for video and audio, its bytes for files), refused with a reason, or moved into a new
 * storage folder and recorded. This module owns the uploaded file from the moment it is called:
 * a refused file is deleted, an accepted one moved, and a failure after the move removes the
 * folder again, so nothing half-written or orphaned is left behind.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { insertAvUpload, type NewAvItem } from '@/db/queries/av-library';
import type { Rendition } from '@/db/types';
import { detectDocument, downloadName } from '@/lib/av/documents';
import { avLimits, MAX_VIDEO_DIMENSION, sizeRefusal, type AvLimits, type AvUploadKind } from '@/lib/av/limits';
import { probe, type ProbeResult } from '@/lib/av/probe';
import { formatDuration } from '@/lib/format';
import { avDir, newStorageKey } from '@/lib/av/storage';

export interface FinishedUpload {
  /** The uploaded file (absolute path); moved or deleted by acceptUpload. */
  path: string;
  bytes: number;
  /** What the uploader said it is. */
  declaredKind: AvUploadKind;
  /** The uploader's file name (metadata `filename`), as sent. */
  filename: string;
  /** Metadata `title`, as sent ('' for none). */
  title: string;
  staffId: number;
  ip: string;
}

export type AcceptOutcome =
  { ok: true; id: number; kind: AvUploadKind; storageKey: string; note: string } | { ok: false; reason: string };

/** The uploader's file name as we keep it: no folders, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(-200) || 'upload';
}

/** The title from the upload's metadata, else its file name without the extension. */
export function titleOf(title: string, originalName: string): string {
  const given = title.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (given) return given;
  return originalName.replace(/\.[A-Za-z0-9]{1,8}$/, '').slice(0, 200) || originalName;
}

/** The stored original's extension and type, from what ffprobe found (never the upload's name). */
export function storedTypeOf(p: Pick<ProbeResult, 'kind' | 'format' | 'videoCodec' | 'audioCodec'>): {
  ext: string;
  mime: string;
} {
  const video = p.kind === 'video';
  const formats = p.format.split(',');
  if (formats.includes('mp4') || formats.includes('mov'))
    return video ? { ext: 'mp4', mime: 'video/mp4' } : { ext: 'm4a', mime: 'audio/mp4' };
  if (formats.includes('matroska') || formats.includes('webm')) {
    const webm =
      (!p.videoCodec || ['vp8', 'vp9', 'av1'].includes(p.videoCodec)) &&
      (!p.audioCodec || ['opus', 'vorbis'].includes(p.audioCodec));
    if (webm) return video ? { ext: 'webm', mime: 'video/webm' } : { ext: 'webm', mime: 'audio/webm' };
    return video ? { ext: 'mkv', mime: 'video/x-matroska' } : { ext: 'mka', mime: 'audio/x-matroska' };
  }
  if (formats.includes('mp3')) return { ext: 'mp3', mime: 'audio/mpeg' };
  if (formats.includes('wav')) return { ext: 'wav', mime: 'audio/wav' };
  if (formats.includes('ogg')) return video ? { ext: 'ogv', mime: 'video/ogg' } : { ext: 'ogg', mime: 'audio/ogg' };
  if (formats.includes('flac')) return { ext: 'flac', mime: 'audio/flac' };
  if (formats.includes('aac')) return { ext: 'aac', mime: 'audio/aac' };
  return { ext: 'bin', mime: 'application/octet-stream' };
}

/** Why a probed video or audio file may not be stored, or null when it may. */
export function mediaRefusal(p: ProbeResult, bytes: number, limits: AvLimits): string | null {
  const size = sizeRefusal(p.kind, bytes, limits);
  if (size) return size;
  if (p.durationMs > limits.durationSeconds * 1000)
    return `It lasts ${formatDuration(p.durationMs)}; the most we accept is ${formatDuration(limits.durationSeconds * 1000)}.`;
  if (p.width > MAX_VIDEO_DIMENSION || p.height > MAX_VIDEO_DIMENSION)
    return `Its picture is ${p.width} × ${p.height} pixels; videos may be at most ${MAX_VIDEO_DIMENSION} pixels wide or high.`;
  return null;
}

/** The name the stored original gets in its folder, for the worker to find: `original.{ext}`. */
export const originalFileName = (ext: string) => `original.${ext}`;

/** Moves a file, across file systems when it must (the tus folder may be elsewhere than MEDIA_DIR/av). */
async function move(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await fs.copyFile(from, to);
    await fs.rm(from, { force: true });
  }
}

/** Judges a finished upload and, when accepted, stores and records it (see the module's comment). */
export async function acceptUpload(upload: FinishedUpload, limits = avLimits()): Promise<AcceptOutcome> {
  const refuse = async (reason: string): Promise<AcceptOutcome> => {
    await fs.rm(upload.path, { force: true });
    return { ok: false, reason };
  };
  const originalName = cleanFileName(upload.filename);
  let item: Omit<NewAvItem, 'storageKey' | 'renditions'>;
  let stored: string;
  let note = '';
  let rendition: Omit<Rendition, 'file'> | null = null;

  if (upload.declaredKind === 'file') {
    const size = sizeRefusal('file', upload.bytes, limits);
    if (size) return refuse(size);
    const found = await detectDocument(upload.path, originalName, upload.bytes);
    if (!found.ok) return refuse(found.reason);
    stored = `document.${found.type.ext}`;
    rendition = { role: 'file', mime: found.type.mime, bytes: upload.bytes };
    item = {
      kind: 'file',
      mime: found.type.mime,
      bytes: upload.bytes,
      durationMs: 0,
      width: 0,
      height: 0,
      title: titleOf(upload.title, originalName),
      originalName: downloadName(originalName, found.type),
      probe: { type: found.type.label },
    };
  } else {
    const probed = await probe(upload.path);
    if (!probed.ok) return refuse(probed.reason);
    const p = probed.result;
    const refusal = mediaRefusal(p, upload.bytes, limits);
    if (refusal) return refuse(refusal);
    if (p.kind !== upload.declaredKind)
      note =
        p.kind === 'audio'
          ? 'The file has no picture, so it was stored as audio.'
          : 'The file has a moving picture, so it was stored as video.';
    const type = storedTypeOf(p);
    stored = originalFileName(type.ext);
    item = {
      kind: p.kind,
      mime: type.mime,
      bytes: upload.bytes,
      durationMs: p.durationMs,
      width: p.width,
      height: p.height,
      title: titleOf(upload.title, originalName),
      originalName,
      probe: { ...p, original: stored },
    };
  }

  const storageKey = newStorageKey();
  const dir = avDir(storageKey);
  try {
    await fs.mkdir(dir, { recursive: true });
    await move(upload.path, path.join(dir, stored));
    const id = insertAvUpload(
      { ...item, storageKey, renditions: rendition ? [{ file: stored, ...rendition }] : [] },
      { actorId: upload.staffId, ip: upload.ip },
    );
    return { ok: true, id, kind: item.kind, storageKey, note };
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(upload.path, { force: true });
    throw error;
  }
}

/**
 * Where video, audio and files live: each item has its own folder MEDIA_DIR/av/{storageKey}/,
 * named by 32 random hex digits, so an unpublished story's media cannot be found by guessing.
 * Public URLs mirror the folder (`/media/av/{key}/{file}`); app/media/av serves them.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { mediaDir } from '@/lib/media-store';

export const STORAGE_KEY_PATTERN = /^[a-f0-9]{32}$/;

/** One segment of a stored file's path: our own generated names only (no dots at the start, no slashes). */
export const AV_SEGMENT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,80}(\.[a-z0-9]{1,8})?$/;

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

export function avRoot(): string {
  return path.join(mediaDir(), 'av');
}

export function avDir(key: string): string {
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${key}`);
  return path.join(avRoot(), key);
}

/** The absolute path of a stored file, or null when `segments` is not a name we generate. */
export function avPath(key: string, segments: string[]): string | null {
  if (!STORAGE_KEY_PATTERN.test(key) || !segments.length || segments.length > 3) return null;
  if (!segments.every((s) => AV_SEGMENT_PATTERN.test(s))) return null;
  return path.join(avRoot(), key, ...segments);
}

/** Public URL of a stored file (`file` may hold a sub-folder, e.g. "hls/720/index.m3u8"). */
export function avUrl(key: string, file: string): string {
  return `/media/av/${key}/${file}`;
}

/**
 * How large and how long an upload of video, audio or a file may be. Read from the environment at
 * each call (not once at import) so a deployment, or a test, can change them without a rebuild:
 * MEDIA_MAX_VIDEO_BYTES (2 GiB), MEDIA_MAX_AUDIO_BYTES (500 MiB), MEDIA_MAX_FILE_BYTES (100 MiB),
 * MEDIA_MAX_DURATION_SECONDS (4 h).
 */
import { formatBytes } from '@/lib/format';

export type AvUploadKind = 'video' | 'audio' | 'file';

export const AV_UPLOAD_KINDS: readonly AvUploadKind[] = ['video', 'audio', 'file'];

export function isAvUploadKind(x: unknown): x is AvUploadKind {
  return typeof x === 'string' && (AV_UPLOAD_KINDS as readonly string[]).includes(x);
}

const GIB = 1024 * 1024 * 1024;
const MIB = 1024 * 1024;

/** Larger than this in either direction is a decompression bomb, not a newsroom's video. */
export const MAX_VIDEO_DIMENSION = 8192;

export interface AvLimits {
  bytes: Record<AvUploadKind, number>;
  durationSeconds: number;
}

/** A positive whole number from the environment, else the default. */
function positive(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

export function avLimits(): AvLimits {
  return {
    bytes: {
      video: positive('MEDIA_MAX_VIDEO_BYTES', 2 * GIB),
      audio: positive('MEDIA_MAX_AUDIO_BYTES', 500 * MIB),
      file: positive('MEDIA_MAX_FILE_BYTES', 100 * MIB),
    },
    durationSeconds: positive('MEDIA_MAX_DURATION_SECONDS', 4 * 3600),
  };
}

/** The largest upload of any kind: the tus server's overall cap. */
export function maxUploadBytes(limits = avLimits()): number {
  return Math.max(...Object.values(limits.bytes));
}

/** Why an upload of `bytes` may not be a `kind`, or null when it may. */
export function sizeRefusal(kind: AvUploadKind, bytes: number, limits = avLimits()): string | null {
  const max = limits.bytes[kind];
  if (bytes <= max) return null;
  const what = kind === 'file' ? 'Files' : kind === 'video' ? 'Videos' : 'Audio files';
  return `${what} may be at most ${formatBytes(max)}; this one is ${formatBytes(bytes)}.`;
}

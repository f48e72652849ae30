/**
 * How large and how long an upload of video, audio or a file may be. Read from the environment at
 * each call (not once at import) so a deployment, or a test, can change them without a rebuild:
 * MEDIA_MAX_VIDEO_BYTES (2 GiB), MEDIA_MAX_AUDIO_BYTES (500 MiB), MEDIA_MAX_FILE_BYTES (100 MiB),
 * MEDIA_MAX_DURATION_SECONDS (4 h).
 */
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

/** "2 GB", "500 MB", "1.5 KB": sizes in the newsroom's messages (binary units, as the limits). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

/** "1 h 05 min", "3 min 20 s", "12 s". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/** Why an upload of `bytes` may not be a `kind`, or null when it may. */
export function sizeRefusal(kind: AvUploadKind, bytes: number, limits = avLimits()): string | null {
  const max = limits.bytes[kind];
  if (bytes <= max) return null;
  const what = kind === 'file' ? 'Files' : kind === 'video' ? 'Videos' : 'Audio files';
  return `${what} may be at most ${formatBytes(max)}; this one is ${formatBytes(bytes)}.`;
}

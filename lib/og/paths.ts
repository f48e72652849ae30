/**
 * Names of the generated share images (og:image) and JSON-LD crops. Pure: no file system,
 * safe to import from metadata, components and tests. The share image's name carries a
 * short hash of what is drawn on it (headline, section, hero picture), so any change gives
 * a new URL and the old one can be cached forever; app/og/[file] 308s an old one to the current.
 */
import { createHash } from 'node:crypto';

/** The share image every article gets (WhatsApp wants JPEG under 300 KB; 1.91:1 for everyone). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/jpeg' } as const;

/** Upper bound for a share image's size in bytes (WhatsApp ignores bigger previews). */
export const SHARE_IMAGE_MAX_BYTES = 300 * 1024;

interface ShareImageInput {
  title: string;
  section: { name: string };
  hero: { file: string } | null;
}

/** 10 hex characters of SHA-1 over headline, section name and hero file: changes when the image would. */
export function shareImageVersion(a: ShareImageInput): string {
  return createHash('sha1')
    .update([a.title, a.section.name, a.hero?.file ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 10);
}

export function shareImagePath(a: ShareImageInput & { id: number }): string {
  return `/og/${a.id}-${shareImageVersion(a)}.jpg`;
}

export type CropRatio = '16x9' | '4x3' | '1x1';

/** JSON-LD image crops (Google asks for 16:9, 4:3 and 1:1, at least 1200 px wide — wider is better). */
export const CROPS: Record<CropRatio, { width: number; height: number }> = {
  '16x9': { width: 1600, height: 900 },
  '4x3': { width: 1600, height: 1200 },
  '1x1': { width: 1200, height: 1200 },
};

export const CROP_RATIOS = Object.keys(CROPS) as CropRatio[];

export function cropPath(file: string, ratio: CropRatio): string {
  return `/media/crops/${file}-${ratio}.jpg`;
}

const SHARE_IMAGE_NAME = /^([1-9][0-9]{0,14})-([0-9a-f]{10})\.jpg$/;
const CROP_NAME = /^([a-z0-9][a-z0-9-]{0,80})-(16x9|4x3|1x1)\.jpg$/;

/** Reads `{id}-{version}.jpg`; null for anything else (leading zeros, upper case, other suffixes). */
export function parseShareImageName(name: string): { id: number; version: string } | null {
  const match = SHARE_IMAGE_NAME.exec(name);
  if (!match) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id)) return null;
  return { id, version: match[2] };
}

/** Reads `{file}-{ratio}.jpg` where file is a generated media name; null for anything else. */
export function parseCropName(name: string): { file: string; ratio: CropRatio } | null {
  const match = CROP_NAME.exec(name);
  if (!match) return null;
  return { file: match[1], ratio: match[2] as CropRatio };
}

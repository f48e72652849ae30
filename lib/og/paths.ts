/**
 * Names of the generated share images (og:image) and JSON-LD crops. Pure: no file system,
 * safe to import from metadata, components and tests. The share image's name carries a
 * short hash of what is drawn on it (headline, section, hero picture), so any change gives
 * a new URL and the old one can be cached forever; app/og/[file] 308s an old one to the current.
 */
import { createHash } from 'node:crypto';
import { focalOf, focalToken, parseFocalToken, type FocalPoint } from '@/lib/focal';

/** The share image every article gets (WhatsApp wants JPEG under 300 KB; 1.91:1 for everyone). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/jpeg' } as const;

/** Upper bound for a share image's size in bytes (WhatsApp ignores bigger previews). */
export const SHARE_IMAGE_MAX_BYTES = 300 * 1024;

interface ShareImageInput {
  title: string;
  section: { name: string };
  hero: { file: string; focalX?: number; focalY?: number } | null;
}

/**
 * 10 hex characters of SHA-1 over headline, section name, hero file and the hero's focal point
 * (where the 1.91:1 cut is centred): changes when the image would. (Before focal points the cut
 * was sharp's "attention" guess; the point in the hash also moved those URLs once.)
 */
export function shareImageVersion(a: ShareImageInput): string {
  const focal = a.hero ? focalToken(focalOf(a.hero)) : '';
  return createHash('sha1')
    .update([a.title, a.section.name, a.hero?.file ?? '', focal].join('\u0000'))
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

/**
 * A crop's URL names the picture, the ratio and the focal point it is centred on
 * (`{file}-{ratio}-f{x}x{y}.jpg`, thousandths): moving the point gives new URLs.
 */
export function cropPath(file: string, ratio: CropRatio, focal: FocalPoint = { x: 0.5, y: 0.5 }): string {
  return `/media/crops/${file}-${ratio}-${focalToken(focal)}.jpg`;
}

const SHARE_IMAGE_NAME = /^([1-9][0-9]{0,14})-([0-9a-f]{10})\.jpg$/;
const CROP_NAME = /^([a-z0-9][a-z0-9-]{0,80})-(16x9|4x3|1x1)(?:-(f[0-9]{1,4}x[0-9]{1,4}))?\.jpg$/;

/** Reads `{id}-{version}.jpg`; null for anything else (leading zeros, upper case, other suffixes). */
export function parseShareImageName(name: string): { id: number; version: string } | null {
  const match = SHARE_IMAGE_NAME.exec(name);
  if (!match) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id)) return null;
  return { id, version: match[2] };
}

/**
 * Reads `{file}-{ratio}-f{x}x{y}.jpg` where file is a generated media name, or the older
 * `{file}-{ratio}.jpg` (focal null: app/media/crops redirects it to the current name); null for
 * anything else.
 */
export function parseCropName(name: string): { file: string; ratio: CropRatio; focal: FocalPoint | null } | null {
  const match = CROP_NAME.exec(name);
  if (!match) return null;
  if (!match[3]) return { file: match[1], ratio: match[2] as CropRatio, focal: null };
  const focal = parseFocalToken(match[3]);
  if (!focal) return null;
  return { file: match[1], ratio: match[2] as CropRatio, focal };
}

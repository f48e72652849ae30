/**
 * Share images (og:image, 1200×630 JPEG under 300 KB) and JSON-LD crops (16:9, 4:3, 1:1),
 * made on the server with sharp, and for articles without a picture a headline card drawn
 * with next/og (satori). Server only: reads fonts and media from disk. What is drawn (the card,
 * the mark) comes in as `ShareArt` from components/og/ShareImage.tsx: lib does not import UI.
 *
 * Results are kept on disk under `${mediaDir()}/derived/` (written to a temp file, then
 * renamed, so a reader never sees half a file) and reused. Names carry what they show
 * (lib/og/paths.ts), so a cached file never goes stale; old versions are simply left behind.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReactElement } from 'react';
import { ImageResponse } from 'next/og';
import sharp, { type JpegOptions, type Sharp } from 'sharp';
import type { MediaItem } from '@/db/types';
import { MEDIA_FILE_PATTERN } from '@/lib/media';
import { mediaDir } from '@/lib/media-store';
import { DARK, drawableText, loadFonts, MAX_TITLE_CHARS } from '@/lib/og/card';
import { CENTRE, cropRect, focalOf, focalToken, type FocalPoint } from '@/lib/focal';
import { CROPS, SHARE_IMAGE, SHARE_IMAGE_MAX_BYTES, shareImageVersion, type CropRatio } from '@/lib/og/paths';

/** What a share image needs from an article (an ArticleFull or ArticleCard will do). */
export interface ShareImageArticle {
  id: number;
  title: string;
  section: { name: string };
  hero: Pick<MediaItem, 'file' | 'width' | 'variants' | 'focalX' | 'focalY'> | null;
}

/** What a share image is drawn with (components/og/ShareImage.tsx `shareArt`). */
export interface ShareArt {
  /** The card for an article without a picture, for satori; both texts are already drawable. */
  card(text: { title: string; section: string }): ReactElement;
  /** The site's mark as standalone SVG markup, `size` pixels square. */
  markSvg(size: number): string;
}

/** JPEG qualities tried in turn until a share image fits under SHARE_IMAGE_MAX_BYTES. */
const SHARE_QUALITIES = [82, 76, 70, 62, 54, 46, 38];
const CROP_QUALITY = 82;
/** The mark on a hero image: size and margin from the corner, in pixels. */
const MARK_SIZE = 72;
const MARK_MARGIN = 32;

// ---------------------------------------------------------------------------------------
// Rendering.

async function renderCard(article: ShareImageArticle, art: ShareArt): Promise<Buffer> {
  let title = drawableText(article.title);
  if (title.length > MAX_TITLE_CHARS) title = `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
  const response = new ImageResponse(art.card({ title, section: drawableText(article.section.name) }), {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts: await loadFonts(),
  });
  const png = Buffer.from(await response.arrayBuffer());
  // Flat colours and text: full-resolution chroma keeps the red and the letters crisp.
  return shareJpeg(sharp(png).flatten({ background: DARK }), { chromaSubsampling: '4:4:4' });
}

/**
 * `source` cut to width:height around the focal point (lib/focal.ts cropRect: the same rectangle
 * the newsroom's preview shows), then scaled to exactly that size.
 */
async function focalCut(source: Buffer, width: number, height: number, focal: FocalPoint): Promise<Sharp> {
  const upright = await sharp(source).rotate().toBuffer({ resolveWithObject: true });
  const rect = cropRect(upright.info.width, upright.info.height, width / height, focal);
  return sharp(upright.data).extract(rect).resize(width, height, { fit: 'fill' });
}

async function renderHero(source: Buffer, focal: FocalPoint, art: ShareArt): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE;
  const base = await (await focalCut(source, width, height, focal)).flatten({ background: DARK }).toBuffer();
  return shareJpeg(
    sharp(base).composite([
      {
        input: Buffer.from(art.markSvg(MARK_SIZE)),
        left: width - MARK_SIZE - MARK_MARGIN,
        top: height - MARK_SIZE - MARK_MARGIN,
      },
    ]),
  );
}

/** JPEG at the highest quality in SHARE_QUALITIES that fits under SHARE_IMAGE_MAX_BYTES. */
async function shareJpeg(image: Sharp, options: JpegOptions = {}): Promise<Buffer> {
  const raw = await image.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  let data: Buffer = Buffer.alloc(0);
  for (const quality of SHARE_QUALITIES) {
    data = await sharp(raw.data, { raw: raw.info })
      .jpeg({ quality, mozjpeg: true, ...options })
      .toBuffer();
    if (data.length < SHARE_IMAGE_MAX_BYTES) break;
  }
  return data;
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The widest stored variant of a hero picture. */
function heroSourcePath(hero: NonNullable<ShareImageArticle['hero']>): string {
  const width = hero.variants.length ? Math.max(...hero.variants) : hero.width;
  return path.join(mediaDir(), `${hero.file}-${width}.webp`);
}

async function renderShare(article: ShareImageArticle, art: ShareArt): Promise<{ data: Buffer; complete: boolean }> {
  if (article.hero) {
    const source = await readIfExists(heroSourcePath(article.hero));
    if (source) return { data: await renderHero(source, focalOf(article.hero), art), complete: true };
    console.warn(
      `share image: hero ${article.hero.file} of article ${article.id} is missing on disk; drawing the card`,
    );
    return { data: await renderCard(article, art), complete: false };
  }
  return { data: await renderCard(article, art), complete: true };
}

/** The share image of an article: its hero cropped to 1.91:1 with the mark, or a headline card. */
export async function renderShareImage(article: ShareImageArticle, art: ShareArt): Promise<Buffer> {
  return (await renderShare(article, art)).data;
}

// Crop sources are found by file name alone (the crop URL carries no widths): a listing of the
// media folder, remembered and read again at most every few seconds when a name is not in it.
/** A stored media name (the part before `-{width}.webp`); nothing else ever reaches a path. */
const MEDIA_NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;
const LISTING_TTL_MS = 5_000;
let listing: { at: number; widest: Map<string, { name: string; width: number }> } | null = null;

async function listMedia() {
  const widest = new Map<string, { name: string; width: number }>();
  let names: string[] = [];
  try {
    names = await fs.readdir(mediaDir());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const name of names) {
    const match = MEDIA_FILE_PATTERN.exec(name);
    if (!match) continue;
    const width = Number(match[2]);
    const known = widest.get(match[1]);
    if (!known || width > known.width || (width === known.width && match[3] === 'webp')) {
      widest.set(match[1], { name, width });
    }
  }
  return { at: Date.now(), widest };
}

async function cropSourcePath(file: string): Promise<string | null> {
  let found = listing?.widest.get(file);
  if (!found && (!listing || Date.now() - listing.at > LISTING_TTL_MS)) {
    listing = await listMedia();
    found = listing.widest.get(file);
  }
  return found ? path.join(mediaDir(), found.name) : null;
}

/**
 * A JSON-LD crop of a stored picture (CROPS[ratio] pixels, JPEG) centred on `focal`; null when
 * there is no such picture.
 */
export async function renderCrop(file: string, ratio: CropRatio, focal: FocalPoint = CENTRE): Promise<Buffer | null> {
  if (!MEDIA_NAME.test(file) || !(ratio in CROPS)) return null;
  const sourcePath = await cropSourcePath(file);
  const source = sourcePath ? await readIfExists(sourcePath) : null;
  if (!source) return null;
  const { width, height } = CROPS[ratio];
  return (await focalCut(source, width, height, focal))
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality: CROP_QUALITY, mozjpeg: true })
    .toBuffer();
}

// ---------------------------------------------------------------------------------------
// Disk cache.

export function derivedDir(): string {
  return path.join(mediaDir(), 'derived');
}

const inFlight = new Map<string, Promise<Buffer | null>>();

/**
 * The file at `target` if it exists, else `render()`'s result, stored there atomically when
 * `store` allows. One render per target at a time in this process.
 */
async function cached(
  target: string,
  render: () => Promise<{ data: Buffer; store: boolean } | null>,
): Promise<Buffer | null> {
  const hit = await readIfExists(target);
  if (hit) return hit;
  const pending = inFlight.get(target);
  if (pending) return pending;
  const job = (async () => {
    const result = await render();
    if (!result) return null;
    if (result.store) {
      const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(tmp, result.data);
        await fs.rename(tmp, target);
      } catch (error) {
        console.error(`derived image: could not store ${target}:`, error);
        await fs.rm(tmp, { force: true }).catch(() => {});
      }
    }
    return result.data;
  })().finally(() => inFlight.delete(target));
  inFlight.set(target, job);
  return job;
}

/** Cached share image of an article (rendered on first use). */
export async function getShareImage(article: ShareImageArticle, art: ShareArt): Promise<Buffer> {
  const target = path.join(derivedDir(), 'og', `${article.id}-${shareImageVersion(article)}.jpg`);
  const data = await cached(target, async () => {
    const { data, complete } = await renderShare(article, art);
    // A card drawn because the hero file is missing is not kept: the picture may yet appear.
    return { data, store: complete };
  });
  return data!;
}

/** Cached crop of a stored picture centred on `focal`; null when there is no such picture. */
export async function getCrop(file: string, ratio: CropRatio, focal: FocalPoint = CENTRE): Promise<Buffer | null> {
  if (!MEDIA_NAME.test(file) || !(ratio in CROPS)) return null;
  const target = path.join(derivedDir(), 'crops', `${file}-${ratio}-${focalToken(focal)}.jpg`);
  return cached(target, async () => {
    const data = await renderCrop(file, ratio, focal);
    return data ? { data, store: true } : null;
  });
}

/**
 * Share images (og:image, 1200×630 JPEG under 300 KB) and JSON-LD crops (16:9, 4:3, 1:1),
 * made on the server with sharp, and for articles without a picture a headline card drawn
 * with next/og (satori). Server only: reads fonts and media from disk.
 *
 * Results are kept on disk under `${mediaDir()}/derived/` (written to a temp file, then
 * renamed, so a reader never sees half a file) and reused. Names carry what they show
 * (lib/og/paths.ts), so a cached file never goes stale; old versions are simply left behind.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReactElement, ReactNode } from 'react';
import { ImageResponse } from 'next/og';
import sharp, { type JpegOptions, type Sharp } from 'sharp';
import { LogoMark } from '@/components/icons/Icons';
import type { MediaItem } from '@/db/types';
import { MEDIA_FILE_PATTERN } from '@/lib/media';
import { mediaDir } from '@/lib/media-store';
import { CROPS, SHARE_IMAGE, SHARE_IMAGE_MAX_BYTES, shareImageVersion, type CropRatio } from '@/lib/og/paths';
import { SITE } from '@/lib/site';

/** What a share image needs from an article (an ArticleFull or ArticleCard will do). */
export interface ShareImageArticle {
  id: number;
  title: string;
  section: { name: string };
  hero: Pick<MediaItem, 'file' | 'width' | 'variants'> | null;
}

const BRAND_RED = '#b3122b';
const DARK = '#141414';
/** JPEG qualities tried in turn until a share image fits under SHARE_IMAGE_MAX_BYTES. */
const SHARE_QUALITIES = [82, 76, 70, 62, 54, 46, 38];
const CROP_QUALITY = 82;
/** The mark on a hero image: size and margin from the corner, in pixels. */
const MARK_SIZE = 72;
const MARK_MARGIN = 32;

// ---------------------------------------------------------------------------------------
// The site's mark as SVG markup (sharp and satori both take it as a string).

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Serialises a tree of host SVG elements (what LogoMark returns) to markup. react-dom/server
 * is not available in route handlers (the react-server layer), and the mark is plain SVG.
 */
function svgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeXml(String(node));
  if (Array.isArray(node)) return node.map(svgMarkup).join('');
  const element = node as ReactElement<Record<string, unknown>>;
  if (typeof element.type !== 'string') throw new Error('svgMarkup: only host SVG elements are supported');
  const { children, ...props } = element.props;
  const attrs = Object.entries(props)
    .filter(
      ([name, value]) =>
        value !== undefined && value !== null && value !== false && !/^(aria-|focusable$|role$)/.test(name),
    )
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const xmlns = element.type === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return `<${element.type}${xmlns}${attrs}>${svgMarkup(children as ReactNode)}</${element.type}>`;
}

/** The LogoMark component rendered as standalone SVG markup, `size` pixels square. */
export function markSvg(size: number): string {
  return svgMarkup(LogoMark({ width: size, height: size }));
}

// ---------------------------------------------------------------------------------------
// Fonts for the card: Noto Sans 400/700 in the subsets below (woff: satori reads woff/ttf,
// not woff2). Text outside these ranges is dropped before drawing: otherwise next/og would
// fetch fallback fonts and emoji from Google Fonts / jsDelivr while rendering.

const FONT_SUBSETS: { subset: string; ranges: string }[] = [
  {
    subset: 'latin',
    ranges:
      '0020-007E,00A0-00FF,0131,0152-0153,02BB-02BC,02C6,02DA,02DC,0304,0308,0329,2000-206F,20AC,2122,2191,2193,2212,2215',
  },
  {
    subset: 'latin-ext',
    ranges:
      '0100-02BA,02BD-02C5,02C7-02CC,02CE-02D7,02DD-02FF,1E00-1E9F,1EF2-1EFF,2020,20A0-20AB,20AD-20C0,2113,2C60-2C7F,A720-A7FF',
  },
  { subset: 'cyrillic', ranges: '0301,0400-045F,0490-0491,04B0-04B1,2116' },
  { subset: 'greek', ranges: '0370-0377,037A-037F,0384-038A,038C,038E-03A1,03A3-03FF' },
];

const COVERED: [number, number][] = FONT_SUBSETS.flatMap(({ ranges }) =>
  ranges.split(',').map((r) => {
    const [from, to = from] = r.split('-');
    return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
  }),
);

function covered(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return COVERED.some(([from, to]) => cp >= from && cp <= to);
}

/** Text as the card can draw it: whitespace collapsed, characters without a glyph dropped. */
export function drawableText(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ')).filter(covered).join('').replace(/ {2,}/g, ' ').trim();
}

const FONT_FAMILY = FONT_SUBSETS.map(({ subset }) => `'Noto Sans ${subset}'`).join(', ');

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fontsPromise: Promise<SatoriFont[]> | null = null;

function loadFonts(): Promise<SatoriFont[]> {
  // One array for the life of the process: satori caches parsed fonts by the array's identity.
  fontsPromise ??= Promise.all(
    FONT_SUBSETS.flatMap(({ subset }) =>
      ([400, 700] as const).map(async (weight) => ({
        // Satori does not fall back between fonts of one name: each subset is its own family.
        name: `Noto Sans ${subset}`,
        data: await fs.readFile(
          path.join(
            /*turbopackIgnore: true*/ process.cwd(),
            'node_modules/@fontsource/noto-sans/files',
            `noto-sans-${subset}-${weight}-normal.woff`,
          ),
        ),
        weight,
        style: 'normal' as const,
      })),
    ),
  ).catch((error) => {
    fontsPromise = null;
    throw error;
  });
  return fontsPromise;
}

// ---------------------------------------------------------------------------------------
// Rendering.

/** Longest headline handed to the layout (it shows at most four lines anyway). */
const MAX_TITLE_CHARS = 240;

function headlineSize(length: number): number {
  if (length <= 45) return 76;
  if (length <= 90) return 64;
  return 56;
}

/** The card for an article without a picture: section, headline (≤ 4 lines), site name and mark. */
function ShareCard({ title, section }: { title: string; section: string }) {
  const mark = `data:image/svg+xml;base64,${Buffer.from(markSvg(72)).toString('base64')}`;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: DARK,
        color: '#ffffff',
        fontFamily: FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', height: 16, background: BRAND_RED }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 72px 48px' }}>
        {section ? (
          <div style={{ display: 'flex' }}>
            <div
              style={{
                display: 'flex',
                background: BRAND_RED,
                padding: '6px 16px 8px',
                fontSize: 26,
                fontWeight: 700,
                letterSpacing: 3,
                textTransform: 'uppercase',
              }}
            >
              {section}
            </div>
          </div>
        ) : null}
        <div
          style={{
            display: 'block',
            lineClamp: 4,
            marginTop: 34,
            fontSize: headlineSize(title.length),
            fontWeight: 700,
            lineHeight: 1.14,
            letterSpacing: -0.5,
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', flexGrow: 1 }} />
        <div style={{ display: 'flex', alignItems: 'center' }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- drawn by satori, not a page */}
          <img src={mark} width={72} height={72} alt="" />
          <div style={{ display: 'flex', marginLeft: 22, fontSize: 40, fontWeight: 700, letterSpacing: 0.5 }}>
            {drawableText(SITE.name)}
          </div>
        </div>
      </div>
    </div>
  );
}

async function renderCard(article: ShareImageArticle): Promise<Buffer> {
  let title = drawableText(article.title);
  if (title.length > MAX_TITLE_CHARS) title = `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
  const response = new ImageResponse(<ShareCard title={title} section={drawableText(article.section.name)} />, {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts: await loadFonts(),
  });
  const png = Buffer.from(await response.arrayBuffer());
  // Flat colours and text: full-resolution chroma keeps the red and the letters crisp.
  return shareJpeg(sharp(png).flatten({ background: DARK }), { chromaSubsampling: '4:4:4' });
}

async function renderHero(source: Buffer): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE;
  const base = await sharp(source)
    .rotate()
    .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: DARK })
    .toBuffer();
  return shareJpeg(
    sharp(base).composite([
      {
        input: Buffer.from(markSvg(MARK_SIZE)),
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

async function renderShare(article: ShareImageArticle): Promise<{ data: Buffer; complete: boolean }> {
  if (article.hero) {
    const source = await readIfExists(heroSourcePath(article.hero));
    if (source) return { data: await renderHero(source), complete: true };
    console.warn(
      `share image: hero ${article.hero.file} of article ${article.id} is missing on disk; drawing the card`,
    );
    return { data: await renderCard(article), complete: false };
  }
  return { data: await renderCard(article), complete: true };
}

/** The share image of an article: its hero cropped to 1.91:1 with the mark, or a headline card. */
export async function renderShareImage(article: ShareImageArticle): Promise<Buffer> {
  return (await renderShare(article)).data;
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

/** A JSON-LD crop of a stored picture (CROPS[ratio] pixels, JPEG); null when there is no such picture. */
export async function renderCrop(file: string, ratio: CropRatio): Promise<Buffer | null> {
  if (!MEDIA_NAME.test(file) || !(ratio in CROPS)) return null;
  const sourcePath = await cropSourcePath(file);
  const source = sourcePath ? await readIfExists(sourcePath) : null;
  if (!source) return null;
  const { width, height } = CROPS[ratio];
  return sharp(source)
    .rotate()
    .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
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
export async function getShareImage(article: ShareImageArticle): Promise<Buffer> {
  const target = path.join(derivedDir(), 'og', `${article.id}-${shareImageVersion(article)}.jpg`);
  const data = await cached(target, async () => {
    const { data, complete } = await renderShare(article);
    // A card drawn because the hero file is missing is not kept: the picture may yet appear.
    return { data, store: complete };
  });
  return data!;
}

/** Cached crop of a stored picture; null when there is no such picture. */
export async function getCrop(file: string, ratio: CropRatio): Promise<Buffer | null> {
  if (!MEDIA_NAME.test(file) || !(ratio in CROPS)) return null;
  const target = path.join(derivedDir(), 'crops', `${file}-${ratio}.jpg`);
  return cached(target, async () => {
    const data = await renderCrop(file, ratio);
    return data ? { data, store: true } : null;
  });
}

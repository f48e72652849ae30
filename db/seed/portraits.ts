/**
 * Illustrated portraits of the demo bylines (the opinion cards and author pages show the
 * columnist's face): a flat head-and-shoulders drawing per author, in SVG, rendered by sharp to
 * square WebP variants into the media directory beside the scene pictures (db/seed/images.ts).
 * Each author's look comes from a small table (skin, hair, clothes, glasses, beard); an author not
 * in it gets one from a hash of the slug. Same author, same picture; files on disk are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { mixSeed, Random } from './random';
import type { SeedImage } from './types';

export const PORTRAIT_SIZE = 640;
export const PORTRAIT_VARIANTS = [160, 320, 640] as const;
/** Part of the file name: a change to the drawing needs a new one (files on disk are kept). */
const VERSION = 'v1';
const S = PORTRAIT_SIZE;

const SKIN = ['#f3cfb1', '#e6b48f', '#cf9670', '#a96e48', '#80522f', '#5e3a22'] as const;
const HAIR = {
  black: '#1d1917',
  darkBrown: '#3b2619',
  brown: '#6b4529',
  auburn: '#8c3d1f',
  blond: '#c9a35c',
  grey: '#a3a3a3',
} as const;
const CLOTHES = ['#1f4e79', '#7a1f3d', '#2f6b4f', '#c28a1e', '#5b3a7a', '#2d3a4a', '#b5523b', '#3f6f8f'] as const;
const BACKDROPS = ['#dce8f2', '#f2e4d3', '#e2efe2', '#efe0ea', '#e8e4f5', '#f4efd9', '#e0eeee', '#ecdcd6'] as const;

type HairStyle = 'short' | 'crop' | 'long' | 'bob' | 'bun' | 'curly' | 'receding';

interface Look {
  skin: number;
  hair: keyof typeof HAIR;
  style: HairStyle;
  clothes: number;
  backdrop: number;
  glasses?: boolean;
  beard?: boolean;
}

/** The demo authors of db/seed/content.ts. */
const LOOKS: Record<string, Look> = {
  'elena-vasquez': { skin: 1, hair: 'darkBrown', style: 'long', clothes: 2, backdrop: 0 },
  'dmitry-orlov': { skin: 0, hair: 'brown', style: 'short', clothes: 5, backdrop: 1, beard: true },
  'sarah-whitfield': { skin: 0, hair: 'blond', style: 'bob', clothes: 1, backdrop: 2, glasses: true },
  'kwame-mensah': { skin: 5, hair: 'black', style: 'crop', clothes: 3, backdrop: 4 },
  'priya-raman': { skin: 3, hair: 'black', style: 'long', clothes: 6, backdrop: 6 },
  'tomas-lindqvist': { skin: 0, hair: 'blond', style: 'short', clothes: 2, backdrop: 3, glasses: true },
  'marco-bellini': { skin: 1, hair: 'black', style: 'curly', clothes: 0, backdrop: 5, beard: true },
  'anna-kovalenko': { skin: 0, hair: 'auburn', style: 'bun', clothes: 4, backdrop: 7 },
  'james-okafor': { skin: 4, hair: 'black', style: 'receding', clothes: 5, backdrop: 1, glasses: true, beard: true },
  'li-wei': { skin: 1, hair: 'black', style: 'short', clothes: 7, backdrop: 2 },
  'fatima-al-sayed': { skin: 2, hair: 'darkBrown', style: 'bun', clothes: 3, backdrop: 0, glasses: true },
  'oliver-grant': { skin: 0, hair: 'grey', style: 'receding', clothes: 0, backdrop: 4 },
};

function lookFor(slug: string): Look {
  const known = LOOKS[slug];
  if (known) return known;
  let h = 0;
  for (const c of slug) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const r = new Random(mixSeed(h, 0x9047));
  const styles: HairStyle[] = ['short', 'crop', 'long', 'bob', 'bun', 'curly', 'receding'];
  return {
    skin: r.int(0, SKIN.length - 1),
    hair: r.pick(Object.keys(HAIR) as (keyof typeof HAIR)[]),
    style: r.pick(styles),
    clothes: r.int(0, CLOTHES.length - 1),
    backdrop: r.int(0, BACKDROPS.length - 1),
    glasses: r.chance(0.3),
  };
}

/** A colour `amount` (−1…1) darker (negative) or lighter. */
function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) =>
    Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(n >> 16)}${channel((n >> 8) & 0xff)}${channel(n & 0xff)}`;
}

/** Hair drawn behind the head (long hair, a bun). */
function hairBack(style: HairStyle, c: string): string {
  if (style === 'long')
    return `<path d="M198 300 C190 170 250 128 320 128 C390 128 450 170 442 300 L452 520 C400 548 240 548 188 520 Z" fill="${c}"/>`;
  if (style === 'bun') return `<circle cx="320" cy="132" r="52" fill="${c}"/>`;
  if (style === 'bob')
    return `<path d="M206 300 C196 168 252 130 320 130 C388 130 444 168 434 300 L438 380 C400 398 240 398 202 380 Z" fill="${c}"/>`;
  return '';
}

/** Hair drawn over the top of the head. */
function hairFront(style: HairStyle, c: string): string {
  switch (style) {
    case 'short':
      return `<path d="M214 262 C206 170 262 150 320 150 C382 150 436 172 426 262 C414 222 392 204 350 200 C300 196 250 206 214 262 Z" fill="${c}"/>`;
    case 'crop':
      return `<path d="M220 236 C224 176 270 156 320 156 C372 156 416 176 420 236 C394 204 356 196 320 196 C284 196 246 204 220 236 Z" fill="${c}"/>`;
    case 'curly': {
      let out = '';
      for (let i = 0; i < 9; i++) {
        const a = Math.PI * (1.05 + (0.9 * i) / 8);
        out += `<circle cx="${(320 + Math.cos(a) * 104).toFixed(1)}" cy="${(250 + Math.sin(a) * 96).toFixed(1)}" r="36" fill="${c}"/>`;
      }
      return out;
    }
    case 'receding':
      return `<path d="M212 290 C208 240 220 214 236 206 C230 240 232 262 226 300 Z M428 290 C432 240 420 214 404 206 C410 240 408 262 414 300 Z" fill="${c}"/>`;
    case 'long':
    case 'bob':
    case 'bun':
      return `<path d="M214 270 C206 172 262 146 320 146 C380 146 436 172 426 270 C402 214 372 196 330 192 C300 214 256 226 214 270 Z" fill="${c}"/>`;
  }
}

/** The SVG of `slug`'s portrait (exported for tests and previews). */
export function portraitSvg(slug: string): string {
  const look = lookFor(slug);
  const skin = SKIN[look.skin];
  const skinShadow = shade(skin, -0.14);
  const hair = HAIR[look.hair];
  const clothes = CLOTHES[look.clothes];
  const backdrop = BACKDROPS[look.backdrop];
  const ink = '#2a1d17';
  const beard = look.beard
    ? `<path d="M230 300 C232 380 270 418 320 420 C370 418 408 380 410 300 C398 350 370 372 320 372 C270 372 242 350 230 300 Z" fill="${hair}" opacity="0.9"/>`
    : '';
  const glasses = look.glasses
    ? `<g fill="none" stroke="${ink}" stroke-width="6"><circle cx="280" cy="296" r="30"/><circle cx="360" cy="296" r="30"/><path d="M310 294 Q320 286 330 294 M250 292 L226 284 M390 292 L414 284"/></g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">
<rect width="${S}" height="${S}" fill="${backdrop}"/>
<circle cx="320" cy="300" r="250" fill="${shade(backdrop, -0.06)}"/>
${hairBack(look.style, hair)}
<path d="M84 ${S} C90 520 190 470 320 470 C450 470 550 520 556 ${S} Z" fill="${clothes}"/>
<path d="M272 376 L368 376 L372 478 C350 500 290 500 268 478 Z" fill="${skinShadow}"/>
<path d="M262 470 L320 540 L378 470 Z" fill="${shade(clothes, 0.72)}"/>
<path d="M262 470 L320 520 L378 470 L360 462 L320 496 L280 462 Z" fill="${skinShadow}"/>
<ellipse cx="214" cy="300" rx="20" ry="32" fill="${skinShadow}"/>
<ellipse cx="426" cy="300" rx="20" ry="32" fill="${skinShadow}"/>
<ellipse cx="320" cy="284" rx="108" ry="134" fill="${skin}"/>
${beard}
${hairFront(look.style, hair)}
<path d="M256 262 Q280 250 302 260 M338 260 Q360 250 384 262" stroke="${shade(hair, -0.2)}" stroke-width="8" stroke-linecap="round" fill="none"/>
<ellipse cx="280" cy="298" rx="10" ry="12" fill="${ink}"/>
<ellipse cx="360" cy="298" rx="10" ry="12" fill="${ink}"/>
<path d="M320 304 Q312 336 322 346" stroke="${shade(skin, -0.28)}" stroke-width="6" stroke-linecap="round" fill="none"/>
<path d="M288 372 Q320 394 352 372" stroke="${look.beard ? shade(hair, -0.4) : '#8c3b3b'}" stroke-width="7" stroke-linecap="round" fill="none"/>
${glasses}
</svg>`;
}

function fileFor(dir: string, file: string, width: number): string {
  return path.join(dir, `${file}-${width}.webp`);
}

/** The media-library fields of an author's portrait (the files are written by generatePortraits). */
export function portraitImage(author: { slug: string; name: string }): SeedImage {
  return {
    file: `portrait-${VERSION}-${author.slug}`,
    mime: 'image/webp',
    width: S,
    height: S,
    variants: [...PORTRAIT_VARIANTS],
    alt: `Illustrated portrait of ${author.name}`,
    caption: `Illustrated portrait of ${author.name}.`,
    credit: 'Illustration: Meridian',
  };
}

/** Writes each author's portrait into `dir` (skipping files that exist); returns them in order. */
export async function generatePortraits(opts: {
  dir: string;
  authors: { slug: string; name: string }[];
}): Promise<SeedImage[]> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const images: SeedImage[] = [];
  for (const author of opts.authors) {
    const image = portraitImage(author);
    images.push(image);
    const missing = image.variants.filter((w) => !fs.existsSync(fileFor(opts.dir, image.file, w)));
    if (missing.length === 0) continue;
    const png = await sharp(Buffer.from(portraitSvg(author.slug)))
      .resize(S, S)
      .removeAlpha()
      .png()
      .toBuffer();
    for (const width of missing) {
      const target = fileFor(opts.dir, image.file, width);
      const tmp = `${target}.${process.pid}.tmp`;
      await sharp(png).resize(width, width).webp({ quality: 82, effort: 2 }).toFile(tmp);
      fs.renameSync(tmp, target);
    }
  }
  return images;
}

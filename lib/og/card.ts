/**
 * The share card's pure parts, shared by the drawing (components/og/ShareImage.tsx) and the
 * renderer (lib/og/render.ts): colours, the fonts satori is given, which text they can draw,
 * and headline sizing. No JSX here: lib does not depend on UI.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const BRAND_RED = '#b3122b';
export const DARK = '#141414';

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

export const FONT_FAMILY = FONT_SUBSETS.map(({ subset }) => `'Noto Sans ${subset}'`).join(', ');

export type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fontsPromise: Promise<SatoriFont[]> | null = null;

export function loadFonts(): Promise<SatoriFont[]> {
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
// Sizing.

/** Longest headline handed to the layout (it shows at most four lines anyway). */
export const MAX_TITLE_CHARS = 240;

export function headlineSize(length: number): number {
  if (length <= 45) return 76;
  if (length <= 90) return 64;
  return 56;
}

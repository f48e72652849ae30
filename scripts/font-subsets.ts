/**
 * The font subsets the site serves, committed in components/fonts/ (`npm run fonts:subset` writes
 * them; tests/unit/fonts.test.ts fails when one is no longer what this makes from the installed
 * fontsource file). Today one: the Arabic edition's serif, Noto Naskh Arabic cut down to the
 * letters a news desk types.
 *
 * Fontsource's "arabic" file (95 KB) also carries the Arabic Supplement and Extended blocks (for
 * African and Asian languages) and the presentation forms (legacy code points, which shaping does
 * not need: harfbuzz keeps every glyph the kept letters' shaping reaches). Every preloaded byte
 * delays a slow phone's first picture: Lighthouse's simulated LCP of the Arabic article fell from
 * about 2.35 s to about 2.1 s with the 44 KB file (docs/performance.md). A pasted presentation
 * form is still shown, in the system's Arabic font.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

/** The code points kept: the Arabic block, the joiners and direction marks, hyphens, ornate parentheses. */
export const ARABIC_NEWS_RANGES: readonly (readonly [number, number])[] = [
  [0x0600, 0x06ff],
  [0x200c, 0x200f],
  [0x2010, 0x2011],
  [0xfd3e, 0xfd3f],
];

/** The same ranges as a CSS unicode-range, for the @font-face that serves the file (app/fonts.ts). */
export const arabicNewsUnicodeRange = ARABIC_NEWS_RANGES.map(
  ([from, to]) =>
    `U+${from.toString(16).toUpperCase().padStart(4, '0')}-${to.toString(16).toUpperCase().padStart(4, '0')}`,
).join(',');

export const ARABIC_SOURCE =
  'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2';
export const ARABIC_OUTPUT = 'components/fonts/noto-naskh-arabic-arabic-wght-normal.woff2';

/** The subset's bytes, made from the installed fontsource file (deterministic: same input, same bytes). */
export async function arabicNewsSubset(root = process.cwd()): Promise<Buffer> {
  let text = '';
  for (const [from, to] of ARABIC_NEWS_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  return subsetFont(fs.readFileSync(path.join(root, ARABIC_SOURCE)), text, { targetFormat: 'woff2' });
}

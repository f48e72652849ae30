/**
 * The committed font subsets (components/fonts/) are what scripts/font-subsets.ts makes from the
 * installed fontsource files, and app/fonts.ts serves each with the ranges it was cut to.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ARABIC_OUTPUT, arabicNewsSubset, arabicNewsUnicodeRange } from '@/scripts/font-subsets';

it('the Arabic serif in components/fonts is the subset of the installed fontsource file (run `npm run fonts:subset` after an upgrade)', async () => {
  const made = await arabicNewsSubset();
  const committed = fs.readFileSync(ARABIC_OUTPUT);
  assert.ok(made.length < 50_000, `the subset is ${made.length} bytes`);
  assert.ok(made.equals(committed), `${ARABIC_OUTPUT} differs from what the script makes`);
});

it('app/fonts.ts declares the Arabic serif over the ranges it was cut to, from the committed file', () => {
  const source = fs.readFileSync('app/fonts.ts', 'utf8');
  const arabic = source.slice(source.indexOf('export const houseSerifArabic'));
  assert.match(arabic, new RegExp(`src: '\\.\\./${ARABIC_OUTPUT.replace(/[.]/g, '\\.')}'`));
  assert.ok(arabic.includes(`value: '${arabicNewsUnicodeRange}'`), arabicNewsUnicodeRange);
});

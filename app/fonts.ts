import localFont from 'next/font/local';

/* The house type pair, self-hosted from @fontsource-variable (OFL): one variable file per family
   covers every weight, so a page preloads exactly two files (~51 KB serif + ~29 KB sans, latin
   subset). Next fingerprints them (immutable URLs) and writes metric-matched fallback faces from
   Times New Roman and Arial. `display: 'optional'`: with the preload Chromium holds the first paint
   briefly for them, and if they are late the adjusted fallback stays for that view, so a font can
   never move text after it is painted (CLS 0 on any network; BBC's choice for Reith).
   No italic files: the design uses none (quotes are upright; <em> gets the browser's slant). */
// fontsource's latin unicode-range (literals: next/font reads these at build time): text outside it
// never waits for these files.
export const houseSerif = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'optional',
  variable: '--font-house-serif',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});
export const houseSans = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'optional',
  variable: '--font-house-sans',
  adjustFontFallback: 'Arial',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

/** The class names that bring the house fonts' CSS variables onto <html>. */
export const fontClasses = `${houseSerif.variable} ${houseSans.variable}`;

/* The other editions' scripts (issue 20): one more file per family and script, each with the
   fontsource unicode-range as a declaration, so a browser fetches it only for a page that has text
   in that script. `preload: false`, or Next would preload them on every edition's pages: the
   edition's layout preloads its own script's files (lib/font-preloads.ts). The edition switcher's names use the system
   font, so an English page never fetches them. Arabic: Noto Naskh Arabic for headlines and body
   (the serif's role); the interface's Arabic is the system's sans (every phone and desktop OS
   ships one: Noto Sans Arabic on Android, SF Arabic on iOS and macOS, Segoe UI on Windows).
   Self-hosting Noto Sans Arabic as well cost 166 KB and about ten Lighthouse points on a slow
   phone (2026-12-07), more than a second face of the same script is worth. They carry no fallback list of their own:
   app/globals.css puts each before the house pair (html[data-script]), so Latin letters and digits
   on those pages keep the house fonts and a late file falls back to the metric-matched faces. */
export const houseSerifCyrillic = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-cyrillic-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'optional',
  preload: false,
  variable: '--font-house-serif-cyrillic',
  adjustFontFallback: false,
  fallback: [],
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
});
export const houseSansCyrillic = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-cyrillic-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'optional',
  preload: false,
  variable: '--font-house-sans-cyrillic',
  adjustFontFallback: false,
  fallback: [],
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
});
export const houseSerifArabic = localFont({
  // Fontsource's Arabic file cut to the Arabic block (scripts/font-subsets.ts): 44 KB instead of 95,
  // under fontsource's name, which lib/font-preloads.ts finds in the build.
  src: '../components/fonts/noto-naskh-arabic-arabic-wght-normal.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'optional',
  preload: false,
  variable: '--font-house-serif-arabic',
  adjustFontFallback: false,
  fallback: [],
  // scripts/font-subsets.ts's ranges (next/font wants a literal; tests/unit/fonts.test.ts compares).
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF,U+200C-200F,U+2010-2011,U+FD3E-FD3F' }],
});
/** The font variables an edition's pages need: the house pair, and its script's files. */
export function fontClassesFor(script: 'latin' | 'cyrillic' | 'arabic'): string {
  if (script === 'cyrillic') return `${fontClasses} ${houseSerifCyrillic.variable} ${houseSansCyrillic.variable}`;
  if (script === 'arabic') return `${fontClasses} ${houseSerifArabic.variable}`;
  return fontClasses;
}

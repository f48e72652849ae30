import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { SITE } from '@/lib/site';
import { siteUrl } from '@/lib/urls';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE.name} — ${SITE.tagline}`, template: `%s | ${SITE.name}` },
  description: SITE.description,
  applicationName: SITE.name,
  // robots is set per page: public pages index, and Next marks every 404 noindex by itself.
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: SITE.themeColor,
  width: 'device-width',
  initialScale: 1,
};

/* The house type pair, self-hosted from @fontsource-variable (OFL): one variable file per family
   covers every weight, so the page preloads exactly two files (~51 KB serif + ~29 KB sans, latin
   subset). Next fingerprints them (immutable URLs) and writes metric-matched fallback faces from
   Times New Roman and Arial. `display: 'optional'`: with the preload Chromium holds the first paint
   briefly for them, and if they are late the adjusted fallback stays for that view, so a font can
   never move text after it is painted (CLS 0 on any network; BBC's choice for Reith). Cyrillic and
   latin-ext (issue 20): one more localFont call per family and subset, the fontsource file with its
   unicode-range as a declaration (one call takes one unicode-range, and every file in a call is
   preloaded), preloaded only by the edition that needs it, its variable first in --font-serif.
   No italic files: the design uses none (quotes are upright; <em> gets the browser's slant). */
// fontsource's latin unicode-range (literals: next/font reads these at build time): text outside it
// never waits for these files.
const houseSerif = localFont({
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
const houseSans = localFont({
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

// Only the document: the reader site's chrome is in app/(site)/layout.tsx, the newsroom's in app/admin/layout.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={SITE.language} className={`${houseSerif.variable} ${houseSans.variable}`}>
      <body>{children}</body>
    </html>
  );
}

/**
 * The house fonts' files as Next built them, for preloading where Next does not.
 *
 * Next preloads a page's next/font files by looking its page up in the build's font manifest;
 * the routes under a folder named `%5F…` (the reader's 404 `_missing`, later list pages `_list`,
 * the signed-in variants `_reader`) are keyed decoded (`_missing`) but looked up encoded, so
 * they get no preload (Next 16.4.6), and with `display: 'optional'` a late font is skipped for
 * that view. ReaderShell preloads the same files itself; React keeps one <link> per file, so
 * pages that had them are unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';

let files: string[] | null = null;

/** '/_next/static/media/….woff2' for every font file in the build (our two); none when unreadable. */
export function builtFontFiles(): string[] {
  if (files) return files;
  try {
    const manifestPath = path.join(
      process.cwd(),
      process.env.NEXT_DIST_DIR || '.next',
      'server',
      'next-font-manifest.json',
    );
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { app?: Record<string, string[]> };
    files = [...new Set(Object.values(manifest.app ?? {}).flat())]
      .filter((f) => /^static\/media\/[\w.-]+\.woff2$/.test(f))
      .map((f) => `/_next/${f}`)
      // Next's own order (sorted), so a page it did preload is byte for byte the same.
      .sort();
  } catch {
    files = [];
  }
  return files;
}

const scriptFiles = new Map<string, string[]>();

/**
 * '/_next/static/media/….woff2' for the files of an edition's own script (Cyrillic: the serif's and
 * the sans's; Arabic: Naskh), none for Latin. They are declared with `preload: false` (Next would
 * preload them on every edition's pages), so the manifest does not list them: they are found in the
 * build's media folder by the fontsource file they were built from (`…-cyrillic-wght-normal` becomes
 * `…_cyrillic_wght_normal…`). Preloaded on that edition's pages only, so a Russian reader's first
 * page is drawn in the house face rather than the fallback that `display: optional` keeps when a
 * file comes late, and the file's timing no longer depends on when layout discovers it.
 */
export function scriptFontFiles(script: 'latin' | 'cyrillic' | 'arabic'): string[] {
  if (script === 'latin') return [];
  const known = scriptFiles.get(script);
  if (known) return known;
  let found: string[] = [];
  try {
    const media = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'static', 'media');
    found = fs
      .readdirSync(media)
      .filter((name) => name.endsWith('.woff2') && name.includes(`_${script}_wght_normal`))
      .sort()
      .map((name) => `/_next/static/media/${name}`);
  } catch {
    found = [];
  }
  scriptFiles.set(script, found);
  return found;
}

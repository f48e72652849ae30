/**
 * The reader pages' one script (docs/adr/0001), built by scripts/islands.ts into
 * .islands/reader.js when Next builds. It is inlined at the end of the pages that have an island
 * (about 1 KB gzipped): no request of its own, so nothing a phone waits for.
 */
import fs from 'node:fs';
import path from 'node:path';

/** How the islands script element starts (its messages follow); lib/islands/framework.ts looks for it. */
export const ISLANDS_SCRIPT_START = '<script type="module" id="islands"';

/** The attribute every element an island enhances carries (its value names the island). */
export const ISLAND_ATTRIBUTE = 'data-island';

let known: { mtimeMs: number; code: string } | undefined;

/** The bundle's code, read once per process (again in development whenever it changes). */
export function islandsScript(root = process.cwd()): string {
  if (known && process.env.NODE_ENV === 'production') return known.code;
  const file = path.join(root, '.islands', 'reader.js');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(
      `${file} is missing: next.config.ts builds it whenever Next builds (npm run build) or starts in development`,
    );
  }
  if (known?.mtimeMs !== stat.mtimeMs) known = { mtimeMs: stat.mtimeMs, code: fs.readFileSync(file, 'utf8') };
  return known.code;
}

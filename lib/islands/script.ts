/**
 * Where reader pages load their one script from (docs/adr/0001): public/islands/reader.js, built
 * by scripts/islands.ts when Next builds. The address carries a hash of the file, so browsers and
 * CDNs may keep it for a year (next.config.ts) and a new build is fetched at once.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every reader page's script element starts with this; lib/islands/framework.ts looks for it. */
export const ISLANDS_SCRIPT_START = '<script type="module" src="/islands/reader.js?v=';

let known: { mtimeMs: number; src: string } | undefined;

/** `/islands/reader.js?v=<hash>`, read from the file once per build (again in development whenever it changes). */
export function islandsScriptSrc(root = process.cwd()): string {
  const file = path.join(root, 'public', 'islands', 'reader.js');
  if (known && process.env.NODE_ENV === 'production') return known.src;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(`${file} is missing: next.config.ts builds it whenever Next builds (npm run build) or starts in development`);
  }
  if (known?.mtimeMs !== stat.mtimeMs) {
    const hash = createHash('sha256').update(fs.readFileSync(file)).digest('base64url').slice(0, 12);
    known = { mtimeMs: stat.mtimeMs, src: `/islands/reader.js?v=${hash}` };
  }
  return known.src;
}

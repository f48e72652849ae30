/**
 * Builds the reader pages' one script: components/islands/reader.ts and the enhancers it imports,
 * bundled and minified by esbuild into .islands/reader.js (docs/adr/0001), which
 * lib/islands/script.ts inlines into the pages that have an island. next.config.ts calls
 * `writeIslands` whenever Next builds or starts its dev server, so every `next build` (npm start,
 * the e2e tests, the bench, the crash test) ships the islands of the same sources.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const ISLANDS_ENTRY = 'components/islands/reader.ts';
export const ISLANDS_OUTPUT = '.islands/reader.js';

/** The minified bundle. Module scripts run in every browser that has ES2020, so nothing older is targeted. */
export function bundleIslands(root = process.cwd()): Buffer {
  const out = buildSync({
    absWorkingDir: root,
    entryPoints: [ISLANDS_ENTRY],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const bundle = Buffer.from(out.outputFiles[0].contents);
  // Inlined in a <script> element, which these would end or confuse.
  if (/<\/script|<!--/i.test(bundle.toString('utf8')))
    throw new Error(`${ISLANDS_ENTRY}: the bundle holds "</script" or "<!--", which cannot be inlined`);
  return bundle;
}

/**
 * Writes the bundle when it changed. Next loads its configuration in several processes during a
 * build, so the file is replaced by a rename: no process ever reads half of it.
 */
export function writeIslands(root = process.cwd()): { file: string; bytes: number; changed: boolean } {
  const file = path.join(root, ISLANDS_OUTPUT);
  const bundle = bundleIslands(root);
  const current = fs.existsSync(file) ? fs.readFileSync(file) : null;
  if (current?.equals(bundle)) return { file, bytes: bundle.length, changed: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${createHash('sha1').update(bundle).digest('hex').slice(0, 8)}.tmp`;
  fs.writeFileSync(temporary, bundle);
  fs.renameSync(temporary, file);
  return { file, bytes: bundle.length, changed: true };
}

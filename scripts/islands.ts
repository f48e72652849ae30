/**
 * Builds the reader pages' one script: components/islands/reader.ts and the enhancers it imports,
 * bundled and minified by esbuild into .islands/reader.js (docs/adr/0001), which
 * lib/islands/script.ts inlines into the pages that have an island. next.config.ts calls
 * `writeIslands` whenever Next builds or starts its dev server, so every `next build` (npm start,
 * the e2e tests, the bench, the crash test) ships the islands of the same sources.
 *
 * Code that only some pages need, and only once the reader reaches for it (the players, the
 * gallery's lightbox, hls.js), is not inlined: it is built into .islands/chunks/ under a name with
 * its content's hash, served by app/assets/islands/[file] as an immutable file from our own origin
 * (the CSP's script-src 'self'), and the inline script imports it on the reader's first gesture
 * (components/media/media.island.ts). Every page with an island carries the inline script, so a
 * byte there is paid on every article; a chunk is paid only where it is used.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const ISLANDS_ENTRY = 'components/islands/reader.ts';
export const ISLANDS_OUTPUT = '.islands/reader.js';
/** Where the chunks are written, and the URL path they are served under. */
export const CHUNKS_DIR = '.islands/chunks';
export const CHUNKS_URL = '/assets/islands/';
/** Chunks built from our own sources (the lazily loaded islands), by name. */
export const ISLAND_CHUNK_ENTRIES = {
  player: 'components/media/Player.island.ts',
  gallery: 'components/media/Gallery.island.ts',
  bookmark: 'components/article/BookmarkButton.island.ts',
} as const;
/** hls.js, light build (no EME, subtitles or alternate audio, which the HLS ladder does not use), as an ES module. */
export const HLS_SOURCE = 'node_modules/hls.js/dist/hls.light.min.mjs';
/** Chunks no build has written for this long are removed: no cached page can still name them (ISR keeps a week). */
const CHUNK_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export interface IslandChunk {
  /** File name under CHUNKS_DIR, e.g. `player-0123456789.js`. */
  name: string;
  /** Where its code comes from (a source file of ours, or a library's file). */
  source: string;
  code: Buffer;
}

const hashOf = (code: Buffer) => createHash('sha256').update(code).digest('hex').slice(0, 10);

function build(root: string, entry: string, define: Record<string, string>): Buffer {
  const out = buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    logLevel: 'silent',
    define,
    // The chunks are loaded by URL at run time, never bundled into the script that names them.
    external: [`${CHUNKS_URL}*`],
  });
  return Buffer.from(out.outputFiles[0].contents);
}

/** The inline script and the chunks it may load, built from the sources. */
export function bundleAll(root = process.cwd()): { reader: Buffer; chunks: IslandChunk[] } {
  // The library's own file, without its source map comment (the map is not served).
  const hlsCode = Buffer.from(
    fs.readFileSync(path.join(root, HLS_SOURCE), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
  );
  const hls: IslandChunk = { name: `hls.light-${hashOf(hlsCode)}.mjs`, source: HLS_SOURCE, code: hlsCode };
  const urls: Record<string, string> = { __HLS_CHUNK__: JSON.stringify(CHUNKS_URL + hls.name) };
  const chunks: IslandChunk[] = [hls];
  for (const [name, entry] of Object.entries(ISLAND_CHUNK_ENTRIES)) {
    const code = build(root, entry, urls);
    const chunk = { name: `${name}-${hashOf(code)}.js`, source: entry, code };
    chunks.push(chunk);
    urls[`__${name.toUpperCase()}_CHUNK__`] = JSON.stringify(CHUNKS_URL + chunk.name);
  }
  const reader = build(root, ISLANDS_ENTRY, urls);
  // Inlined in a <script> element, which these would end or confuse.
  if (/<\/script|<!--/i.test(reader.toString('utf8')))
    throw new Error(`${ISLANDS_ENTRY}: the bundle holds "</script" or "<!--", which cannot be inlined`);
  return { reader, chunks };
}

/** The minified inline bundle. Module scripts run in every browser that has ES2020, so nothing older is targeted. */
export function bundleIslands(root = process.cwd()): Buffer {
  return bundleAll(root).reader;
}

/** Replaces `file` by a rename when its content differs: no process ever reads half of it. */
function writeIfChanged(file: string, data: Buffer): boolean {
  const current = fs.existsSync(file) ? fs.readFileSync(file) : null;
  if (current?.equals(data)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${hashOf(data).slice(0, 8)}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
  return true;
}

/**
 * Writes the bundle and the chunks when they changed (the server compresses them as it does every
 * file: a copy gzipped here was gzipped again by Next). Next loads its configuration in several processes
 * during a build, so files are replaced by a rename. Chunks of earlier builds are kept for
 * CHUNK_MAX_AGE_MS, since pages cached before a deploy still name them.
 */
export function writeIslands(root = process.cwd()): { file: string; bytes: number; changed: boolean } {
  const file = path.join(root, ISLANDS_OUTPUT);
  const { reader, chunks } = bundleAll(root);
  const dir = path.join(root, CHUNKS_DIR);
  const now = new Date();
  for (const chunk of chunks) {
    const target = path.join(dir, chunk.name);
    if (!writeIfChanged(target, chunk.code)) fs.utimesSync(target, now, now);
  }
  for (const name of fs.readdirSync(dir)) {
    const stale = path.join(dir, name);
    if (Date.now() - fs.statSync(stale).mtimeMs > CHUNK_MAX_AGE_MS) fs.rmSync(stale, { force: true });
  }
  const changed = writeIfChanged(file, reader);
  return { file, bytes: reader.length, changed };
}

/**
 * The islands' chunks (scripts/islands.ts writes them into .islands/chunks/): code a reader page
 * loads only when the reader reaches for it (the players, the lightbox, hls.js). Each name holds
 * its content's hash, so an answer never changes and is cached for a year. Compression is the
 * server's, as for every file (Next's, and nginx's in front, which keeps the result).
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** The names scripts/islands.ts writes: `player-0123456789.js`, `hls.light-0123456789.mjs`. */
export const CHUNK_NAME = /^[a-z][a-z.]{0,30}-[0-9a-f]{10}\.m?js$/;

/** The answer for `/assets/islands/{name}`, or null when there is no such chunk. */
export async function islandChunkResponse(name: string, root = process.cwd()): Promise<Response | null> {
  if (!CHUNK_NAME.test(name)) return null;
  let body: Buffer;
  try {
    body = await fs.readFile(path.join(root, '.islands', 'chunks', name));
  } catch {
    return null;
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': String(body.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

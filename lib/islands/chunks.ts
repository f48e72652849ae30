/**
 * The islands' chunks (scripts/islands.ts writes them into .islands/chunks/): code a reader page
 * loads only when the reader reaches for it (the players, the lightbox, hls.js). Each name holds
 * its content's hash, so an answer never changes and is cached for a year; each is stored gzipped
 * beside it, so nothing is compressed per request.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { acceptsGzip } from '@/lib/islands/respond';

/** The names scripts/islands.ts writes: `player-0123456789.js`, `hls.light-0123456789.mjs`. */
export const CHUNK_NAME = /^[a-z][a-z.]{0,30}-[0-9a-f]{10}\.m?js$/;

/** The answer for `/assets/islands/{name}`, or null when there is no such chunk. */
export async function islandChunkResponse(
  name: string,
  acceptEncoding: string | null,
  root = process.cwd(),
): Promise<Response | null> {
  if (!CHUNK_NAME.test(name)) return null;
  const file = path.join(root, '.islands', 'chunks', name);
  const gzip = acceptsGzip(acceptEncoding ?? undefined);
  let body: Buffer;
  try {
    body = await fs.readFile(gzip ? `${file}.gz` : file);
  } catch {
    return null;
  }
  const headers: Record<string, string> = {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  return new Response(new Uint8Array(body), { headers });
}

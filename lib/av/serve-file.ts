/**
 * Serves the stored files of video, audio and document items (`/media/av/{key}/{file}`): streamed
 * from disk, never read whole into memory; one byte range at a time (206) so players can seek;
 * cached for a year (a changed file gets a new name). The upload (`original.*`) is never served,
 * nor any name without a type we know.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import parseRange from 'range-parser';
import { storedFileInfo } from '@/db/queries/av';
import { notFoundResponse } from '@/lib/http';
import { avPath } from './storage';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Types by extension of what the pipeline writes; anything else is not served. */
const TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  m3u8: 'application/vnd.apple.mpegurl',
  ts: 'video/mp2t',
  vtt: 'text/vtt; charset=utf-8',
};

/** Types a browser could run as a page or script if it ignored the attachment: sent as plain bytes. */
const ACTIVE_TYPES =
  /^(text\/html|application\/xhtml|image\/svg|text\/xml|application\/xml|text\/javascript|application\/javascript)/i;

/** The type of a public file name (`720.mp4`, `hls/720/seg-00001.ts`, `audio.webm`…), or null when it is not served. */
export function typeOfName(segments: string[]): string | null {
  const name = segments[segments.length - 1] ?? '';
  if (segments[0]?.startsWith('original')) return null;
  const ext = /\.([a-z0-9]+)$/.exec(name)?.[1];
  if (!ext || !TYPES[ext]) return null;
  if (ext === 'webm' && name.startsWith('audio')) return 'audio/webm';
  return TYPES[ext];
}

/** What to answer a `Range` header with, for a file of `size` bytes. */
export type RangeAnswer =
  { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One satisfiable byte range is answered with it (206); a range past the end with 416; no range,
 * a malformed one, another unit or several ranges with the whole file (200), as RFC 9110 allows.
 */
export function rangeFor(header: string | null | undefined, size: number): RangeAnswer {
  if (!header) return { kind: 'whole' };
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -1) return { kind: 'unsatisfiable' };
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return { kind: 'whole' };
  return { kind: 'partial', start: ranges[0].start, end: ranges[0].end };
}

/** `Content-Disposition: attachment` with the uploader's file name: an ASCII fallback and the exact name (RFC 6266). */
export function attachmentDisposition(name: string, fallback: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim() || fallback;
  const ascii =
    clean
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["%]/g, '_')
      .trim() || fallback;
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The type and extra headers of a stored document (`document.pdf`…): from the database, as its bytes said at upload. */
function documentHeaders(key: string, name: string): { type: string; disposition: string } | null {
  const info = storedFileInfo(key);
  const stored = info?.kind === 'file' ? info.files.find((f) => f.file === name) : undefined;
  if (!info || !stored) return null;
  const type = ACTIVE_TYPES.test(stored.mime) ? 'application/octet-stream' : stored.mime;
  return { type, disposition: attachmentDisposition(info.originalName, name) };
}

/** What to answer for a stored file: the status, headers and, for a body, the file's byte span. */
export type AvAnswer =
  | { status: 404 }
  | {
      status: 200 | 206 | 416;
      headers: Record<string, string>;
      body: { file: string; start: number; end: number } | null;
    };

/**
 * The answer to GET or HEAD of `/media/av/{key}/{...segments}`, decided without sending anything:
 * the route handler (`next dev`) and scripts/serve.ts (production, straight from disk to the
 * socket) write the same answer.
 */
export async function planAvAnswer(
  method: string,
  key: string,
  segments: string[],
  header: (name: 'range' | 'if-range') => string | null,
): Promise<AvAnswer> {
  const file = avPath(key, segments);
  if (!file) return { status: 404 };
  const name = segments.join('/');
  let type: string | null;
  const headers: Record<string, string> = {};
  if (segments.length === 1 && /^document\.[a-z0-9]{1,8}$/.test(name)) {
    const doc = documentHeaders(key, name);
    if (!doc) return { status: 404 };
    type = doc.type;
    headers['Content-Disposition'] = doc.disposition;
  } else type = typeOfName(segments);
  if (!type) return { status: 404 };

  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return { status: 404 };
    size = stat.size;
  } catch {
    return { status: 404 };
  }
  Object.assign(headers, {
    'Content-Type': type,
    'Accept-Ranges': 'bytes',
    'Cache-Control': IMMUTABLE,
    'X-Content-Type-Options': 'nosniff',
  });
  // If-Range names a version we could not check (we send no validators): the whole file, then.
  const range = header('if-range') !== null ? { kind: 'whole' as const } : rangeFor(header('range'), size);
  if (range.kind === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${size}`, 'Cache-Control': 'no-store' },
      body: null,
    };
  }
  const start = range.kind === 'partial' ? range.start : 0;
  const end = range.kind === 'partial' ? range.end : size - 1;
  const length = size === 0 ? 0 : end - start + 1;
  headers['Content-Length'] = String(length);
  if (range.kind === 'partial') {
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    // A part's byte offsets hold only for the bytes as stored: no compression on the way out.
    headers['Cache-Control'] = `${IMMUTABLE}, no-transform`;
  }
  const status = range.kind === 'partial' ? 206 : 200;
  const body = method === 'HEAD' || length === 0 ? null : { file, start, end };
  return { status, headers, body };
}

/** Read in 256 KB pieces: the stream pauses while the client is slow and is destroyed when it goes. */
const READ = { highWaterMark: 256 * 1024 };

/** The route handler's answer (app/media/av; `next dev`, and production when scripts/serve.ts is not in front). */
export async function serveAvFile(request: Request, key: string, segments: string[]): Promise<Response> {
  const answer = await planAvAnswer(request.method, key, segments, (name) => request.headers.get(name));
  if (answer.status === 404) return notFoundResponse();
  const { status, headers, body } = answer;
  if (!body) return new Response(null, { status, headers });
  const stream = fs.createReadStream(body.file, { ...READ, start: body.start, end: body.end });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}

/** The path of a media file request (`/media/av/{key}/{…}`), split, or null for any other path. */
export function avRequestPath(path: string): { key: string; segments: string[] } | null {
  if (!path.startsWith('/media/av/')) return null;
  const [key, ...segments] = path.slice('/media/av/'.length).split('/');
  return key && segments.length ? { key, segments } : null;
}

/**
 * scripts/serve.ts's answer to GET and HEAD of a media file: from disk to the socket with Node's
 * own streams, without Next's handler or web streams in between (seeking in a video is many
 * small range requests). False when it is not such a request, or the file is unknown (Next
 * answers those, with the site's 404 page).
 */
export async function sendAvFile(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  const target = avRequestPath(path);
  if (!target || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const header = (name: 'range' | 'if-range') => {
    const value = req.headers[name];
    return typeof value === 'string' ? value : null;
  };
  const answer = await planAvAnswer(req.method, target.key, target.segments, header);
  if (answer.status === 404) return false;
  res.writeHead(answer.status, answer.headers);
  if (!answer.body) {
    res.end();
    return true;
  }
  const stream = fs.createReadStream(answer.body.file, { ...READ, start: answer.body.start, end: answer.body.end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
  return true;
}

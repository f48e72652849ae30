/**
 * A signed-in reader's browser asking for an article gets the shared cached page, as every reader
 * does, with that reader's account menu and bookmark spliced in (lib/readers/splice.ts). The
 * page comes from this server's own cache over loopback (about the cost of serving it to anyone)
 * rather than from a render of the whole page for one request.
 */
import { editions } from '@/lib/editions';
import http from 'node:http';
import { isBookmarked } from '@/db/queries/readers';
import { cookieFromHeader } from '@/lib/auth/request';
import { READER_COOKIE } from '@/lib/auth/reader-cookie';
import { readerForToken } from '@/lib/auth/reader-token';
import { withoutFramework } from '@/lib/islands/framework';
import { splicedParts, spliceReader } from '@/lib/readers/splice';
import { lookup, responseKey, type CachedResponse } from '@/lib/response-cache';
import { RESERVED_SECTION_SLUGS } from '@/lib/reserved-paths';
import { selfOrigin } from '@/lib/self-origin';
import { parseArticleSegment } from '@/lib/urls';

// Kept-alive loopback connections to this server; plain node:http and Buffers, because a WHATWG
// fetch of the page (web streams, then decoding and re-encoding 75 KB) cost twice the page itself.
const loopback = new http.Agent({ keepAlive: true, maxSockets: 64 });

type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/**
 * The shared page as the production server keeps it for a second (lib/response-cache.ts) under
 * the key of the loopback request `get` makes: read there, there is no round trip.
 */
function keptSharedPage(path: string): CachedResponse | undefined {
  const key = responseKey(
    { method: 'GET', url: path, headers: { 'accept-encoding': 'identity', host: selfOrigin().host } },
    false,
  );
  return key ? lookup(key) : undefined;
}

function get(path: string, headers: Record<string, string>): Promise<Fetched> {
  const origin = selfOrigin();
  const kept =
    headers.cookie === undefined && headers['accept-encoding'] === 'identity' ? keptSharedPage(path) : undefined;
  if (kept)
    return Promise.resolve({ status: kept.status, headers: kept.headers as http.IncomingHttpHeaders, body: kept.body });
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: origin.hostname.replace(/^\[|\]$/g, ''), port: origin.port, path, headers, agent: loopback },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    // Never longer than a reader would wait: the caller then renders the page whole or fails.
    request.setTimeout(10_000, () => request.destroy(new Error(`loopback GET ${path} timed out`)));
  });
}

/** A shared page as anonymous readers get it, uncompressed: the kept copy, or over loopback. */
export function sharedPage(path: string): Promise<Fetched> {
  return get(path, { 'accept-encoding': 'identity' });
}

const PRIVATE = 'private, no-store';

/** An article address `/{section}/{id}-{slug}` (next.config.ts's rewrite to app/_signed-in). */
const ARTICLE_PATH = /^\/([^/.?]+)\/([0-9][^/?]*)(\?.*)?$/;

/**
 * For scripts/serve.ts, before Next routes the request: a signed-in reader's document request
 * for an article whose shared page the server keeps (lib/response-cache.ts), answered with the
 * same bytes app/_signed-in would give, without Next's routing, the route handler and the
 * loopback read. Null whenever anything is not the common case (no kept page, an ended session,
 * an unexpected page): Next then answers through app/_signed-in as before.
 */
export function signedInArticleFromKept(
  url: string,
  cookieHeader: string,
): { status: number; headers: Record<string, string>; body: Buffer[] } | null {
  const match = ARTICLE_PATH.exec(url);
  if (!match || RESERVED_SECTION_SLUGS.has(match[1]) || !parseArticleSegment(match[2])) return null;
  const token = cookieFromHeader(cookieHeader, READER_COOKIE);
  if (!token) return null;
  // The address as app/_signed-in/…/route.ts spells it from its decoded parameters.
  let path: string;
  try {
    path = `/${encodeURIComponent(decodeURIComponent(match[1]))}/${encodeURIComponent(decodeURIComponent(match[2]))}${match[3] ?? ''}`;
  } catch {
    return null;
  }
  const shared = keptSharedPage(path);
  if (!shared || !String(shared.headers['content-type'] ?? '').startsWith('text/html')) return null;
  const reader = readerForToken(token);
  if (!reader) return null;
  const id = parseArticleSegment(match[2])!.id;
  const spliced = splicedParts(shared.body, reader, {
    id,
    path: path.split('?')[0],
    saved: isBookmarked(reader.id, id),
  });
  if (!spliced) return null;
  return {
    status: shared.status,
    headers: { 'content-type': String(shared.headers['content-type']), 'cache-control': PRIVATE },
    body: spliced,
  };
}

function answer(body: Buffer, status: number, headers: http.IncomingHttpHeaders): Response {
  const out = new Headers({ 'Cache-Control': PRIVATE });
  for (const name of ['content-type', 'location']) {
    const value = headers[name];
    if (typeof value === 'string') out.set(name, value);
  }
  return new Response(
    status === 204 || status === 304
      ? null
      : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength),
    { status, headers: out },
  );
}

/**
 * The address of a reader page's per-request variant (app/[edition]/(account)/_reader): `/_reader/…`
 * for the default edition's `/…`, `/ru/_reader/…` for `/ru/…`.
 */
export function readerVariantPath(path: string): string {
  const code = editions.prefixed.find(
    (c) => path === `/${c}` || path.startsWith(`/${c}/`) || path.startsWith(`/${c}?`),
  );
  return code ? `/${code}/_reader${path.slice(code.length + 1)}` : `/_reader${path}`;
}

/** The page rendered whole for this reader (app/[edition]/(account)/_reader), when splicing cannot be done. */
async function renderedWhole(path: string, cookie: string): Promise<Response> {
  const whole = await get(readerVariantPath(path), { cookie, 'accept-encoding': 'identity' });
  return answer(whole.body, whole.status, whole.headers);
}

/**
 * The article page at `/{section}/{segment}` (`path`, with its query) for the reader of this
 * request. `reader` null (a cookie whose session has ended) gets the shared page as it is, kept
 * out of shared caches; so do redirects to the canonical address and errors.
 */
export async function serveArticleToReader(
  path: string,
  segment: string,
  cookie: string,
  reader: { id: number; name: string } | null,
): Promise<Response> {
  let shared: Fetched;
  try {
    shared = await get(path, { 'accept-encoding': 'identity' });
  } catch (error) {
    console.warn(`signed-in article ${path}: the shared page could not be fetched, rendering it whole`, error);
    return renderedWhole(path, cookie);
  }
  const isHtml = (shared.headers['content-type'] ?? '').startsWith('text/html');
  // The production server already sent it without the framework; `next dev` did not.
  if (isHtml) shared.body = withoutFramework(shared.body) ?? shared.body;
  if (!reader || !isHtml || (shared.status !== 200 && shared.status !== 404))
    return answer(shared.body, shared.status, shared.headers);
  const ref = parseArticleSegment(segment);
  const article =
    shared.status === 200 && ref
      ? { id: ref.id, path: path.split('?')[0], saved: isBookmarked(reader.id, ref.id) }
      : undefined;
  const spliced = spliceReader(shared.body, reader, article);
  if (spliced !== null) return answer(spliced, shared.status, shared.headers);
  console.warn(`signed-in article ${path}: the shared page lacks the anonymous markup expected, rendering it whole`);
  return renderedWhole(path, cookie);
}

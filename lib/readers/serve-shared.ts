/**
 * A signed-in reader's browser asking for an article gets the shared cached page, as every reader
 * does, with that reader's account menu and bookmark spliced in (lib/readers/splice.ts). The
 * page comes from this server's own cache over loopback (about the cost of serving it to anyone)
 * rather than from a render of the whole page for one request.
 */
import http from 'node:http';
import { isBookmarked } from '@/db/queries/readers';
import { spliceReader } from '@/lib/readers/splice';
import { parseArticleSegment } from '@/lib/urls';

/** Where this server listens: scripts/serve.ts says so; `next start` records it for its own workers. */
function ownOrigin(): URL {
  return new URL(process.env.SELF_ORIGIN || process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`);
}

// Kept-alive loopback connections to this server; plain node:http and Buffers, because a WHATWG
// fetch of the page (web streams, then decoding and re-encoding 75 KB) cost twice the page itself.
const loopback = new http.Agent({ keepAlive: true, maxSockets: 64 });

type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(path: string, headers: Record<string, string>): Promise<Fetched> {
  const origin = ownOrigin();
  return new Promise((resolve, reject) => {
    const request = http.get({ host: origin.hostname.replace(/^\[|\]$/g, ''), port: origin.port, path, headers, agent: loopback }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    // Never longer than a reader would wait: the caller then renders the page whole or fails.
    request.setTimeout(10_000, () => request.destroy(new Error(`loopback GET ${path} timed out`)));
  });
}

const PRIVATE = 'private, no-store';

function answer(body: Buffer, status: number, headers: http.IncomingHttpHeaders): Response {
  const out = new Headers({ 'Cache-Control': PRIVATE });
  for (const name of ['content-type', 'location']) {
    const value = headers[name];
    if (typeof value === 'string') out.set(name, value);
  }
  return new Response(status === 204 || status === 304 ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { status, headers: out });
}

/** The page rendered whole for this reader (app/(account)/_reader), when splicing cannot be done. */
async function renderedWhole(path: string, cookie: string): Promise<Response> {
  const whole = await get(`/_reader${path}`, { cookie, 'accept-encoding': 'identity' });
  return answer(whole.body, whole.status, whole.headers);
}

/**
 * The article page at `/{section}/{segment}` (`path`, with its query) for the reader of this
 * request. `reader` null (a cookie whose session has ended) gets the shared page as it is, kept
 * out of shared caches; so do redirects to the canonical address and errors.
 */
export async function serveArticleToReader(path: string, segment: string, cookie: string, reader: { id: number; name: string } | null): Promise<Response> {
  let shared: Fetched;
  try {
    shared = await get(path, { 'accept-encoding': 'identity' });
  } catch (error) {
    console.warn(`signed-in article ${path}: the shared page could not be fetched, rendering it whole`, error);
    return renderedWhole(path, cookie);
  }
  const isHtml = (shared.headers['content-type'] ?? '').startsWith('text/html');
  if (!reader || !isHtml || (shared.status !== 200 && shared.status !== 404)) return answer(shared.body, shared.status, shared.headers);
  const ref = parseArticleSegment(segment);
  const article = shared.status === 200 && ref ? { id: ref.id, path: path.split('?')[0], saved: isBookmarked(reader.id, ref.id) } : undefined;
  const spliced = spliceReader(shared.body, reader, article);
  if (spliced !== null) return answer(spliced, shared.status, shared.headers);
  console.warn(`signed-in article ${path}: the shared page lacks the anonymous markup expected, rendering it whole`);
  return renderedWhole(path, cookie);
}

/**
 * The production server's side of reader pages without the framework (docs/adr/0001): Next
 * answers a request that may be a page uncompressed, this layer holds the answer until it ends,
 * sends a reader page without Next's scripts (lib/islands/framework.ts), and compresses what
 * Next would have. scripts/serve.ts keeps the result in its response cache, so a hot page is
 * stripped and compressed about once a second, not per request.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { withoutFramework } from '@/lib/islands/framework';

/** Answers past this are passed on as they come, untouched (no page is near it). */
const MAX_HELD_BYTES = 8 * 1024 * 1024;
/** As Next's compression: smaller bodies gain nothing from it. */
const COMPRESS_FROM_BYTES = 1024;
const COMPRESSIBLE =
  /^(text\/|application\/(json|ld\+json|manifest\+json|javascript|xml|rss\+xml|atom\+xml)\b)|\+(xml|json)\b/i;
/** Never pages: Next's files, pictures, share images, the API and the newsroom (which keeps the framework). */
const NOT_PAGES = /^\/(_next|media|og|api|admin)(\/|$)/;

/** Whether the answer to this request may be a reader page (files have a dot in their last segment). */
export function mayBeReaderPage(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return !NOT_PAGES.test(path) && !path.slice(path.lastIndexOf('/')).includes('.');
}

/** Whether an Accept-Encoding header takes gzip (q-values honoured; `*` counts). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of header.toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (coding === 'gzip' || coding === 'x-gzip') gzip = weight;
    else if (coding === '*') any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

function addVary(res: ServerResponse, name: string): void {
  const current = String(res.getHeader('vary') ?? '');
  if (!current.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase() || v.trim() === '*'))
    res.setHeader('Vary', current ? `${current}, ${name}` : name);
}

/**
 * The final body of an answer: without the framework when it is a reader page, gzipped when the
 * client takes it. Sets the headers that change with it.
 */
export function finalBody(res: ServerResponse, body: Buffer, acceptEncoding: string | undefined): Buffer {
  const type = String(res.getHeader('content-type') ?? '');
  if (type.startsWith('text/html') && res.statusCode < 500) body = withoutFramework(body) ?? body;
  if (COMPRESSIBLE.test(type) && !res.getHeader('content-encoding')) {
    addVary(res, 'Accept-Encoding');
    if (body.length >= COMPRESS_FROM_BYTES && acceptsGzip(acceptEncoding)) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
  }
  res.setHeader('Content-Length', body.length);
  return body;
}

type Callback = (error?: Error | null) => void;

/** What a `res.write(chunk, encoding)` call writes, as bytes; null for what is not bytes or text. */
export function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** The document Next writes when it renders an error outside the app's own boundaries. */
const ERROR_SHELL = Buffer.from('<html id="__next_error__"');

/**
 * Next answers notFound() thrown in a page with a 404 whose body is an empty document, the page
 * only in the RSC payload (vercel/next.js#62228): without the framework, or without JavaScript,
 * a blank page. Such an answer gets the body of the reader's not-found page instead.
 */
export function isEmptyNotFound(status: number, contentType: string, body: Buffer): boolean {
  return status === 404 && contentType.startsWith('text/html') && body.subarray(0, 200).includes(ERROR_SHELL);
}

export interface HoldOptions {
  /** The reader's not-found page (app/(site)/_missing), uncompressed, or null when it cannot be had. */
  notFoundPage?: () => Promise<Buffer | null>;
}

/**
 * Asks Next for the request's answer uncompressed and holds it (status, headers, body) until Next
 * ends it, then sends `finalBody`. A HEAD is rendered as a GET, so its Content-Length is the
 * final body's (Node sends no body for a HEAD). Call before Next sees the request, after anything
 * else that wraps `res` (the response cache's collector keeps what this sends).
 */
export function holdForReaderPage(req: IncomingMessage, res: ServerResponse, options: HoldOptions = {}): void {
  const acceptEncoding = req.headers['accept-encoding'];
  delete req.headers['accept-encoding'];
  if (req.method === 'HEAD') req.method = 'GET';
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, callback?: Callback) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  let chunks: Buffer[] | null = [];
  let held = 0;
  const callbacks: Callback[] = [];

  const hold = (chunk: unknown, encoding: unknown): boolean => {
    if (chunk == null || typeof chunk === 'function') return true;
    const buffer = chunkBytes(chunk, encoding);
    if (!buffer || held + buffer.length > MAX_HELD_BYTES) {
      // Too large (or not bytes): let it through as it is, from here on.
      passThrough();
      return write(chunk);
    }
    chunks!.push(Buffer.from(buffer));
    held += buffer.length;
    return true;
  };
  const passThrough = () => {
    const before = chunks;
    chunks = null;
    res.write = write as typeof res.write;
    res.end = end as typeof res.end;
    res.flushHeaders = flushHeaders;
    res.writeHead = writeHead as typeof res.writeHead;
    for (const chunk of before ?? []) write(chunk);
    for (const pending of callbacks.splice(0)) process.nextTick(pending);
  };

  // Headers are written with the final body; until then a writeHead only sets them.
  res.writeHead = function (status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | unknown[] | undefined;
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    else if (headers)
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    return res;
  } as typeof res.writeHead;
  res.flushHeaders = () => {};
  res.write = function (chunk: unknown, ...rest: unknown[]) {
    const callback = rest.find((r) => typeof r === 'function') as Callback | undefined;
    if (callback) callbacks.push(callback);
    return hold(chunk, rest[0]);
  } as typeof res.write;
  res.end = function (...args: unknown[]) {
    const callback = args.find((a) => typeof a === 'function') as Callback | undefined;
    if (chunks === null) return end(...(args as [unknown, Callback]));
    hold(args[0], args[1]);
    if (chunks === null) return end(undefined, callback);
    const body = Buffer.concat(chunks);
    chunks = null;
    res.write = write as typeof res.write;
    res.flushHeaders = flushHeaders;
    res.writeHead = writeHead as typeof res.writeHead;
    res.end = end as typeof res.end;
    const send = (page: Buffer) => {
      const noBody = res.statusCode === 204 || res.statusCode === 304;
      for (const pending of callbacks.splice(0)) process.nextTick(pending);
      return end(noBody ? undefined : finalBody(res, page, acceptEncoding), callback);
    };
    if (!options.notFoundPage || !isEmptyNotFound(res.statusCode, String(res.getHeader('content-type') ?? ''), body))
      return send(body);
    options.notFoundPage().then(
      (page) => send(page ?? body),
      () => send(body),
    );
    return res;
  } as typeof res.end;
}

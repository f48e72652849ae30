/**
 * The production server's in-process response cache (scripts/serve.ts): Next's answers to
 * anonymous readers for shared pages, kept as bytes for a second (then served stale for up to ten
 * while one background request refreshes them) and dropped whenever anything is invalidated
 * (lib/cache.ts calls `forgetResponses`). Replaying them costs a tenth of Next answering from its
 * own cache. Only answers Next marks `public` are kept, which needs the Cache-Control patch
 * (docs/adr/0005-cache-control-patch.md). The rules, and why:
 * docs/adr/0003-in-process-response-cache.md.
 *
 * The state lives on `globalThis`: the server script and Next's compiled server code load this
 * file as two modules in one process.
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

export const TTL_MS = 1000;
export const STALE_MS = 10_000;
/** A refresh that has not answered in this long may be tried again. */
const REFRESH_RETRY_MS = 5000;
const MAX_ENTRIES = 1000;
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** What a background refresh asks again: the request that was answered, in the key's terms. */
export interface KeptRequest {
  url: string;
  host: string;
  acceptEncoding?: string;
  https: boolean;
}

export interface CachedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  expires: number;
}

interface Entry extends CachedResponse {
  request: KeptRequest;
  /** When a background refresh was started, if one is running. */
  refreshing?: number;
}

interface State {
  generation: number;
  entries: Map<string, Entry>;
  /** Asks Next again for a kept request (the production server registers it). */
  refresh?: (request: KeptRequest) => void;
}

const STATE = Symbol.for('meridian.response-cache');

function state(): State {
  const g = globalThis as typeof globalThis & { [STATE]?: State };
  return (g[STATE] ??= { generation: 0, entries: new Map() });
}

/** Drops every kept answer (every invalidation of reader pages calls this). */
export function forgetResponses(): void {
  const s = state();
  s.generation++;
  s.entries.clear();
}

/** The current generation: taken when a request starts. */
export function generation(): number {
  return state().generation;
}

/** True when something was invalidated since `since` (a request's starting generation). */
export function invalidatedSince(since: number): boolean {
  return state().generation !== since;
}

/** Registers how stale entries are asked for again (scripts/serve.ts: a loopback request). */
export function onRefresh(refresh: (request: KeptRequest) => void): void {
  state().refresh = refresh;
}

/** The request a key stands for, or null when its answer must come from Next. */
export function keptRequest(
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  https: boolean,
): KeptRequest | null {
  const { headers } = req;
  if (req.method !== 'GET' || !req.url) return null;
  if (
    headers.cookie ||
    headers.authorization ||
    headers.rsc ||
    headers['next-action'] ||
    headers['next-router-prefetch']
  )
    return null;
  if (req.url.includes('_rsc=')) return null;
  // Video, audio and documents stream from disk, often in ranges (lib/av/serve-file.ts): never
  // copied aside here, however small the part.
  if (req.url.startsWith('/media/av/')) return null;
  return { url: req.url, host: headers.host ?? '', acceptEncoding: headers['accept-encoding'], https };
}

export const keyOf = (r: KeptRequest) => `${r.https ? 'https' : 'http'}://${r.host}${r.url}\n${r.acceptEncoding ?? ''}`;

/** The cache key of a request, or null when its answer must come from Next. */
export function responseKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>, https: boolean): string | null {
  const request = keptRequest(req, https);
  return request && keyOf(request);
}

/**
 * The entry to answer with: a fresh one, or one past its second (for up to STALE_MS) while a
 * background refresh runs, which the first such lookup starts.
 */
export function lookup(key: string, now = Date.now()): CachedResponse | undefined {
  const s = state();
  const entry = s.entries.get(key);
  if (!entry) return undefined;
  if (entry.expires > now) return entry;
  if (now - entry.expires >= STALE_MS || !s.refresh) {
    s.entries.delete(key);
    return undefined;
  }
  if (entry.refreshing === undefined || now - entry.refreshing >= REFRESH_RETRY_MS) {
    entry.refreshing = now;
    s.refresh(entry.request);
  }
  return entry;
}

/** Whether Next's answer may be kept: a shared page's 200 from Next's cache, without cookies, not too large. */
export function isKeepable(status: number, headers: OutgoingHttpHeaders, bytes: number): boolean {
  if (status !== 200 || bytes > MAX_BODY_BYTES || headers['set-cookie'] !== undefined) return false;
  const nextCache = headers['x-nextjs-cache'];
  if (nextCache !== undefined && nextCache !== 'HIT') return false;
  const cacheControl = String(headers['cache-control'] ?? '');
  return /(^|,)\s*public\s*(,|$)/.test(cacheControl) && /(^|,)\s*s-maxage=\d+/.test(cacheControl);
}

/**
 * Keeps Next's answer to `request`, which started in generation `since`, unless anything was
 * invalidated meanwhile. An answer that may not be kept drops what was kept for it (the page
 * changed its nature, say it was unpublished). The oldest entry goes when the cache is full.
 */
export function remember(
  request: KeptRequest,
  since: number,
  response: Omit<CachedResponse, 'expires'>,
  now = Date.now(),
): boolean {
  const s = state();
  if (s.generation !== since) return false;
  const key = keyOf(request);
  s.entries.delete(key);
  if (!isKeepable(response.status, response.headers, response.body.length)) return false;
  if (s.entries.size >= MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
  s.entries.set(key, { ...response, request, expires: now + TTL_MS });
  return true;
}

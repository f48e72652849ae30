/**
 * The production server (`npm run serve`; `npm start`, the end-to-end tests, the bench, the soak
 * and the crash test run it too): Next's request handler (`next({ dev: false })`, the router
 * `next start` runs) inside a node:http server, in one process. It adds what `next start` lacks:
 * a JSON log line per request with a request id, a graceful stop on SIGTERM/SIGINT, the security
 * headers on every answer, a lock file that stops a restore under it, reader pages sent without
 * the framework, and the one-second response cache with the signed-in splice. Why and how:
 * docs/adr/0002-custom-production-server.md (and ADRs 0001, 0003, 0004).
 *
 * Options as `next start`: -p/--port (default PORT or 3000), -H/--hostname (default HOST).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { serverLockPath } from '@/db/backup';
import { closeDb, databasePath } from '@/db/client';
import { log, requestIdFrom, routeConsoleToLog } from '@/lib/log';
import { runShutdownHooks } from '@/lib/shutdown';
import { chunkBytes, holdForReaderPage, mayBeReaderPage } from '@/lib/islands/respond';
import { isHttps, isolatesOpener, securityHeaderEntries, accountLinkReferrerPolicy } from '@/lib/security/headers';
import { isMalformedAddress } from '@/lib/urls';
import { editions } from '@/lib/editions';
import { handleUpload, isUploadPath, startUploadCleanup } from '@/lib/av/uploads';
import { sendAvFile } from '@/lib/av/serve-file';
import { sharedPage, signedInArticleFromKept } from '@/lib/readers/serve-shared';
import {
  forgetResponses,
  generation,
  invalidatedSince,
  keptRequest,
  keyOf,
  lookup,
  MAX_BODY_BYTES,
  onRefresh,
  remember,
  type CachedResponse,
  type KeptRequest,
} from '@/lib/response-cache';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOST ?? undefined;
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
// How long an idle keep-alive connection stays open (more below, where the server is made).
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}

/** A stale entry is asked for again by a loopback request carrying this process's secret. */
const REFRESH_HEADER = 'x-meridian-refresh';
const refreshToken = randomBytes(16).toString('hex');
// Its idle sockets are let go after 30 s, well before the server would close them.
const refreshAgent = new http.Agent({ keepAlive: true, maxSockets: 8, timeout: 30_000 });

function refreshInBackground(self: URL, request: KeptRequest): void {
  const headers: http.OutgoingHttpHeaders = { host: request.host, [REFRESH_HEADER]: refreshToken };
  if (request.acceptEncoding !== undefined) headers['accept-encoding'] = request.acceptEncoding;
  if (request.https) headers['x-forwarded-proto'] = 'https';
  const get = http.get(
    { host: self.hostname.replace(/^\[|\]$/g, ''), port: self.port, path: request.url, headers, agent: refreshAgent },
    (res) => res.resume(),
  );
  get.setTimeout(10_000, () => get.destroy());
  get.on('error', (err) => log.warn({ err, path: request.url }, 'background refresh of a kept page failed'));
}

/**
 * The reader's not-found page of the edition `path` is in (app/[edition]/(site)/_missing: `/_missing`,
 * `/ru/_missing`), for the 404s Next sends without a body (lib/islands/respond.ts).
 */
function missingPageOf(path: string): string {
  const code = editions.prefixed.find((c) => path === `/${c}` || path.startsWith(`/${c}/`));
  return code ? `/${code}/_missing` : '/_missing';
}

async function readerNotFoundPage(missing: string): Promise<Buffer | null> {
  const page = await sharedPage(missing);
  if (page.status === 200) return page.body;
  log.warn({ status: page.status }, 'the reader not-found page could not be had; the 404 is sent as Next wrote it');
  return null;
}

/** Headers set per request (here or by Node), never taken from a kept answer. */
const perRequest = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'x-request-id',
  'x-server-cache',
]);
for (const https of [false, true])
  for (const [name] of securityHeaderEntries(https, true)) perRequest.add(name.toLowerCase());

/** Answers with a kept page, or with the pieces of a spliced one (written without joining them). */
function replay(
  res: http.ServerResponse,
  kept: Pick<CachedResponse, 'status' | 'headers'> & { body: Buffer | Buffer[] },
): void {
  for (const [name, value] of Object.entries(kept.headers)) if (value !== undefined) res.setHeader(name, value);
  const parts = Array.isArray(kept.body) ? kept.body : [kept.body];
  res.setHeader(
    'Content-Length',
    parts.reduce((n, part) => n + part.length, 0),
  );
  res.setHeader('X-Server-Cache', 'HIT');
  res.statusCode = kept.status;
  // Corked, the headers and the pieces leave in one writev (end() uncorks).
  res.cork();
  for (const part of parts) res.write(part);
  res.end();
}

/** Collects what Next writes (after its compression) and keeps it when the answer allows. */
function keepWhenDone(res: http.ServerResponse, request: KeptRequest, since: number): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let keepable = true;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!keepable || chunk == null || typeof chunk === 'function') return;
    const buffer = chunkBytes(chunk, encoding);
    if (!buffer) return void (keepable = false);
    bytes += buffer.length;
    if (bytes > MAX_BODY_BYTES) return void ((keepable = false), (chunks.length = 0));
    chunks.push(Buffer.from(buffer));
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    const result = (end as (...args: unknown[]) => http.ServerResponse).apply(this, args);
    if (keepable) {
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (!perRequest.has(name)) headers[name] = value;
      remember(request, since, { status: res.statusCode, headers, body: Buffer.concat(chunks) });
    }
    return result;
  } as typeof res.end;
}

async function main() {
  (process.env as Record<string, string>).NODE_ENV = 'production';
  process.env.PORT = String(port);
  // Where the app reaches this server over loopback: the scheduler and the signed-in splice
  // (lib/self-origin.ts).
  const reachable = hostname && !['0.0.0.0', '::', '*'].includes(hostname) ? hostname : '127.0.0.1';
  process.env.SELF_ORIGIN = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
  routeConsoleToLog();
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  const { default: next } = await import('next');
  const server = http.createServer();
  // An idle keep-alive connection stays open 65 s, longer than nginx keeps one unused (its
  // upstream keepalive_timeout is 60 s, deploy/nginx.conf). With Node's default of 5 s
  // the server closed connections a client was about to reuse, and that request failed with
  // ECONNRESET (seen on CI; behind nginx, a 502 for a POST, which nginx does not retry).
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // quiet: Next does not print request errors itself; instrumentation.ts logs them as JSON.
  const app = next({
    dev: false,
    dir: process.cwd(),
    hostname: hostname ?? 'localhost',
    port,
    httpServer: server,
    quiet: true,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  onRefresh((request) => refreshInBackground(new URL(process.env.SELF_ORIGIN!), request));

  let closing = false;
  let inFlight = 0;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.headers['x-request-id']);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    // The security headers (lib/security/headers.ts) on every answer, whoever writes it: pages,
    // route handlers, static files, 404s, Next's own 400s, the proxy's 403/413 and our 500 below.
    // Precomputed sets by scheme and kind of page: nothing made per request.
    const https = isHttps(req.headers['x-forwarded-proto']);
    for (const [name, value] of securityHeaderEntries(https, isolatesOpener(path))) res.setHeader(name, value);
    const referrerPolicy = accountLinkReferrerPolicy(path);
    if (referrerPolicy) res.setHeader('Referrer-Policy', referrerPolicy);
    if (closing) res.setHeader('Connection', 'close');
    inFlight++;
    res.once('close', () => {
      inFlight--;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const line = { id, method, path, status: res.statusCode, durationMs };
      if (res.writableFinished) log.info(line);
      else log.warn({ ...line, aborted: true });
      // While stopping, a keep-alive connection whose last request just ended is closed at once.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    if (isMalformedAddress(url)) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      return void res.end('Bad Request: this address is malformed.');
    }
    // Resumable uploads (tus) stream to disk here, before Next would read their bodies (lib/av/uploads.ts).
    if (isUploadPath(path)) return void handleUpload(req, res);
    // Video, audio and documents go from disk to the socket here; Next answers only unknown names (its 404 page).
    if (path.startsWith('/media/av/')) {
      sendAvFile(req, res, path)
        .then((sent) => (sent ? undefined : handle(req, res)))
        .catch((err: unknown) => {
          log.error({ err, id, method, path }, 'media file failed');
          if (!res.headersSent) {
            res.statusCode = 500;
            res.end('Internal Server Error');
          } else res.destroy();
        });
      return;
    }
    const since = generation();
    // A server action or route handler that invalidated pages: Next expires its own cache when
    // the request ends, so anything kept meanwhile is dropped once more.
    if (method !== 'GET') res.once('finish', () => invalidatedSince(since) && forgetResponses());
    if (method === 'GET' && req.headers.cookie && !req.headers.rsc) {
      // A signed-in reader's article, spliced from the kept shared page (else app/_signed-in does it).
      let signedIn: ReturnType<typeof signedInArticleFromKept> = null;
      try {
        signedIn = signedInArticleFromKept(url, req.headers.cookie);
      } catch (err) {
        log.error({ err, id, method, path }, 'signed-in article from the kept page failed; Next answers it');
      }
      if (signedIn) return replay(res, signedIn);
    }
    const request = keptRequest(req, https);
    if (request) {
      // The background refresh of a stale entry (below) goes to Next.
      const kept = req.headers[REFRESH_HEADER] === refreshToken ? undefined : lookup(keyOf(request));
      if (kept) return replay(res, kept);
      res.setHeader('X-Server-Cache', 'MISS');
      keepWhenDone(res, request, since);
    }
    // Reader pages leave without Next's client runtime, compressed here (the kept copy is the result).
    // (The not-found page itself never asks for itself.)
    if (mayBeReaderPage(method, path)) {
      const missing = missingPageOf(path);
      holdForReaderPage(req, res, {
        notFoundPage: path === missing ? undefined : () => readerNotFoundPage(missing),
      });
    }
    handle(req, res).catch((err: unknown) => {
      log.error({ err, id, method, path }, 'request failed');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal Server Error');
      } else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if (hostname) server.listen(port, hostname, resolve);
    else server.listen(port, resolve);
  });
  const database = databasePath();
  const lock = serverLockPath(database);
  fs.writeFileSync(lock, String(process.pid));
  startUploadCleanup();
  log.info(
    { port, hostname: hostname ?? '*', pid: process.pid, distDir: process.env.NEXT_DIST_DIR || '.next' },
    `ready on http://${hostname ?? 'localhost'}:${port}`,
  );

  async function shutdown(signal: NodeJS.Signals) {
    if (closing) return;
    closing = true;
    const t0 = Date.now();
    log.info({ signal, inFlight }, 'stopping: no new connections; finishing the requests in flight');
    // The scheduler first, so it starts no request of its own.
    await runShutdownHooks();
    let forced = false;
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => {
      forced = true;
      log.warn(
        { inFlight, timeoutMs: shutdownTimeout },
        'requests still running at the deadline: cutting their connections',
      );
      server.closeAllConnections();
    }, shutdownTimeout);
    await drained;
    clearTimeout(timer);
    await app.close().catch((err: unknown) => log.error({ err }, 'closing Next failed'));
    try {
      closeDb();
      log.info('database closed');
    } catch (err) {
      log.error({ err }, 'closing the database failed');
      forced = true;
    }
    if (fs.existsSync(lock) && fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.rmSync(lock);
    log.info({ durationMs: Date.now() - t0, exitCode: forced ? 1 : 0 }, 'stopped');
    process.exit(forced ? 1 : 0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  log.fatal({ err }, 'the server could not start');
  process.exit(1);
});

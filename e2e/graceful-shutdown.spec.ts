import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serverLockPath } from '@/db/backup';
import { databasePath } from '@/db/client';
import {
  articleStatus,
  checkAcknowledgedWrites,
  corruptArticleBody,
  makeFaultCopy,
  scheduleArticle,
  walFiles,
  type FaultFixture,
} from '@/db/tools/faults';
import { logEntries, startServer, type RunningServer } from '../scripts/faults/server';

// The production server (scripts/serve.ts) on a private copy of the e2e database, on a port of
// its own: what it logs, what a failing page shows, and how it stops.
const PORT = Number(process.env.E2E_PORT || 3100) + 11;
const distDir = process.env.NEXT_DIST_DIR || '.next-e2e';
const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/e2e-media');

let work = '';
let database = '';
let fixture: FaultFixture;
let server: RunningServer | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-shutdown-'));
  database = path.join(work, 'news.db');
  fixture = await makeFaultCopy(databasePath(), database);
  // A corrupt row: this article's body is no longer valid JSON, so rendering it throws.
  corruptArticleBody(database, fixture.archive.id);
});

test.afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  fs.rmSync(work, { recursive: true, force: true });
});

const form = (email: string) =>
  `email=${encodeURIComponent(email)}&name=Drain+Reader&password=a+long+enough+password&next=%2Fbookmarks`;

async function signUp(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/reader/signup`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '192.0.2.50' },
    body: form(email),
  });
  expect(response.status).toBe(303);
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith('meridian_reader='))!
    .split(';')[0];
}

test('a failing page shows the error page and no internals; the error goes to the JSON log with its stack and the request id', async ({
  browser,
}) => {
  server = await startServer({ port: PORT, database, distDir, mediaDir });
  const cookie = await signUp(server.origin, 'error-reader@example.test');
  // The signed-in variant (what React's navigations get, app/(account)/_reader) renders the article
  // for this request, never from a cache, so from the corrupt row. (A signed-in browser's first
  // request for the page gets the shared cached copy, with the reader's parts spliced in.)
  const perRequest = `/_reader${fixture.archive.path}`;
  const response = await fetch(server.origin + perRequest, {
    headers: { Cookie: cookie, 'X-Request-Id': 'e2e-error-1' },
  });
  const html = await response.text();
  expect(response.status).toBe(500);
  expect(response.headers.get('x-request-id')).toBe('e2e-error-1');
  expect(response.headers.get('cache-control')).toMatch(/no-store/);
  // The reader's view: Next's error boundary (app/(account)/error.tsx) in the browser.
  const context = await browser.newContext({ extraHTTPHeaders: { Cookie: cookie } });
  const page = await context.newPage();
  const shown = await page.goto(server.origin + perRequest);
  expect(shown?.status()).toBe(500);
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  const visible = await page.locator('body').innerText();

  await expect.poll(() => logEntries(server!).find((e) => e.id === 'e2e-error-1' && e.level === 'error')).toBeTruthy();
  const logged = logEntries(server).find((e) => e.id === 'e2e-error-1' && e.level === 'error')!;
  const err = logged.err as { type: string; message: string; stack: string };
  expect(err.stack).toContain(err.message);
  expect(err.stack.split('\n').length).toBeGreaterThan(2);
  expect(logged).toMatchObject({ method: 'GET', path: perRequest, route: expect.stringContaining('[article]') });
  // Nothing of it reaches the reader: not the message, not a stack frame, not a file path.
  for (const text of [html, visible, await page.content()]) {
    expect(text).not.toContain(err.message);
    expect(text).not.toMatch(/SyntaxError|JSON\.parse|\bat [\w.<>]+ \(|\.next-e2e|node_modules|\/work\/|\/tmp\//);
  }
  await context.close();
  const line = logEntries(server).find((e) => e.id === 'e2e-error-1' && e.level === 'info');
  expect(line).toMatchObject({ method: 'GET', status: 500 });
});

test('every request is one JSON log line with id, method, path, status and duration; a sane X-Request-Id is kept, any other replaced', async () => {
  expect(server, 'the server of the previous test runs').not.toBeNull();
  const kept = await fetch(`${server!.origin}/api/health`, { headers: { 'X-Request-Id': 'lb-probe.42:a_b-c' } });
  expect(kept.headers.get('x-request-id')).toBe('lb-probe.42:a_b-c');
  const replaced = await fetch(`${server!.origin}/world-news?q=secret-query`, {
    headers: { 'X-Request-Id': `bad id "${'x'.repeat(200)}"` },
  });
  const generated = replaced.headers.get('x-request-id')!;
  expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  await expect.poll(() => logEntries(server!).some((e) => e.id === generated)).toBe(true);
  const entries = logEntries(server!);
  expect(server!.notJson, 'every stdout line is JSON').toEqual([]);
  for (const e of entries) {
    expect(typeof e.time === 'string' && !Number.isNaN(Date.parse(e.time))).toBe(true);
    expect(['debug', 'info', 'warn', 'error', 'fatal']).toContain(e.level);
  }
  expect(entries.find((e) => e.id === 'lb-probe.42:a_b-c')).toMatchObject({
    level: 'info',
    method: 'GET',
    path: '/api/health',
    status: 200,
    durationMs: expect.any(Number),
  });
  // The path is logged without its query string.
  expect(entries.find((e) => e.id === generated)).toMatchObject({
    method: 'GET',
    path: '/world-news',
    status: expect.any(Number),
  });
  expect(JSON.stringify(entries)).not.toContain('secret-query');
});

test('SIGTERM: no new connections, the request in flight finishes and its write is kept, the database closes, exit 0', async () => {
  test.setTimeout(60_000);
  const running = server!;
  const origin = running.origin;
  // A sign-up whose body arrives slowly: the request is in flight when SIGTERM comes.
  const body = form('drained-reader@example.test');
  const answer = new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.request(`${origin}/reader/signup`, {
      method: 'POST',
      headers: {
        Origin: origin,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Request-Id': 'e2e-drain-1',
        'X-Forwarded-For': '192.0.2.51',
      },
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.write(body.slice(0, 20));
    void (async () => {
      await new Promise((r) => setTimeout(r, 500));
      running.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1000));
      request.end(body.slice(20));
    })();
  });
  // While it drains: still running, and a new connection is refused.
  await new Promise((r) => setTimeout(r, 1000));
  expect(running.child.exitCode).toBeNull();
  await expect(fetch(`${origin}/api/health`)).rejects.toThrow();

  const response = await answer;
  response.resume();
  expect(response.statusCode).toBe(303);
  expect(response.headers['x-request-id']).toBe('e2e-drain-1');
  expect(String(response.headers['set-cookie'])).toContain('meridian_reader=');

  const exit = await running.exited;
  expect(exit).toEqual({ code: 0, signal: null });
  const entries = logEntries(running);
  expect(running.notJson).toEqual([]);
  const drained = entries.find((e) => e.id === 'e2e-drain-1')!;
  expect(drained).toMatchObject({ level: 'info', method: 'POST', path: '/reader/signup', status: 303 });
  expect(drained.durationMs as number).toBeGreaterThan(1000);
  const messages = entries.map((e) => e.msg);
  expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^stopping/), 'database closed', 'stopped']));
  expect(entries.find((e) => e.msg === 'stopped')).toMatchObject({ exitCode: 0 });
  // Closed cleanly: the WAL was checkpointed and removed, the server's lock is gone, the write is there.
  expect(walFiles(database)).toEqual([]);
  expect(fs.existsSync(serverLockPath(database))).toBe(false);
  const check = checkAcknowledgedWrites(database, {
    articles: [],
    bookmarks: [],
    readers: ['drained-reader@example.test'],
  });
  expect(check.integrity).toBe('ok');
  expect(check.missing.readers).toEqual([]);
  server = null;
});

test('SIGTERM with a request that never finishes: its connection is cut at the deadline and the exit code says so', async () => {
  server = await startServer({ port: PORT, database, distDir, mediaDir, env: { SHUTDOWN_TIMEOUT_MS: '1500' } });
  const running = server;
  const stuck = http.request(`${running.origin}/reader/signup`, {
    method: 'POST',
    headers: { Origin: running.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  const failed = new Promise<string>((resolve) =>
    stuck.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message)),
  );
  stuck.write('email=');
  await new Promise((r) => setTimeout(r, 300));
  const t0 = Date.now();
  running.child.kill('SIGTERM');
  const exit = await running.exited;
  expect(Date.now() - t0).toBeGreaterThanOrEqual(1400);
  expect(exit.code).toBe(1);
  expect(await failed).toMatch(/ECONNRESET|socket hang up/);
  expect(logEntries(running).find((e) => e.level === 'warn' && /deadline/.test(String(e.msg)))).toMatchObject({
    timeoutMs: 1500,
  });
  expect(walFiles(database)).toEqual([]);
  server = null;
});

test('started on one address only (-H), the server reaches itself there: a scheduled story is published on time', async () => {
  // The scheduler calls this server's publish-due route; on localhost, where nothing listens
  // here, the story would stay scheduled for ever (lib/self-origin.ts).
  const id = fixture.publishedIds[3];
  scheduleArticle(database, id, new Date(Date.now() + 2000));
  server = await startServer({ port: PORT, database, distDir, mediaDir, hostname: '127.0.0.2' });
  await expect(fetch(`http://localhost:${PORT}/api/health`)).rejects.toThrow();
  const deadline = Date.now() + 30_000;
  while (articleStatus(database, id) !== 'published' && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 250));
  expect(articleStatus(database, id)).toBe('published');
  const running = server;
  running.child.kill('SIGTERM');
  expect((await running.exited).code).toBe(0);
  expect(logEntries(running).filter((e) => /publish-due/.test(String(e.msg)))).toEqual([]);
  server = null;
});

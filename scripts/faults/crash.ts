/**
 * The crash test (run by `npm run crash-test` and e2e/crash-safety.spec.ts): a production server
 * on a private copy of a seeded database, a stream of staff saves (the article editor's server
 * action, called over HTTP as React calls it) and reader bookmarks (POST /reader/bookmarks),
 * every write answered with success recorded, `kill -9` in the middle of the stream, a restart
 * on the same file, then PRAGMA integrity_check and a look for every acknowledged write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkAcknowledgedWrites, makeFaultCopy, type AcknowledgedWrites, type CrashCheck } from '@/db/tools/faults';
import { hashPassword } from '@/lib/auth/password';
import { actionBody, postTo, saveActionId, signInStaff, signUpReader } from './newsroom';
import { startServer, type RunningServer } from './server';

/** However long the first acknowledged writes take, the kill comes by then. */
const FIRST_WRITES_DEADLINE_MS = 30_000;

export interface CrashOptions {
  /** The seeded database to copy (it may be in use: it is copied with the backup API). */
  source: string;
  distDir: string;
  mediaDir: string;
  port: number;
  /** How long the stream runs at least before the kill (ms); longer until a save and a bookmark were acknowledged. */
  streamMs: number;
  staffWorkers?: number;
  readers?: number;
  log?: (message: string) => void;
}

export interface CrashResult extends CrashCheck {
  attempted: { saves: number; bookmarks: number };
  acknowledged: { saves: number; bookmarks: number; readers: number };
  /** Requests cut by the kill (their outcome is unknown, so they are not counted). */
  cut: number;
  killedAfterMs: number;
  restartMs: number;
  healthAfterRestart: number;
  /** Exit code of the restarted server after SIGTERM. */
  stopCode: number | null;
  ok: boolean;
}

const STAFF = {
  email: 'crash-editor@example.test',
  name: 'Crash Editor',
  password: 'a crash test password',
  role: 'editor',
};

export async function runCrashTest(options: CrashOptions): Promise<CrashResult> {
  const say = options.log ?? (() => {});
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-test-'));
  const database = path.join(work, 'news.db');
  const serverOptions = { port: options.port, database, distDir: options.distDir, mediaDir: options.mediaDir };
  let server: RunningServer | null = null;
  try {
    const fixture = await makeFaultCopy(options.source, database, {
      ...STAFF,
      passwordHash: await hashPassword(STAFF.password),
    });
    const actionId = saveActionId(options.distDir);
    say(`copied the database to ${database}; starting the server on port ${options.port}`);
    server = await startServer(serverOptions);
    const origin = server.origin;
    const post = (url: string, init: RequestInit & { headers?: Record<string, string> }) => postTo(origin, url, init);

    const staffCookie = await signInStaff(origin, STAFF, '198.51.100.10');
    const acked: AcknowledgedWrites = { articles: [], bookmarks: [], readers: [] };
    const readerCount = options.readers ?? 3;
    const readers: { email: string; cookie: string }[] = [];
    for (let i = 0; i < readerCount; i++) {
      const email = `crash-reader-${i}@example.test`;
      const cookie = await signUpReader(
        origin,
        { email, name: `Crash reader ${i}`, password: 'a reader password' },
        `198.51.100.${20 + i}`,
      );
      readers.push({ email, cookie });
      acked.readers.push(email);
    }

    const attempted = { saves: 0, bookmarks: 0 };
    let cut = 0;
    let killed = false;
    const started = Date.now();

    async function staffWorker(worker: number) {
      for (let n = 1; !killed; n++) {
        const title = `Crash test save ${worker}-${n} ${started.toString(36)}`;
        attempted.saves++;
        try {
          const response = await post('/admin/articles/new', {
            headers: {
              Cookie: staffCookie,
              'Next-Action': actionId,
              Accept: 'text/x-component',
              'X-Forwarded-For': '198.51.100.10',
            },
            body: actionBody({
              title,
              slug: '',
              sectionId: String(fixture.sectionId),
              lede: 'Saved while the server may be killed.',
              body: `Paragraph ${n}.`,
              tags: '',
              heroMediaId: '',
            }),
          });
          const redirect = response.headers.get('x-action-redirect') ?? '';
          await response.arrayBuffer();
          const id = /^\/admin\/articles\/(\d+)\?saved=1/.exec(redirect)?.[1];
          if (response.status !== 200 || !id) throw new Error(`save answered ${response.status} ${redirect}`);
          acked.articles.push({ id: Number(id), title });
        } catch (error) {
          if (!killed) throw error;
          cut++;
        }
      }
    }

    async function readerWorker(reader: { email: string; cookie: string }, index: number) {
      // Each reader walks the published articles from its own offset, so every bookmark is new.
      const ids = fixture.publishedIds.slice(index * 100).concat(fixture.publishedIds.slice(0, index * 100));
      for (const articleId of ids) {
        if (killed) return;
        attempted.bookmarks++;
        try {
          const response = await post('/reader/bookmarks', {
            headers: { Cookie: reader.cookie, Accept: 'application/json' },
            body: new URLSearchParams({ articleId: String(articleId), action: 'add', next: '/' }),
          });
          const body = (await response.json()) as { bookmarked?: boolean };
          if (response.status !== 200 || body.bookmarked !== true)
            throw new Error(`bookmark answered ${response.status}`);
          acked.bookmarks.push({ email: reader.email, articleId });
        } catch (error) {
          if (!killed) throw error;
          cut++;
        }
      }
    }

    const running = server;
    // The kill comes after streamMs and once at least one save and one bookmark were acknowledged
    // (a loaded machine can take longer than streamMs for a fresh server's first save), or at
    // FIRST_WRITES_DEADLINE_MS whatever happened, so a server that never acknowledges still fails.
    const kill = new Promise<number>((resolve) => {
      const tick = setInterval(() => {
        const elapsed = Date.now() - started;
        const wrote = acked.articles.length > 0 && acked.bookmarks.length > 0;
        if ((elapsed >= options.streamMs && wrote) || elapsed >= FIRST_WRITES_DEADLINE_MS) {
          clearInterval(tick);
          killed = true;
          running.child.kill('SIGKILL');
          resolve(elapsed);
        }
      }, 20);
    });
    say(`streaming saves and bookmarks for ${options.streamMs} ms (and until each has one acknowledged), then kill -9`);
    // A write refused before the kill fails the test: until then the stream must be all successes.
    let failure: unknown = null;
    const workers = [
      ...Array.from({ length: options.staffWorkers ?? 2 }, (_, i) => staffWorker(i)),
      ...readers.map((r, i) => readerWorker(r, i)),
    ].map((w) => w.catch((error: unknown) => (failure ??= error)));
    const killedAfterMs = await kill;
    await Promise.all(workers);
    if (failure) throw failure;
    const killedExit = await running.exited;
    if (killedExit.signal !== 'SIGKILL')
      throw new Error(`the server was not killed by SIGKILL (${JSON.stringify(killedExit)})`);

    say(`killed after ${killedAfterMs} ms; restarting on the same database`);
    const t0 = Date.now();
    server = await startServer(serverOptions);
    const restartMs = Date.now() - t0;
    const healthAfterRestart = (await fetch(`${server.origin}/api/health`)).status;
    const check = checkAcknowledgedWrites(database, acked);
    server.child.kill('SIGTERM');
    const stopCode = (await server.exited).code;
    server = null;

    const ok =
      check.integrity === 'ok' &&
      check.missing.articles.length + check.missing.bookmarks.length + check.missing.readers.length === 0 &&
      acked.articles.length > 0 &&
      acked.bookmarks.length > 0 &&
      healthAfterRestart === 200 &&
      stopCode === 0;
    return {
      ...check,
      attempted,
      acknowledged: { saves: acked.articles.length, bookmarks: acked.bookmarks.length, readers: acked.readers.length },
      cut,
      killedAfterMs,
      restartMs,
      healthAfterRestart,
      stopCode,
      ok,
    };
  } finally {
    server?.child.kill('SIGKILL');
    if (server) await server.exited;
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function summary(r: CrashResult): string {
  const missing = r.missing.articles.length + r.missing.bookmarks.length + r.missing.readers.length;
  return [
    `writes acknowledged before kill -9 (after ${r.killedAfterMs} ms): ${r.acknowledged.saves} staff saves, ${r.acknowledged.bookmarks} bookmarks, ${r.acknowledged.readers} reader sign-ups`,
    `requests cut by the kill (outcome unknown, not counted): ${r.cut}`,
    `present after restart: ${r.present.articles}/${r.acknowledged.saves} saves (article, revision and audit entry), ${r.present.bookmarks}/${r.acknowledged.bookmarks} bookmarks, ${r.present.readers}/${r.acknowledged.readers} readers`,
    `PRAGMA integrity_check: ${r.integrity}; restart took ${r.restartMs} ms; /api/health after restart: ${r.healthAfterRestart}; SIGTERM exit code: ${r.stopCode}`,
    missing
      ? `LOST ${missing} acknowledged writes: ${JSON.stringify(r.missing).slice(0, 2000)}`
      : 'no acknowledged write was lost',
    r.ok ? 'crash test passed' : 'crash test FAILED',
  ].join('\n');
}

/**
 * `npm run soak [-- --minutes 10 --articles 400 --no-build --port 3500 --json data/soak/latest.json]`
 *
 * A mixed, bounded load on 127.0.0.1 against the production server (scripts/serve.ts) on a
 * temporary copy of a seeded database, for N minutes, with a fixed number of loops of each kind
 * (no think time, keep-alive connections; each loop waits for its answer before the next request):
 * - anonymous readers: articles (any of the published ones, half of the picks among the newest 60),
 *   a bare-id article URL (308 to the canonical one), home, section fronts and their page 2, tag
 *   and author pages;
 * - searchers: words from the headlines, two words, phrases, prefixes, OR, exclusions, newest
 *   first, section and date filters, page 2;
 * - signed-in readers (real sessions from POST /reader/signup): the article page (the spliced
 *   shared page), bookmark and unbookmark it (POST /reader/bookmarks, JSON as the button's script
 *   sends it, and now and then as the no-JavaScript form), their bookmarks page and home;
 * - one staff member (an editor, signed in through the sign-in form) who, every few seconds,
 *   alternately publishes a new article (the editor's save action, then the publish button's
 *   action, over HTTP as React calls them) and corrects an existing article's headline (the
 *   editor's save action with every field as the editor loads them). After each, the change
 *   must be visible to readers — a new article on its page and its section front; a corrected
 *   headline on the article page and in search — within 5 s, polled every 50 ms; the delay is
 *   recorded.
 * It reports requests, answers other than the expected status per kind (must be 0), p50/p99 per
 * kind, the server's RSS after warm-up (the first 20% of the run) and at the end (growth must
 * stay under 10% on runs of 2 minutes or more), every publish and correction with its delay, and the server's error log lines
 * (must be 0). Prints a table, writes JSON, and exits 1 when a check fails.
 *
 * It builds into .next-soak against data/soak/site-N.db (seeded once); every run serves a fresh
 * copy of that build (.next-soak-run, so pages cached by an earlier run are never served) on a
 * fresh copy of the database. --no-build reuses .next-soak when it exists.
 *
 * This file runs it (build, server, sign-ins, warm-up, the loops, the stop); scripts/soak/ holds
 * the parts: options.ts (flags and limits), measure.ts (timed requests and their tallies),
 * load.ts (the loops), checks.ts (the verdict) and report.ts (table and JSON).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFaultCopy } from '@/db/tools/faults';
import { openSoakDb, type SoakDb } from '@/db/tools/soak';
import { hashPassword } from '@/lib/auth/password';
import { changeStatusActionId, saveActionId, signInStaff, signUpReader } from './faults/newsroom';
import { processTreeRssMb, startServer, type RunningServer } from './faults/server';
import { buildInto, productionEnv, seedOnce } from './measured-build';
import { judge, type RunFacts } from './soak/checks';
import { anonymousReader, changes, searcher, signedInReader, staffMember, type World } from './soak/load';
import { problem, run, stats } from './soak/measure';
import {
  ARTICLES,
  buildDir,
  dataDir,
  LOOPS,
  mediaDir,
  MINUTES,
  NO_BUILD,
  PORT,
  runDir,
  seeded,
  STAFF,
  STAFF_EVERY_MS,
} from './soak/options';
import { printReport, writeReport } from './soak/report';

async function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const env = productionEnv(mediaDir);
  seedOnce(seeded, ARTICLES, env);
  buildInto(buildDir, { ...env, DATABASE_URL: `file:${seeded}` }, NO_BUILD);
  // Each run serves a pristine copy of the build: the server writes the pages it renders into its dist folder.
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.cpSync(buildDir, runDir, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(buildDir, 'cache', 'turbopack')),
  });

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-soak-'));
  const database = path.join(work, 'news.db');
  let server: RunningServer | null = null;
  let db: SoakDb | null = null;
  let failed = true;
  try {
    await makeFaultCopy(seeded, database, { ...STAFF, passwordHash: await hashPassword(STAFF.password) });
    db = openSoakDb(database);
    const world: World = db.targets();
    const ids = { save: saveActionId(runDir), change: changeStatusActionId(runDir) };

    const logErrors: string[] = [];
    let logLines = 0;
    const t0 = Date.now();
    server = await startServer({
      port: PORT,
      hostname: 'localhost',
      database,
      distDir: runDir,
      mediaDir,
      keepLines: false,
      onLine: (line) => {
        logLines++;
        if (/"level":"(error|fatal)"/.test(line) && logErrors.length < 20) logErrors.push(line.slice(0, 2000));
      },
    });
    run.origin = server.origin;
    const { origin } = run;
    console.log(
      `server ready in ${((Date.now() - t0) / 1000).toFixed(1)} s on ${origin} (pid ${server.pid}), database copy ${database}`,
    );
    const running = server;
    let serverGone = false;
    void running.exited.then(() => (serverGone = true));

    const staffCookie = await signInStaff(origin, STAFF, '198.51.100.10');
    const readerCookies: string[] = [];
    const runTag = Date.now().toString(36);
    for (let i = 0; i < LOOPS.readers; i++) {
      readerCookies.push(
        await signUpReader(
          origin,
          { email: `soak-${runTag}-${i}@example.test`, name: `Soak reader ${i}`, password: 'a reader password' },
          `198.51.100.${20 + i}`,
          '/',
        ),
      );
    }

    // Warm-up, not measured: every article, front, tag and author page once (4 at a time), so the
    // RSS measured after it is that of a server that has rendered the whole site.
    const crawl = [
      '/',
      ...world.sections.flatMap((s) => [`/${s.slug}`, `/${s.slug}?page=2`]),
      ...world.tags.map((t) => `/tags/${t}`),
      ...world.authors.map((a) => `/authors/${a}`),
      ...world.articles.map((a) => a.path),
    ];
    const crawlStart = Date.now();
    let crawlFailures = 0;
    await Promise.all(
      Array.from({ length: 4 }, async (_, k) => {
        for (let i = k; i < crawl.length; i += 4) {
          const response = await fetch(origin + crawl[i], { redirect: 'manual' });
          await response.arrayBuffer();
          if (response.status !== 200) {
            crawlFailures++;
            problem(`warm-up GET ${crawl[i]} answered ${response.status}`);
          }
        }
      }),
    );
    console.log(
      `warm-up: ${crawl.length} pages in ${((Date.now() - crawlStart) / 1000).toFixed(1)} s; RSS ${processTreeRssMb(running.pid).toFixed(0)} MB`,
    );

    const durationMs = MINUTES * 60_000;
    console.log(
      `load for ${MINUTES} min: ${LOOPS.anonymous} anonymous readers, ${LOOPS.searchers} searchers, ${LOOPS.readers} signed-in readers, 1 staff member (a publish or a correction every ${STAFF_EVERY_MS / 1000} s)`,
    );
    const rss: { t: number; mb: number }[] = [];
    const started = performance.now();
    const sampler = setInterval(
      () => rss.push({ t: performance.now() - started, mb: processTreeRssMb(running.pid) }),
      2000,
    );
    const progress = setInterval(
      () => {
        const total = [...stats.values()].reduce((n, s) => n + s.latencies.length, 0);
        const bad = [...stats.values()].reduce((n, s) => n + s.unexpected, 0);
        const last = rss[rss.length - 1]?.mb ?? 0;
        console.log(
          `  ${((performance.now() - started) / 60_000).toFixed(1)} min: ${total} requests, ${bad} unexpected, ${changes.filter((c) => c.delayMs !== null).length}/${changes.length} changes seen, RSS ${last.toFixed(0)} MB`,
        );
      },
      Math.max(10_000, Math.min(60_000, durationMs / 10)),
    );
    const stopTimer = setTimeout(() => (run.stopping = true), durationMs);
    const watchdog = setInterval(() => {
      if (serverGone) {
        problem('the server exited during the run');
        run.stopping = true;
      }
    }, 500);

    await Promise.all([
      ...Array.from({ length: LOOPS.anonymous }, () => anonymousReader(world)),
      ...Array.from({ length: LOOPS.searchers }, () => searcher(world)),
      ...readerCookies.map((cookie) => signedInReader(world, cookie)),
      staffMember(world, db, staffCookie, ids, runTag),
    ]);
    const elapsed = performance.now() - started;
    clearTimeout(stopTimer);
    clearInterval(sampler);
    clearInterval(progress);
    clearInterval(watchdog);
    rss.push({ t: elapsed, mb: processTreeRssMb(running.pid) });

    // The server stops as in production (SIGTERM: drain, close the database) and must exit 0.
    const goneEarly = serverGone;
    running.child.kill('SIGTERM');
    const exit = await running.exited;
    server = null;

    const facts: RunFacts = { elapsed, rss, crawlFailures, logLines, logErrors, goneEarly, exitCode: exit.code };
    const verdict = judge(facts);
    failed = verdict.failed;
    printReport(facts, verdict);
    writeReport(facts, verdict);
  } finally {
    db?.close();
    if (server) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error('soak FAILED:', error);
  process.exit(1);
});

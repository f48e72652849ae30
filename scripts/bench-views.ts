/**
 * `npm run bench:views [-- --duration 10 --connections 50 --articles 400 --no-build]`
 *
 * The "most read" endpoint under load: starts the production server (scripts/serve.ts, as
 * `npm start` runs it) on its own build (.next-bench-views) and a copy of the bench database,
 * then POSTs story ids to /api/views with autocannon for `--duration` seconds from many
 * readers: each request gets its own address (X-Forwarded-For, as nginx sets it) and one of
 * several browsers' User-Agents; one in ten is a repeat of an earlier reading (not counted
 * again), one in ten a search-engine bot (not counted). Prints req/s and latency p50/p99, then
 * stops the server (its shutdown writes the last batch) and checks the database holds exactly
 * the readings that should count. It is not a test and never fails on a number; a count that
 * does not match is reported and exits 1. GET /api/health is measured right after, as the
 * yardstick of what the machine gives any route at that moment (other work on it shows in both).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildInto, productionEnv, seedOnce } from './measured-build';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'no-build': { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PORT = 3720;
const root = process.cwd();
const benchDir = path.join(root, 'data', 'bench');
const seeded = path.join(benchDir, `site-${ARTICLES}.db`);
const distDir = '.next-bench-views';

const BROWSERS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
];
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

async function waitFor(url: string, seconds = 90) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Readings to send: fresh ones, repeats of earlier ones and bots, with what should count. */
function readings(ids: number[]) {
  let n = 0;
  const sent: { ip: string; ua: string; id: number }[] = [];
  const counted = new Set<string>();
  let bots = 0;
  let repeats = 0;
  return {
    next(): { ip: string; ua: string; id: number } {
      n++;
      let r: { ip: string; ua: string; id: number };
      if (n % 10 === 5 && sent.length) {
        r = sent[(n * 7919) % sent.length];
        repeats++;
      } else {
        const i = n;
        r = {
          ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          ua: n % 10 === 0 ? BOT : BROWSERS[i % BROWSERS.length],
          id: ids[i % ids.length],
        };
        if (r.ua === BOT) bots++;
        else sent.push(r);
      }
      if (r.ua !== BOT) counted.add(`${r.ip}|${r.ua}|${r.id}`);
      return r;
    },
    stats: () => ({ requests: n, countable: counted.size, bots, repeats }),
  };
}

async function main() {
  fs.mkdirSync(benchDir, { recursive: true });
  const env = productionEnv(path.join(benchDir, 'media'));
  seedOnce(seeded, ARTICLES, env);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-views-'));
  const dbFile = path.join(work, 'news.db');
  fs.copyFileSync(seeded, dbFile);
  process.env.DATABASE_URL = `file:${dbFile}`;
  // Migrated here, before the server opens it; the views of the seed are the starting point.
  const { closeDb } = await import('@/db/client');
  const { newestPublishedIds, totalViews } = await import('@/db/queries/most-read');
  const ids = newestPublishedIds(50);
  const before = totalViews();
  closeDb();

  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: `file:${dbFile}`,
    NEXT_DIST_DIR: distDir,
    SITE_URL: `http://localhost:${PORT}`,
    REVALIDATE_TOKEN: 'bench-revalidate-token-0123456789',
  };
  buildInto(distDir, serverEnv, values['no-build']);
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(PORT)], {
    env: serverEnv,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    await waitFor(`${origin}/robots.txt`);
    const gen = readings(ids);
    const run = (duration: number) =>
      autocannon({
        url: `${origin}/api/views`,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const r = gen.next();
              return {
                ...req,
                body: String(r.id),
                headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': r.ip, 'user-agent': r.ua },
              };
            },
          },
        ],
      });
    // Other work on the machine shows in the figures: its load average is printed with them.
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    await run(1); // warm-up (its readings count too, and are checked below)
    const result = await run(DURATION);
    // The same server's most trivial route (GET /api/health, one indexed read) right after, as the
    // yardstick of what this machine gives a route handler at the moment.
    const health = await autocannon({ url: `${origin}/api/health`, connections: CONNECTIONS, duration: DURATION });
    const s = gen.stats();
    console.log(
      `\nPOST /api/views, autocannon -c ${CONNECTIONS} -d ${DURATION}; ${os.cpus().length} cores (${os.arch()}); Node ${process.version}; load average before ${load}`,
    );
    console.log(
      `  ${result.requests.average} req/s (mean; ${result.requests.total} requests)  latency p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
        `2xx ${result['2xx']}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}`,
    );
    console.log(
      `  yardstick GET /api/health: ${health.requests.average} req/s  latency p50 ${health.latency.p50} ms  p99 ${health.latency.p99} ms`,
    );
    server.kill('SIGTERM');
    await exited;
    const { getDb } = await import('@/db/client');
    getDb();
    const stored = totalViews() - before;
    closeDb();
    console.log(
      `  readings sent ${s.requests} (${s.bots} bots, ${s.repeats} repeats); should count ${s.countable}; the database gained ${stored}`,
    );
    // The requests still in flight when autocannon stopped may or may not have reached the server.
    const ok = stored <= s.countable && stored >= s.countable - CONNECTIONS * 2;
    console.log(ok ? '  counts: match' : '  counts: DO NOT MATCH');
    if (!ok) process.exitCode = 1;
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
    await exited;
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * `npm run bench [-- --articles 400 --duration 5 --rounds 3 --connections 50 --json FILE --no-build]`
 *
 * Measures what readers get, side by side in one run, against the physical limit of this machine:
 * - the static baseline: the exact bytes of the article page served as a file by nginx (Debian's,
 *   on 127.0.0.1), or by a minimal Node server when nginx is absent;
 * - the production server alone (scripts/serve.ts: Next's handler, as `npm start` runs it): the anonymous article, home, a section front, /rss.xml, a search, and the
 *   article for a signed-in reader (a real session from the sign-up form);
 * - the production setup: deploy/nginx.conf in front of the same server (when nginx is installed).
 * For each: req/s, p50, p99, non-2xx, bytes per response, the server's peak RSS, and the ratio to
 * the static baseline. Every page is measured in `--rounds` rounds, one page after another in each
 * (so that the machine's drifts of speed fall on every row alike), and the median round is
 * reported. Prints a table and writes JSON (default data/bench/latest.json). It builds
 * into .next-bench against a seeded database (data/bench/site-N.db, made once) and serves a
 * temporary copy of it. It is not a test and never fails on a number.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchTargets } from '@/db/tools/bench';
import { processTreeRssMb } from './faults/server';
import { buildInto, productionEnv, seedOnce, settle } from './measured-build';
import { NGINX, siteConfig, startNginx, staticConfig, type RunningNginx } from './nginx';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    json: { type: 'string', default: 'data/bench/latest.json' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const ROUNDS = Math.max(1, Number(values.rounds) || 1);
const CONNECTIONS = Number(values.connections);
const PORT = 3700;
const STATIC_PORT = 3701;
const PROXY_PORT = 3702;
const root = process.cwd();
const benchDir = path.join(root, 'data', 'bench');
const seeded = path.join(benchDir, `site-${ARTICLES}.db`);
const media = path.join(benchDir, 'media');
const distDir = '.next-bench';

interface Row {
  name: string;
  url: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
  peakRssMb: number;
  ratioToStatic?: number;
}

async function measure(
  name: string,
  url: string,
  headers: Record<string, string>,
  serverPid: number | null,
): Promise<Row> {
  // Warm up: fill caches and JIT before the measured run, at the measured concurrency.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 1 });
  let peak = serverPid ? processTreeRssMb(serverPid) : 0;
  const sampler = serverPid ? setInterval(() => (peak = Math.max(peak, processTreeRssMb(serverPid))), 250) : null;
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  if (sampler) clearInterval(sampler);
  const row: Row = {
    name,
    url,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    peakRssMb: Math.round(peak),
  };
  console.log(
    `  ${name.padEnd(34)} ${String(row.reqPerSec).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  non-2xx ${row.non2xx}`,
  );
  return row;
}

async function waitFor(url: string, seconds = 60) {
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

/** A minimal static server for one file, when nginx is not installed. */
function nodeStatic(files: Record<string, Buffer>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const body = files[req.url ?? ''];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(STATIC_PORT, '127.0.0.1', () => resolve(server)));
}

async function main() {
  fs.mkdirSync(benchDir, { recursive: true });
  const env = productionEnv(media);
  seedOnce(seeded, ARTICLES, env);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-'));
  const db = path.join(work, 'news.db');
  fs.copyFileSync(seeded, db);
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: `file:${db}`,
    NEXT_DIST_DIR: distDir,
    SITE_URL: `http://localhost:${PORT}`,
    REVALIDATE_TOKEN: 'bench-revalidate-token-0123456789',
  };
  buildInto(distDir, serverEnv, values['no-build']);

  const cleanups: (() => void)[] = [() => fs.rmSync(work, { recursive: true, force: true })];
  // The production server (scripts/serve.ts, as npm start runs it), its request log discarded.
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(PORT)], {
    env: serverEnv,
    stdio: 'ignore',
  });
  cleanups.unshift(() => server.kill('SIGTERM'));
  try {
    const origin = `http://localhost:${PORT}`;
    await waitFor(`${origin}/robots.txt`);
    const { article: newest, section: firstSection, tag, author, ru, ar } = benchTargets(db);
    // The other editions' newest stories (issue 20), when the database has them.
    const editionArticles = [...(ru ? [['Russian article', ru]] : []), ...(ar ? [['Arabic article', ar]] : [])] as [
      string,
      string,
    ][];
    const articlePath = `/${newest.section}/${newest.id}-${newest.slug}`;

    // A real reader session, from the sign-up form.
    const signup = await fetch(`${origin}/reader/signup`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'Bench Reader',
        email: `bench.${Date.now()}@example.test`,
        password: 'bench-password-123',
        next: '/',
      }),
    });
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
    if (!cookie.startsWith('meridian_reader=')) throw new Error(`sign-up gave no session (${signup.status})`);

    // The static baseline serves the very bytes of the anonymous article page.
    const body = Buffer.from(await (await fetch(`${origin}${articlePath}`)).arrayBuffer());
    const staticRoot = path.join(work, 'static');
    fs.mkdirSync(staticRoot);
    fs.writeFileSync(path.join(staticRoot, 'article.html'), body);
    // The home page's bytes too: it is 1.7 times the article's, and bytes are most of what a kept
    // page costs to send, so this row tells what its ratio could be.
    const homeBody = Buffer.from(await (await fetch(`${origin}/`)).arrayBuffer());
    fs.writeFileSync(path.join(staticRoot, 'home.html'), homeBody);
    let baselineKind = 'nginx';
    if (NGINX) {
      const running: RunningNginx = await startNginx(
        () => staticConfig(STATIC_PORT, staticRoot),
        `http://127.0.0.1:${STATIC_PORT}/article.html`,
      );
      cleanups.unshift(running.stop);
    } else {
      baselineKind = 'node http';
      const s = await nodeStatic({ '/article.html': body, '/home.html': homeBody });
      cleanups.unshift(() => s.close());
    }

    const pid = server.pid ?? null;
    // Every page once (renders what the build did not prerender), then a quiet server.
    for (const url of [
      articlePath,
      '/',
      `/${firstSection}`,
      `/tags/${tag}`,
      `/authors/${author}`,
      '/rss.xml',
      '/sitemap.xml',
      '/sitemaps/articles-1.xml',
      ...editionArticles.map(([, url]) => url),
    ])
      await (await fetch(`${origin}${url}`)).arrayBuffer();
    if (pid) console.log(`server idle after ${await settle(pid)} s`);
    const targets: [string, string, Record<string, string>, number | null][] = [
      [`static file (${baselineKind})`, `http://127.0.0.1:${STATIC_PORT}/article.html`, {}, null],
      [`static file, the home page's bytes (${baselineKind})`, `http://127.0.0.1:${STATIC_PORT}/home.html`, {}, null],
      ['article, anonymous', `${origin}${articlePath}`, {}, pid],
      ['article, signed-in reader', `${origin}${articlePath}`, { Cookie: cookie }, pid],
      ...editionArticles.map(([name, url]): [string, string, Record<string, string>, number | null] => [
        `${name}, anonymous`,
        `${origin}${url}`,
        {},
        pid,
      ]),
      ['home', `${origin}/`, {}, pid],
      [`section front /${firstSection}`, `${origin}/${firstSection}`, {}, pid],
      [`tag page /tags/${tag}`, `${origin}/tags/${tag}`, {}, pid],
      [`author page /authors/${author}`, `${origin}/authors/${author}`, {}, pid],
      ['/rss.xml', `${origin}/rss.xml`, {}, pid],
      ['/sitemap.xml', `${origin}/sitemap.xml`, {}, pid],
      ['/sitemaps/articles-1.xml', `${origin}/sitemaps/articles-1.xml`, {}, pid],
      ['search ?q=oil', `${origin}/search?q=oil`, {}, pid],
    ];
    if (NGINX) {
      const proxy = await startNginx(
        (dir) => siteConfig(PROXY_PORT, PORT, path.join(dir, 'cache')),
        `http://127.0.0.1:${PROXY_PORT}/robots.txt`,
        2,
      );
      cleanups.unshift(proxy.stop);
      const via = `http://127.0.0.1:${PROXY_PORT}`;
      targets.push(
        ['nginx → article, anonymous', `${via}${articlePath}`, {}, pid],
        ['nginx → home', `${via}/`, {}, pid],
        [`nginx → section front`, `${via}/${firstSection}`, {}, pid],
        ['nginx → article, signed-in', `${via}${articlePath}`, { Cookie: cookie }, pid],
      );
    }
    const only = values.only ? new RegExp(values.only, 'i') : null;
    console.log(
      `\n${ARTICLES} articles; autocannon -c ${CONNECTIONS} -d ${DURATION}, ${ROUNDS} rounds; ${os.cpus().length} cores; Node ${process.version}`,
    );
    const chosen = targets.filter(([name]) => !only || only.test(name) || name.startsWith('static'));
    const runs: Row[][] = chosen.map(() => []);
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round} of ${ROUNDS}`);
      for (const [i, [name, url, headers, p]] of chosen.entries()) runs[i].push(await measure(name, url, headers, p));
    }
    // Each page's median round by req/s (with that round's latencies); the highest peak RSS.
    const rows: Row[] = runs.map((r) => {
      const sorted = [...r].sort((a, b) => a.reqPerSec - b.reqPerSec);
      return { ...sorted[Math.floor((sorted.length - 1) / 2)], peakRssMb: Math.max(...r.map((x) => x.peakRssMb)) };
    });
    const baseline = rows[0].reqPerSec;
    for (const row of rows) row.ratioToStatic = Number((row.reqPerSec / baseline).toFixed(3));
    const anonymous = rows.find((r) => r.name === 'article, anonymous');
    const ratioOf = (name: string, of: string) => {
      const row = rows.find((r) => r.name === name);
      const base = rows.find((r) => r.name.startsWith(of));
      return row && base ? Number((row.reqPerSec / base.reqPerSec).toFixed(2)) : null;
    };
    const ratioTo = (name: string) => {
      const row = rows.find((r) => r.name.startsWith(name));
      return row && anonymous ? Number((row.reqPerSec / anonymous.reqPerSec).toFixed(2)) : null;
    };

    console.log('\n| page | req/s | p50 ms | p99 ms | non-2xx | bytes/resp | peak RSS MB | × static |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.non2xx + r.errors} | ${r.bytesPerResponse} | ${r.peakRssMb || '–'} | ${r.ratioToStatic} |`,
      );
    }
    const ratios = {
      signedInToAnonymous: ratioTo('article, signed-in reader'),
      homeToArticle: ratioTo('home'),
      sectionToArticle: ratioTo('section front'),
      anonymousToStatic: anonymous?.ratioToStatic ?? null,
      nginxArticleToStatic: rows.find((r) => r.name === 'nginx → article, anonymous')?.ratioToStatic ?? null,
      homeToStaticHome: ratioOf('home', 'static file, the home'),
      nginxHomeToStaticHome: ratioOf('nginx → home', 'static file, the home'),
    };
    console.log('\nratios:', JSON.stringify(ratios));
    const out = path.resolve(values.json!);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: os.cpus().length, articles: ARTICLES, connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, rows, ratios, runs }, null, 2)}\n`,
    );
    console.log(`written to ${path.relative(root, out)}`);
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run test:lighthouse`: Lighthouse 12 (mobile preset: a mid-range phone on slow 4G,
 * simulated) on the home page, a section front, a tag page and an article of the end-to-end build
 * (run `npm run test:e2e` first; `npm test` does), served alone by the production server.
 *
 * Each page is measured beside a control: the same page with every script removed but JSON-LD,
 * served by a small proxy in front of the same server (so CSS and pictures come from the same
 * place). Page and control alternate, at the same CPU slowdown, `--runs` times each (3). A page is
 * judged on the median of its runs:
 * - accessibility, best practices and SEO at budgets.json's minimums (100), always, audited in the
 *   page's first run (they do not depend on timing; auditing them in every run cost CI time);
 * - when the control's median performance is under budgets.json's minimum, the host is too slow
 *   for that score to mean anything: the page's performance is reported NOT JUDGED;
 * - otherwise performance at the minimum (95), Total Blocking Time at most TBT_MAX_MS (or, where
 *   the script-free control itself blocks longer, at most TBT_SLACK_MS over the control's: that time
 *   is the page's layout and painting on this host, not a script of ours), and Largest Contentful
 *   Paint at most LCP_SLACK_MS over the control's. A page that ships a framework again fails all
 *   three while its control passes.
 * - a page with no script at all (the fronts and tag pages today) IS its control, byte for byte:
 *   its performance is judged on the median of all 2 x runs, and the page-against-control limits,
 *   which could only measure noise there, are not applied.
 *
 * A pair whose page and control saw the machine at different speeds (benchmarkIndex more than
 * STEADY_RATIO apart), or whose control itself scored under the budget, is run again, a few times
 * at most: it would compare two machines, or judge the host. Not for a scriptless page, which is
 * not compared with its control.
 *
 * The CPU slowdown follows Lighthouse's throttling calculator for the host's benchmarkIndex (the
 * preset's 4x on a host of about 1,533 or faster, less on a slower one), each pair of runs
 * calibrated by the run before it; `--preset` keeps 4x whatever the host (for the figures in
 * docs/performance.md). `--root DIR` measures another checkout's e2e build (its own server
 * script, build and database), for before-and-after figures. `--only 'article,Arabic article'`
 * measures only the pages of those labels (while working on them; the gate measures all). Results go to
 * data/lighthouse/latest.json; `--dump` also keeps every run's whole report there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureChromium } from './browser';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    preset: { type: 'boolean', default: false },
    root: { type: 'string' },
    only: { type: 'string' },
    dump: { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const root = path.resolve(options.root ?? process.cwd());
const port = Number(process.env.E2E_PORT || 3100);
const origin = `http://localhost:${port}`;
const controlOrigin = `http://localhost:${port + 1}`;
const budgets = (JSON.parse(fs.readFileSync('budgets.json', 'utf8')) as { lighthouse: Record<string, number> })
  .lighthouse;
const CATEGORIES = Object.keys(budgets);
const TBT_MAX_MS = 150;
const TBT_SLACK_MS = 50;
const LCP_SLACK_MS = 300;
/** Extra runs, per page, for runs Lighthouse could not record at all (they are not measurements). */
const UNMEASURED_RETRIES = 3;
/**
 * A pair whose two runs saw the machine at speeds further apart than this (benchmarkIndex, the
 * faster over the slower) compares two machines, not page and control: CI hosts switch between a
 * fast and a slow state (about 2,600 and 1,700 here), and a run in the slow one blocks about 1.6
 * times as long. Such a pair is run again, up to UNSTEADY_RETRIES times per page and
 * UNSTEADY_RETRIES_IN_ALL times in all (about 20 s each: the gate stays within a few minutes).
 * So is a pair whose script-free control itself scored under the budget: the host was too slow in
 * that moment for the page's score to say anything (the per-run form of "NOT JUDGED"; CI saw a
 * pair at 93 and 94 while both runs around it scored 98).
 */
const STEADY_RATIO = 1.2;
const UNSTEADY_RETRIES = 4;
const UNSTEADY_RETRIES_IN_ALL = 10;
const PRESET_SLOWDOWN = 4;
/** The host the preset's 4x is meant for: the first run's multiplier when the warm-up gives no index. */
const PRESET_BENCHMARK_INDEX = 1533;

/** Lighthouse's CPU throttling calculator: 3x at 1,300, 2x at 800, 1x at 150, linear between, never above 4x. */
function calibrated(benchmarkIndex: number): number {
  if (options.preset) return PRESET_SLOWDOWN;
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + Math.max(0, benchmarkIndex - 150) / 650;
  return Math.min(PRESET_SLOWDOWN, Math.round(multiplier * 10) / 10);
}

if (!fs.existsSync(path.join(root, '.next-e2e', 'BUILD_ID'))) {
  console.error(`no end-to-end build in ${path.join(root, '.next-e2e')}: run \`npm run test:e2e\` first`);
  process.exit(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(root, 'data', 'e2e', 'news.db')}`,
  MEDIA_DIR: path.join(root, 'data', 'e2e-media'),
  NEXT_DIST_DIR: '.next-e2e',
  SITE_URL: origin,
  NEXT_TELEMETRY_DISABLED: '1',
};
process.env.DATABASE_URL = env.DATABASE_URL;

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/** The page with every script removed but JSON-LD: what it would cost with no JavaScript at all. */
function scriptFree(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) =>
      /^<script[^>]*type="application\/ld\+json"/.test(tag) ? tag : '',
    )
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, '');
}

/** A proxy to the server that answers the measured pages' addresses with their script-free copies. */
function controlServer(copies: Map<string, Buffer>): http.Server {
  return http.createServer((req, res) => {
    const copy = copies.get(req.url ?? '');
    if (copy) {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      return res.end(gzip ? gzipSync(copy) : copy);
    }
    const upstream = http.request(
      `${origin}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: `localhost:${port}` } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
}

interface Run {
  performance: number;
  scores: Record<string, number>;
  tbt: number;
  lcp: number;
  fcp: number;
  cls: number;
  benchmarkIndex: number;
  slowdown: number;
  scriptBytes: number;
  htmlBytes: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const chromePath = ensureChromium();
  const { articleBySlug, busiestTagSlug, findArticles } = await import('@/db/tools/testing');
  // The newest article with a hero picture, as most are: its LCP is that picture. (The newest of
  // all can be one the end-to-end tests wrote, a line of text with no picture.)
  const [article] = findArticles('published-with-hero', 1);
  const articlePath = `/${article.section}/${article.id}-${article.slug}`;
  // The demo story with a video hero (lib/av/demo.ts): its LCP is the poster, its player code loads on interaction.
  const video = articleBySlug('how-broadcasters-check-a-picture-before-it-goes-on-air');
  const videoPath = `/${video.section}/${video.id}-${video.slug}`;
  // A Russian and an Arabic story (issue 20): the same budgets with their editions' fonts and, for
  // Arabic, the right-to-left layout.
  // Seeded ones: a journey's translation keeps its source's English text.
  const [ru] = findArticles('seeded-with-hero', 1, 'ru');
  const [ar] = findArticles('seeded-with-hero', 1, 'ar');

  const server = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts'), '-p', String(port)], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const copies = new Map<string, Buffer>();
  const control = controlServer(copies);
  await new Promise<void>((resolve) => control.listen(port + 1, 'localhost', resolve));
  const failures: string[] = [];
  const notJudged: string[] = [];
  const report: Record<string, { url: string; page: Run[]; control: Run[]; verdict: string }> = {};
  try {
    await waitFor(`${origin}/robots.txt`);
    const tag = `/tags/${encodeURIComponent(busiestTagSlug())}`;
    const pages = [
      ['home', '/'],
      ['section front', `/${article.section}`],
      ['tag page', tag],
      ['article', articlePath],
      ['video article', videoPath],
      ['Russian article', `/ru/${ru.section}/${ru.id}-${ru.slug}`],
      ['Arabic article', `/ar/${ar.section}/${ar.id}-${ar.slug}`],
    ].filter(([label]) => !options.only || options.only.split(',').includes(label));
    if (!pages.length) throw new Error(`--only ${options.only}: no page has that label`);
    // Pages that ship no script of their own are their control byte for byte (scriptFree changes nothing).
    const scriptless = new Set<string>();
    for (const [, url] of pages) {
      for (let i = 0; i < 2; i++) await fetch(origin + url); // cached, as readers get them
      const html = await (await fetch(origin + url)).text();
      const copy = scriptFree(html);
      if (copy === html) scriptless.add(url);
      copies.set(url, Buffer.from(copy));
    }

    const measure = async (url: string, slowdown: number, categories: string[]): Promise<Run | null> => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        throttling: { cpuSlowdownMultiplier: slowdown },
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      if (options.dump) {
        // Every run's whole report, to read its long tasks and LCP element when a figure surprises.
        const file = path.join('data', 'lighthouse', `${new URL(url).port}-${Date.now()}.json`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(lhr));
      }
      const { rttMs, throughputKbps, cpuSlowdownMultiplier } = lhr.configSettings.throttling;
      if (rttMs !== 150 || Math.round(throughputKbps ?? 0) !== 1638 || cpuSlowdownMultiplier !== slowdown) {
        throw new Error(`Lighthouse ran with unexpected throttling: ${JSON.stringify(lhr.configSettings.throttling)}`);
      }
      if (lhr.runtimeError) {
        console.log(`    Lighthouse could not measure ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        return null;
      }
      for (const warning of lhr.runWarnings ?? []) console.log(`    Lighthouse warning: ${warning}`);
      const items = (id: string) =>
        (
          lhr.audits[id]?.details as
            { items?: { resourceType?: string; transferSize?: number; url?: string }[] } | undefined
        )?.items ?? [];
      const requests = items('network-requests');
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      return {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        tbt: Math.round(value('total-blocking-time')),
        lcp: Math.round(value('largest-contentful-paint')),
        fcp: Math.round(value('first-contentful-paint')),
        cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        slowdown,
        scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((n, r) => n + (r.transferSize ?? 0), 0),
        htmlBytes: requests.find((r) => r.resourceType === 'Document')?.transferSize ?? 0,
      };
    };
    const line = (what: string, run: Run) =>
      `${what}: performance ${run.performance}, TBT ${run.tbt} ms, LCP ${run.lcp} ms, FCP ${run.fcp} ms, CLS ${run.cls}; HTML ${run.htmlBytes} B, scripts ${run.scriptBytes} B ` +
      `(CPU ${run.slowdown}x, benchmarkIndex ${run.benchmarkIndex})` +
      (Object.keys(run.scores).length > 1
        ? `; ${CATEGORIES.filter((c) => c !== 'performance')
            .map((c) => `${c} ${run.scores[c]}`)
            .join(', ')}`
        : '');

    // The warm-up run: its benchmarkIndex calibrates the first measured pair.
    const warmUp = await measure(origin + '/', calibrated(PRESET_BENCHMARK_INDEX), ['performance']);
    let slowdown = calibrated(warmUp?.benchmarkIndex ?? PRESET_BENCHMARK_INDEX);
    let unsteadyInAll = 0;
    for (const [label, url] of pages) {
      const runs: Run[] = [];
      const controls: Run[] = [];
      let unmeasured = 0;
      let unsteady = 0;
      // A scriptless page and its control are the same document: every run of either measures it,
      // so its performance is the median of them all, and "page against control" can only be noise.
      const same = scriptless.has(url);
      console.log(`\n${label} ${url}`);
      for (let round = 0; round < RUNS; round++) {
        // Alternate which goes first, so a drift of the machine's speed falls on both alike.
        const order = round % 2 ? (['control', 'page'] as const) : (['page', 'control'] as const);
        const pair: Partial<Record<'page' | 'control', Run>> = {};
        for (const which of order) {
          const run = await measure(
            (which === 'page' ? origin : controlOrigin) + url,
            slowdown,
            // Accessibility, best practices and SEO do not depend on timing: audited in the page's first kept run.
            which === 'page' && !runs.some((r) => Object.keys(r.scores).length > 1) ? CATEGORIES : ['performance'],
          );
          if (run) pair[which] = run;
        }
        if (!pair.page || !pair.control) {
          // Lighthouse's answer to a failed recording (NO_NAVSTART, seen on CI) is to run it again.
          if (++unmeasured > UNMEASURED_RETRIES)
            throw new Error(`Lighthouse could not record ${url} ${unmeasured} times`);
          round--;
          continue;
        }
        slowdown = calibrated(pair.control.benchmarkIndex);
        const speeds = [pair.page.benchmarkIndex, pair.control.benchmarkIndex];
        const why = same
          ? null
          : Math.max(...speeds) > STEADY_RATIO * Math.min(...speeds)
            ? `the machine's speed changed between page and control (benchmarkIndex ${speeds.join(' and ')})`
            : pair.control.performance < budgets.performance
              ? `the script-free control scored ${pair.control.performance} (page ${pair.page.performance}): the host was too slow to judge`
              : null;
        if (why && unsteady < UNSTEADY_RETRIES && unsteadyInAll < UNSTEADY_RETRIES_IN_ALL) {
          unsteady++;
          unsteadyInAll++;
          console.log(`  run ${round + 1} run again: ${why}`);
          round--;
          continue;
        }
        runs.push(pair.page);
        controls.push(pair.control);
        console.log(`  ${line(`run ${round + 1}, page   `, pair.page)}`);
        console.log(`  ${line(`run ${round + 1}, control`, pair.control)}`);
      }
      const m = {
        performance: median((same ? [...runs, ...controls] : runs).map((r) => r.performance)),
        tbt: median(runs.map((r) => r.tbt)),
        lcp: median(runs.map((r) => r.lcp)),
      };
      const c = {
        performance: median(controls.map((r) => r.performance)),
        lcp: median(controls.map((r) => r.lcp)),
        tbt: median(controls.map((r) => r.tbt)),
      };
      const problems: string[] = [];
      for (const category of CATEGORIES.filter((x) => x !== 'performance')) {
        const audited = runs.filter((r) => category in r.scores);
        if (!audited.length) problems.push(`${category} not audited`);
        const low = audited.filter((r) => r.scores[category] < budgets[category]);
        if (low.length)
          problems.push(`${category} ${low.map((r) => r.scores[category]).join('/')} < ${budgets[category]}`);
      }
      let verdict: string;
      if (c.performance < budgets.performance) {
        verdict = `performance NOT JUDGED: the script-free control scored ${c.performance} (median), under ${budgets.performance}, on this host`;
        notJudged.push(label);
      } else if (same) {
        if (m.performance < budgets.performance)
          problems.push(`performance ${m.performance} (median of all ${2 * RUNS} runs) < ${budgets.performance}`);
        verdict = problems.length ? 'failed' : `met (no script: judged on all ${2 * RUNS} runs)`;
      } else {
        if (m.performance < budgets.performance) problems.push(`performance ${m.performance} < ${budgets.performance}`);
        const tbtLimit = Math.max(TBT_MAX_MS, c.tbt + TBT_SLACK_MS);
        if (m.tbt > tbtLimit)
          problems.push(
            tbtLimit === TBT_MAX_MS
              ? `TBT ${m.tbt} ms > ${TBT_MAX_MS} ms`
              : `TBT ${m.tbt} ms > the control's ${c.tbt} ms + ${TBT_SLACK_MS} ms`,
          );
        if (m.lcp > c.lcp + LCP_SLACK_MS)
          problems.push(`LCP ${m.lcp} ms > the control's ${c.lcp} ms + ${LCP_SLACK_MS} ms`);
        verdict = problems.length ? 'failed' : 'met';
      }
      if (problems.length) failures.push(`${label}: ${problems.join(', ')}`);
      console.log(
        `${problems.length ? '✗' : '✓'} ${label}: medians of ${RUNS}: performance ${m.performance}${same ? ` (of all ${2 * RUNS} runs: the page has no script)` : ''} (control ${c.performance}), TBT ${m.tbt} ms (control ${c.tbt} ms), LCP ${m.lcp} ms (control ${c.lcp} ms)` +
          (problems.length ? ` — ${problems.join('; ')}` : '') +
          (verdict.startsWith('performance NOT') ? ` — ${verdict}` : ''),
      );
      report[label] = {
        url,
        page: runs,
        control: controls,
        verdict: problems.length ? `failed: ${problems.join('; ')}` : verdict,
      };
    }
  } finally {
    chrome.kill();
    server.kill('SIGTERM');
    control.close();
    const out = path.join(process.cwd(), 'data', 'lighthouse');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(
      path.join(out, 'latest.json'),
      JSON.stringify(
        { date: new Date().toISOString(), root, preset: options.preset, runs: RUNS, pages: report },
        null,
        2,
      ),
    );
  }
  if (notJudged.length) {
    console.log(
      `\n! performance NOT JUDGED on ${notJudged.join(', ')}: the script-free control itself scored under ${budgets.performance}; every other budget was judged.`,
    );
  }
  if (failures.length) {
    console.error(`\n✗ Lighthouse budgets missed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    notJudged.length
      ? '\nLighthouse budgets met, performance not judged where said'
      : '\nLighthouse budgets met on every page',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

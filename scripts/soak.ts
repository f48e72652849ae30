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
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeFaultCopy } from '@/db/tools/faults';
import { openSoakDb, type SoakArticle, type SoakDb } from '@/db/tools/soak';
import { hashPassword } from '@/lib/auth/password';
import { editorValues } from '@/lib/newsroom/editor-data';
import { actionBody, changeStatusActionId, saveActionId, signInStaff, signUpReader } from './faults/newsroom';
import { processTreeRssMb, startServer, type RunningServer } from './faults/server';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    articles: { type: 'string', default: '400' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.SOAK_PORT || '3500' },
    json: { type: 'string', default: 'data/soak/latest.json' },
    anonymous: { type: 'string', default: '8' },
    searchers: { type: 'string', default: '2' },
    readers: { type: 'string', default: '3' },
    'staff-every': { type: 'string', default: '3' },
  },
});

const MINUTES = Number(values.minutes);
const ARTICLES = Number(values.articles);
const PORT = Number(values.port);
const LOOPS = {
  anonymous: Number(values.anonymous),
  searchers: Number(values.searchers),
  readers: Number(values.readers),
  staff: 1,
};
const STAFF_EVERY_MS = Number(values['staff-every']) * 1000;
const VISIBLE_WITHIN_MS = 5000;
const POLL_MS = 50;
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * RSS growth is judged from the end of the warm-up to the end of the run. The warm-up is the
 * first 20% of the run (2 min of 10): in trial runs on this 2-core machine the server's RSS rose
 * for the first 70–90 s of load (its post-GC floor from about 470 to 630 MB, while every article
 * was being rendered again after headline corrections) and was flat after that.
 */
const WARMUP_SHARE = 0.2;
const RSS_LIMIT = 0.1;
const RSS_JUDGED_FROM_MINUTES = 2;

for (const [name, n] of Object.entries({
  minutes: MINUTES,
  articles: ARTICLES,
  port: PORT,
  'staff-every': STAFF_EVERY_MS,
  ...LOOPS,
})) {
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number`);
    process.exit(2);
  }
}

const root = process.cwd();
const dataDir = path.join(root, 'data', 'soak');
const seeded = path.join(dataDir, `site-${ARTICLES}.db`);
const mediaDir = path.join(dataDir, 'media');
const buildDir = '.next-soak';
const runDir = '.next-soak-run';
const STAFF = {
  email: 'soak-editor@example.test',
  name: 'Soak Editor',
  password: 'a soak test password',
  role: 'editor',
};

// ---------------------------------------------------------------------------------------------
// Measuring: every request goes through `hit`, which times it and checks its status.

/** What each kind of request must answer; anything else counts as unexpected. */
const EXPECTED = {
  'article (anonymous)': [200],
  'article, bare id → canonical': [308],
  home: [200],
  'section front': [200],
  'section front, page 2': [200],
  'tag page': [200],
  'author page': [200],
  search: [200],
  'article (signed-in)': [200],
  'home (signed-in)': [200],
  'bookmarks page': [200],
  'bookmark toggle (JSON)': [200],
  'bookmark toggle (form)': [303],
  'staff: save new draft': [200],
  'staff: publish': [200],
  'staff: correct headline': [200],
  // Polls after a publish or correction: 200 once visible; a 404 (not visible yet) only delays it.
  'visibility poll': [200, 404],
} as const satisfies Record<string, readonly number[]>;
type Kind = keyof typeof EXPECTED;

interface KindStats {
  latencies: number[];
  statuses: Record<string, number>;
  unexpected: number;
}
const stats = new Map<Kind, KindStats>();
const problems: string[] = [];
const MAX_PROBLEMS = 50;
function problem(message: string) {
  if (problems.length < MAX_PROBLEMS) problems.push(`${new Date().toISOString()} ${message}`);
  else if (problems.length === MAX_PROBLEMS) problems.push('… (further problems not listed)');
}

let origin = '';

interface Hit {
  status: number;
  response: Response | null;
  text: string;
  ms: number;
}

/** One request of a kind, timed to the end of its body; `read` decodes the body as text. */
async function hit(
  kind: Kind,
  url: string,
  init: RequestInit = {},
  read = false,
  also: (h: Hit) => string | null = () => null,
): Promise<Hit> {
  const s = stats.get(kind) ?? { latencies: [], statuses: {}, unexpected: 0 };
  stats.set(kind, s);
  const t0 = performance.now();
  let result: Hit;
  try {
    const response = await fetch(origin + url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...init,
    });
    let text = '';
    if (read) text = await response.text();
    else await response.arrayBuffer();
    result = { status: response.status, response, text, ms: performance.now() - t0 };
  } catch (error) {
    result = { status: 0, response: null, text: '', ms: performance.now() - t0 };
    problem(
      `${kind} ${init.method ?? 'GET'} ${url}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  s.latencies.push(result.ms);
  s.statuses[result.status] = (s.statuses[result.status] ?? 0) + 1;
  const expected: readonly number[] = EXPECTED[kind];
  const wrong = !expected.includes(result.status) ? `answered ${result.status}` : also(result);
  if (wrong) {
    s.unexpected++;
    if (result.status !== 0) problem(`${kind} ${init.method ?? 'GET'} ${url}: ${wrong}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The load.

let stopping = false;
const random = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface World {
  articles: SoakArticle[];
  sections: { id: number; slug: string }[];
  tags: string[];
  authors: string[];
  words: string[];
}

function pickArticle(world: World): SoakArticle {
  // News traffic: half of the reads go to the newest stories, the rest anywhere in the archive.
  return Math.random() < 0.5 ? random(world.articles.slice(0, 60)) : random(world.articles);
}

async function anonymousReader(world: World) {
  while (!stopping) {
    const r = Math.random();
    if (r < 0.55) await hit('article (anonymous)', pickArticle(world).path);
    else if (r < 0.6) {
      const a = pickArticle(world);
      await hit('article, bare id → canonical', `/${a.section}/${a.id}`, {}, false, (h) => {
        const location = h.response?.headers.get('location') ?? '';
        return location === a.path || location === `${origin}${a.path}` ? null : `Location ${location}, not ${a.path}`;
      });
    } else if (r < 0.7) await hit('home', '/');
    else if (r < 0.8) await hit('section front', `/${random(world.sections).slug}`);
    else if (r < 0.84) await hit('section front, page 2', `/${random(world.sections).slug}?page=2`);
    else if (r < 0.92) await hit('tag page', `/tags/${random(world.tags)}`);
    else await hit('author page', `/authors/${random(world.authors)}`);
  }
}

function searchQuery(world: World): string {
  const w = () => random(world.words);
  const q = random([
    () => w(),
    () => w(),
    () => `${w()} ${w()}`,
    () => {
      // A phrase: two neighbouring words of a headline.
      const words = pickArticle(world).title.match(/\p{L}+/gu) ?? [w(), w()];
      const i = Math.floor(Math.random() * Math.max(1, words.length - 1));
      return `"${words.slice(i, i + 2).join(' ')}"`;
    },
    () => `${w().slice(0, 4)}*`,
    () => `${w()} OR ${w()}`,
    () => `${w()} -${w()}`,
  ])();
  const params = new URLSearchParams({ q });
  const f = Math.random();
  if (f < 0.15) params.set('sort', 'newest');
  else if (f < 0.25) params.set('section', random(world.sections).slug);
  else if (f < 0.32) params.set('range', 'week');
  else if (f < 0.37) params.set('page', '2');
  return `/search?${params}`;
}

async function searcher(world: World) {
  while (!stopping) await hit('search', searchQuery(world));
}

const bookmarkMismatches: string[] = [];

async function signedInReader(world: World, cookie: string) {
  const headers = { Cookie: cookie };
  const bookmarked = new Set<number>();
  for (let n = 0; !stopping; n++) {
    const article = pickArticle(world);
    await hit('article (signed-in)', article.path, { headers });
    if (stopping) break;
    const action = bookmarked.has(article.id) ? 'remove' : 'add';
    const body = new URLSearchParams({ articleId: String(article.id), action, next: article.path });
    if (n % 5 === 4) {
      // The no-JavaScript form: a 303 back to the page.
      const h = await hit(
        'bookmark toggle (form)',
        '/reader/bookmarks',
        { method: 'POST', headers: { ...headers, Origin: origin }, body },
        false,
        (res) =>
          res.response?.headers.get('location')?.endsWith(article.path)
            ? null
            : `303 to ${res.response?.headers.get('location')}`,
      );
      if (h.status === 303) {
        if (action === 'add') bookmarked.add(article.id);
        else bookmarked.delete(article.id);
      }
    } else {
      const h = await hit(
        'bookmark toggle (JSON)',
        '/reader/bookmarks',
        { method: 'POST', headers: { ...headers, Origin: origin, Accept: 'application/json' }, body },
        true,
      );
      if (h.status === 200) {
        let state: unknown;
        try {
          state = (JSON.parse(h.text) as { bookmarked?: unknown }).bookmarked;
        } catch {
          state = h.text.slice(0, 80);
        }
        if (state !== (action === 'add')) {
          bookmarkMismatches.push(`${action} ${article.id}: answered ${JSON.stringify(state)}`);
          problem(`bookmark ${action} of ${article.id} answered bookmarked=${JSON.stringify(state)}`);
        }
        if (state === true) bookmarked.add(article.id);
        else if (state === false) bookmarked.delete(article.id);
      }
    }
    if (n % 10 === 9)
      await hit(n % 20 === 19 ? 'home (signed-in)' : 'bookmarks page', n % 20 === 19 ? '/' : '/bookmarks', { headers });
  }
}

interface Change {
  kind: 'publish' | 'correction';
  id: number;
  title: string;
  /** ms from the action's answer until readers saw it (null: not within the limit). */
  delayMs: number | null;
  checks: string[];
  error?: string;
}
const changes: Change[] = [];

/**
 * Polls the URLs until each shows `marker` (and, for `mustFind`, a 200) or the limit passes.
 * Returns the delay from `since`, or null.
 */
async function visibleWithin(since: number, checks: { url: string; marker: string }[]): Promise<number | null> {
  const pending = new Set(checks);
  while (performance.now() - since < VISIBLE_WITHIN_MS) {
    await Promise.all(
      [...pending].map(async (c) => {
        const h = await hit('visibility poll', c.url, {}, true);
        if (h.status === 200 && h.text.includes(c.marker)) pending.delete(c);
      }),
    );
    if (pending.size === 0) return performance.now() - since;
    await sleep(POLL_MS);
  }
  return null;
}

async function staffMember(
  world: World,
  db: SoakDb,
  cookie: string,
  ids: { save: string; change: string },
  runTag: string,
) {
  const rsc = { Cookie: cookie, Accept: 'text/x-component', 'X-Forwarded-For': '198.51.100.10' };
  let published = 0;
  let corrected = 0;
  const seededPool = world.articles.slice();
  let nextEdit = Math.floor(Math.random() * seededPool.length);
  const ours: SoakArticle[] = [];
  for (let n = 0; !stopping; n++) {
    const cycleStart = performance.now();
    if (n % 2 === 0) {
      // Publish: a new draft through the editor's save, then the publish button.
      published++;
      const marker = `soak${runTag}p${String(published).padStart(4, '0')}`;
      const section = world.sections[published % world.sections.length];
      const title = `Desk report ${marker}: council budget vote moves to next week`;
      const change: Change = { kind: 'publish', id: 0, title, delayMs: null, checks: [] };
      changes.push(change);
      const saved = await hit(
        'staff: save new draft',
        '/admin/articles/new',
        {
          method: 'POST',
          headers: { ...rsc, Origin: origin, 'Next-Action': ids.save },
          body: actionBody({
            title,
            slug: '',
            sectionId: String(section.id),
            lede: `A report filed during the soak test (${marker}).`,
            body: `First paragraph of ${marker}.\n\nSecond paragraph, with more detail.`,
            tags: '',
            heroMediaId: '',
          }),
        },
        false,
        (h) =>
          /^\/admin\/articles\/\d+\?saved=1/.test(h.response?.headers.get('x-action-redirect') ?? '')
            ? null
            : `no redirect to the new article (${h.response?.headers.get('x-action-redirect')})`,
      );
      const id = Number(
        /^\/admin\/articles\/(\d+)/.exec(saved.response?.headers.get('x-action-redirect') ?? '')?.[1] ?? 0,
      );
      if (!id) {
        change.error = `save answered ${saved.status}`;
      } else {
        change.id = id;
        const done = await hit(
          'staff: publish',
          `/admin/articles/${id}`,
          {
            method: 'POST',
            headers: { ...rsc, Origin: origin, 'Next-Action': ids.change },
            body: actionBody({ id: String(id), version: '1', change: 'publish' }, false),
          },
          false,
          (h) =>
            (h.response?.headers.get('x-action-redirect') ?? '').includes('done=publish')
              ? null
              : `publish not done (${h.response?.headers.get('x-action-redirect')})`,
        );
        const answered = performance.now();
        const row = db.article(id);
        if (
          !(done.response?.headers.get('x-action-redirect') ?? '').includes('done=publish') ||
          !row ||
          row.status !== 'published'
        ) {
          change.error = `publish answered ${done.status} ${done.response?.headers.get('x-action-redirect')}; status in the database: ${row?.status}`;
        } else {
          change.checks = [row.path, `/${row.section}`];
          change.delayMs = await visibleWithin(answered, [
            { url: row.path, marker },
            { url: `/${row.section}`, marker },
          ]);
          const fresh: SoakArticle = { id, path: row.path, title, section: row.section };
          ours.push(fresh);
          // Readers find the new story: the newest first in the pool.
          world.articles.unshift(fresh);
        }
      }
      if (change.error) problem(`publish ${marker}: ${change.error}`);
      else if (change.delayMs === null)
        problem(`publish ${marker} (${change.id}) not visible within ${VISIBLE_WITHIN_MS} ms`);
    } else {
      // Correct a headline: every other time one of ours, else one from the archive.
      corrected++;
      const target = ours.length && corrected % 2 === 0 ? random(ours) : seededPool[nextEdit++ % seededPool.length];
      const marker = `soak${runTag}c${String(corrected).padStart(4, '0')}`;
      const current = db.editable(target.id);
      const change: Change = { kind: 'correction', id: target.id, title: '', delayMs: null, checks: [] };
      changes.push(change);
      if (!current) {
        change.error = 'not in the database';
      } else {
        const base = current.title.replace(/ \(corrected soak\w+\)$/, '');
        const suffix = ` (corrected ${marker})`;
        const title = `${base.slice(0, 200 - suffix.length)}${suffix}`;
        change.title = title;
        const values = { ...editorValues(current), title };
        const h = await hit(
          'staff: correct headline',
          `/admin/articles/${target.id}`,
          {
            method: 'POST',
            headers: { ...rsc, Origin: origin, 'Next-Action': ids.save },
            body: actionBody({ ...values, id: String(target.id), version: String(current.version) }),
          },
          true,
          (res) => (res.text.includes('"status":"saved"') ? null : `not saved: ${res.text.slice(0, 300)}`),
        );
        const answered = performance.now();
        if (h.status !== 200 || !h.text.includes('"status":"saved"')) {
          change.error = `save answered ${h.status}: ${h.text.slice(0, 200)}`;
        } else {
          const search = `/search?${new URLSearchParams({ q: marker })}`;
          change.checks = [target.path, search];
          change.delayMs = await visibleWithin(answered, [
            { url: target.path, marker },
            { url: search, marker: `href="${target.path}"` },
          ]);
          target.title = title;
        }
      }
      if (change.error) problem(`correction ${marker} of ${target.id}: ${change.error}`);
      else if (change.delayMs === null)
        problem(`correction ${marker} of ${target.id} not visible within ${VISIBLE_WITHIN_MS} ms`);
    }
    const wait = STAFF_EVERY_MS - (performance.now() - cycleStart);
    const until = performance.now() + wait;
    while (!stopping && performance.now() < until) await sleep(Math.min(200, until - performance.now()));
  }
}

// ---------------------------------------------------------------------------------------------

function sh(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (list: number[]) =>
  percentile(
    [...list].sort((a, b) => a - b),
    50,
  );
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

async function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    MEDIA_DIR: mediaDir,
  };
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  if (!fs.existsSync(seeded))
    sh(`seed ${ARTICLES} articles`, tsx, ['scripts/seed.ts', '--articles', String(ARTICLES)], {
      ...env,
      DATABASE_URL: `file:${seeded}`,
    });
  if (!values['no-build'] || !fs.existsSync(path.join(buildDir, 'BUILD_ID'))) {
    // Building into another dist folder makes Next add it to tsconfig.json: put the file back.
    const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
    try {
      sh(`next build (${buildDir})`, path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
        ...env,
        DATABASE_URL: `file:${seeded}`,
        NEXT_DIST_DIR: buildDir,
      });
    } finally {
      fs.writeFileSync('tsconfig.json', tsconfig);
    }
  }
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
    const targets = db.targets();
    const world: World = {
      articles: targets.articles,
      sections: targets.sections,
      tags: targets.tags,
      authors: targets.authors,
      words: targets.words,
    };
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
    origin = server.origin;
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
    const stopTimer = setTimeout(() => (stopping = true), durationMs);
    const watchdog = setInterval(() => {
      if (serverGone) {
        problem('the server exited during the run');
        stopping = true;
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

    // ---- the report
    const kinds = (Object.keys(EXPECTED) as Kind[]).filter((k) => stats.has(k));
    const rows = kinds.map((kind) => {
      const s = stats.get(kind)!;
      const sorted = [...s.latencies].sort((a, b) => a - b);
      return {
        kind,
        expected: EXPECTED[kind].join('/'),
        requests: sorted.length,
        perSecond: round(sorted.length / (elapsed / 1000), 1),
        statuses: s.statuses,
        unexpected: s.unexpected,
        p50: round(percentile(sorted, 50), 1),
        p99: round(percentile(sorted, 99), 1),
        max: round(sorted[sorted.length - 1] ?? 0, 1),
      };
    });
    const total = rows.reduce((n, r) => n + r.requests, 0);
    const unexpected = rows.reduce((n, r) => n + r.unexpected, 0);
    const warmEnd = elapsed * WARMUP_SHARE;
    // Each RSS figure is the median of the samples in a window (at least 20 s: a few GC cycles).
    const window = Math.max(20_000, elapsed * 0.05);
    const startSamples = rss.filter((r) => r.t >= warmEnd && r.t < warmEnd + window).map((r) => r.mb);
    const endSamples = rss.filter((r) => r.t >= elapsed - window).map((r) => r.mb);
    const rssStart = startSamples.length ? median(startSamples) : (rss[0]?.mb ?? 0);
    const rssEnd = endSamples.length ? median(endSamples) : (rss[rss.length - 1]?.mb ?? 0);
    const growth = rssStart ? rssEnd / rssStart - 1 : 0;
    // The lowest sample of each window: what is left after a garbage collection.
    const floorStart = startSamples.length ? Math.min(...startSamples) : rssStart;
    const floorEnd = endSamples.length ? Math.min(...endSamples) : rssEnd;
    const rssJudged = MINUTES >= RSS_JUDGED_FROM_MINUTES;
    const publishes = changes.filter((c) => c.kind === 'publish');
    const corrections = changes.filter((c) => c.kind === 'correction');
    const delays = (list: Change[]) => {
      const seen = list.filter((c) => c.delayMs !== null).map((c) => c.delayMs!);
      const sorted = [...seen].sort((a, b) => a - b);
      return {
        count: list.length,
        visible: seen.length,
        medianMs: round(percentile(sorted, 50)),
        maxMs: round(sorted[sorted.length - 1] ?? 0),
      };
    };
    const visibility = { publishes: delays(publishes), corrections: delays(corrections), limitMs: VISIBLE_WITHIN_MS };

    const checks = [
      { check: `no unexpected status or failed request (of ${total})`, ok: unexpected === 0, value: unexpected },
      { check: 'warm-up pages all 200', ok: crawlFailures === 0, value: crawlFailures },
      {
        check: 'bookmark answers match the toggle',
        ok: bookmarkMismatches.length === 0,
        value: bookmarkMismatches.length,
      },
      {
        check: `every publish visible within ${VISIBLE_WITHIN_MS / 1000} s`,
        ok: publishes.length > 0 && publishes.every((c) => c.delayMs !== null),
        value: `${visibility.publishes.visible}/${publishes.length}`,
      },
      {
        check: `every correction visible within ${VISIBLE_WITHIN_MS / 1000} s`,
        ok: corrections.length > 0 && corrections.every((c) => c.delayMs !== null),
        value: `${visibility.corrections.visible}/${corrections.length}`,
      },
      {
        check: rssJudged
          ? `RSS growth after warm-up < ${RSS_LIMIT * 100}%`
          : `RSS growth (not judged under ${RSS_JUDGED_FROM_MINUTES} min)`,
        ok: !rssJudged || growth < RSS_LIMIT,
        value: `${(growth * 100).toFixed(1)}%`,
      },
      { check: 'no error lines in the server log', ok: logErrors.length === 0, value: logErrors.length },
      {
        check: 'the server ran to the end and stopped with exit code 0',
        ok: !goneEarly && exit.code === 0,
        value: goneEarly ? 'exited during the run' : exit.code,
      },
    ];
    failed = checks.some((c) => !c.ok);

    console.log(
      `\nSoak: ${MINUTES} min, ${ARTICLES} articles, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}`,
    );
    console.log('\n| kind | expected | requests | req/s | unexpected | p50 ms | p99 ms | max ms |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows)
      console.log(
        `| ${r.kind} | ${r.expected} | ${r.requests} | ${r.perSecond} | ${r.unexpected} | ${r.p50} | ${r.p99} | ${r.max} |`,
      );
    console.log(`| **all** | | ${total} | ${round(total / (elapsed / 1000), 1)} | ${unexpected} | | | |`);
    console.log(
      `\nRSS (server, median of ${(window / 1000).toFixed(0)} s windows): ${rssStart.toFixed(0)} MB after warm-up (${(warmEnd / 1000).toFixed(0)} s in) → ${rssEnd.toFixed(0)} MB at the end: ${(growth * 100).toFixed(1)}% (lowest samples ${floorStart.toFixed(0)} → ${floorEnd.toFixed(0)} MB); peak ${Math.max(...rss.map((r) => r.mb)).toFixed(0)} MB`,
    );
    console.log(
      `publishes: ${visibility.publishes.visible}/${visibility.publishes.count} visible on the article page and section front, median ${visibility.publishes.medianMs} ms, max ${visibility.publishes.maxMs} ms`,
    );
    console.log(
      `headline corrections: ${visibility.corrections.visible}/${visibility.corrections.count} visible on the article page and in search, median ${visibility.corrections.medianMs} ms, max ${visibility.corrections.maxMs} ms`,
    );
    console.log(`server log: ${logLines} lines, ${logErrors.length} at level error or fatal; exit code ${exit.code}`);
    console.log('\n| check | value | result |\n|---|---|---|');
    for (const c of checks) console.log(`| ${c.check} | ${c.value} | ${c.ok ? 'ok' : 'FAILED'} |`);
    if (problems.length) console.log(`\nproblems:\n${problems.join('\n')}`);
    if (logErrors.length) console.log(`\nserver errors:\n${logErrors.join('\n')}`);

    const out = path.resolve(values.json!);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          cores: os.cpus().length,
          loadAverage: os.loadavg(),
          minutes: MINUTES,
          elapsedSeconds: round(elapsed / 1000, 1),
          articles: ARTICLES,
          loops: LOOPS,
          staffEverySeconds: STAFF_EVERY_MS / 1000,
          totalRequests: total,
          unexpected,
          rows,
          rss: {
            warmupSeconds: round(warmEnd / 1000, 1),
            windowSeconds: round(window / 1000, 1),
            startMb: round(rssStart, 1),
            endMb: round(rssEnd, 1),
            growth: round(growth, 4),
            floorStartMb: round(floorStart, 1),
            floorEndMb: round(floorEnd, 1),
            judged: rssJudged,
            peakMb: round(Math.max(...rss.map((r) => r.mb)), 1),
            samples: rss.map((r) => [round(r.t / 1000, 1), round(r.mb, 1)]),
          },
          visibility,
          changes,
          logLines,
          logErrors,
          exitCode: exit.code,
          checks,
          problems,
          ok: !failed,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwritten to ${path.relative(root, out)}`);
    console.log(failed ? 'soak FAILED' : 'soak passed');
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

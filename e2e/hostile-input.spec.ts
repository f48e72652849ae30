import { FLUSH_INTERVAL_MS } from '@/lib/most-read/counter';
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
  databaseFingerprint,
  findArticles,
  firstSlug,
  newsroomActions,
  pathOf,
  REVALIDATE_TOKEN,
  type TableFingerprint,
} from './helpers';
import {
  BAD_ENCODING,
  BOOKMARK_FORMS,
  CONTROL,
  FTS5_SYNTAX,
  OVERLONG,
  PAGE_NUMBERS,
  SIGNIN_FORMS,
  SIGNUP_FORMS,
  SQL_INJECTION,
  TEXT_PAYLOADS,
  TRAVERSAL,
  UNESCAPED_MARKERS,
  WRONG_BODIES,
  XSS,
} from './hostile/corpus';

/**
 * A corpus of hostile inputs (e2e/hostile/corpus.ts) sent to every public route, reader form,
 * the staff sign-in, the newsroom's server actions and the API: each answers a 4xx with a
 * message or a normal page, never a 5xx, never reflects markup unescaped, never redirects off
 * the site, and the database is byte-for-byte the same afterwards. It runs in a project of its
 * own (between 'readers' and 'changes'), so no other journey writes while it checks that.
 */
// In order, in one worker (the fingerprint must see no other test's writes); a failing test does
// not stop the rest, so one run lists every problem.
test.describe.configure({ mode: 'default' });

const CORPUS_SIZE = [
  TEXT_PAYLOADS,
  BAD_ENCODING,
  TRAVERSAL,
  PAGE_NUMBERS,
  SIGNUP_FORMS,
  SIGNIN_FORMS,
  BOOKMARK_FORMS,
  WRONG_BODIES,
].reduce((n, list) => n + list.length, 0);
const XSS_SET = new Set(XSS);

interface Case {
  label: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';
  url: string;
  headers?: Record<string, string>;
  form?: Record<string, string>;
  multipart?: FormData;
  data?: string | Buffer;
  /** The payload sent, to look for verbatim in the answer. */
  payload?: string;
  /** Statuses this case must answer with (besides the general rules). */
  status?: number[];
  /** A Location it must answer with. */
  location?: string;
  /** Signed-in reader context instead of the anonymous one. */
  asReader?: boolean;
}

let origin = '';
let anonymous: APIRequestContext;
let reader: APIRequestContext;
let before: Record<string, TableFingerprint>;
let sent = 0;
const started = Date.now();

const enc = encodeURIComponent;
/** The body type of a server action call with JavaScript. */
const TEXT = 'text/plain;charset=UTF-8';
/** A multipart body (boundary `x`) with one part a row, named 0, 1, …: a call with a form's rows. */
const rowsBody = (...rows: string[]) =>
  rows.map((row, i) => `--x\r\nContent-Disposition: form-data; name="${i}"\r\n\r\n${row}\r\n`).join('') + '--x--\r\n';
const ip = (n: number) => `203.0.113.${n % 250}`;

test.beforeAll(async ({ baseURL }) => {
  origin = new URL(baseURL!).origin;
  anonymous = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': ip(1) } });
  // A real reader, signed up before the fingerprint, so the signed-in routes are reached too.
  reader = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': ip(2) } });
  const email = `hostile-${Date.now().toString(36)}@example.test`;
  const signUp = await reader.post('/reader/signup', {
    form: { email, name: 'Hostile corpus', password: 'a long enough password', next: '/bookmarks' },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(signUp.status()).toBe(303);
  expect((await reader.storageState()).cookies.map((c) => c.name)).toContain('meridian_reader');
  // The most-read counter writes the views the journeys before this one sent in batches, one
  // every FLUSH_INTERVAL_MS (lib/most-read/counter.ts), whenever it is due: a batch landing
  // during the corpus is not the corpus writing. Fingerprint once a whole interval passes with
  // no batch (the corpus sends no beacon: its requests run no script).
  test.setTimeout(120_000);
  before = databaseFingerprint();
  for (let settled = false; !settled;) {
    await new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS + 1000));
    const now = databaseFingerprint();
    settled = JSON.stringify(now.article_views) === JSON.stringify(before.article_views);
    before = now;
  }
});

test.afterAll(async () => {
  // Nothing in the corpus may write: every table has the same rows as before.
  const after = databaseFingerprint();
  const changed = Object.keys({ ...before, ...after }).filter(
    (t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]),
  );
  expect(changed, 'tables changed by the corpus').toEqual([]);
  const counts = [...statusCounts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  console.log(
    `hostile input: ${CORPUS_SIZE} corpus inputs, ${sent} requests (${counts}), ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await anonymous?.dispose();
  await reader?.dispose();
});

const isMarkup = (type: string) => type === '' || /html|xml|svg/.test(type);

/** How many answers of each status the corpus got (printed at the end; any 5xx fails its test). */
const statusCounts = new Map<number, number>();

/** Sends one case and returns what is wrong with the answer (nothing when all is well). */
async function check(c: Case): Promise<string[]> {
  const context = c.asReader ? reader : anonymous;
  const label = `${c.method ?? 'GET'} ${c.url.length > 160 ? `${c.url.slice(0, 160)}…` : c.url} [${c.label}]`;
  let response: APIResponse;
  try {
    response = await context.fetch(c.url, {
      method: c.method ?? 'GET',
      headers: c.headers,
      form: c.form,
      multipart: c.multipart,
      data: c.data,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 20_000,
    });
  } catch (error) {
    return [`${label}: no answer (${(error as Error).message.split('\n')[0]})`];
  }
  sent++;
  const problems: string[] = [];
  const status = response.status();
  const body = c.method === 'HEAD' ? '' : await response.text();
  const type = (response.headers()['content-type'] ?? '').toLowerCase();
  statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  if (status >= 500) problems.push(`${label}: ${status} ${body.slice(0, 200)}`);
  if (status >= 400 && (/\bat [^\n]+\.(js|ts|tsx):\d+/.test(body) || body.includes('node_modules')))
    problems.push(`${label}: the answer shows internals`);
  if (c.status && !c.status.includes(status)) problems.push(`${label}: ${status}, expected ${c.status.join(' or ')}`);
  // 431 (headers over Node's 16 KB) is Node's own answer, before the site sees the request.
  // 405 (with Allow) comes from Next for a method a route handler does not export.
  if (status >= 400 && status < 500 && status !== 431 && status !== 405 && c.method !== 'HEAD' && body.trim() === '')
    problems.push(`${label}: ${status} without a message`);
  if (isMarkup(type) && !type.startsWith('image/')) {
    // Markup openings may not appear anywhere (inside scripts Next writes `<` as \u003c). Quote
    // break-outs are harmless inside a script's JSON strings (the RSC payload), so they are
    // looked for in the markup outside scripts.
    const outside = body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    for (const marker of UNESCAPED_MARKERS) {
      const where = marker.startsWith('<') ? body : outside;
      if (where.toLowerCase().includes(marker.toLowerCase()))
        problems.push(`${label}: reflects ${JSON.stringify(marker)} unescaped`);
    }
    if (
      c.payload &&
      XSS_SET.has(c.payload) &&
      /[<"']/.test(c.payload) &&
      (c.payload.includes('<') ? body : outside).includes(c.payload)
    )
      problems.push(`${label}: reflects the payload verbatim`);
  }
  const location = response.headers()['location'];
  if (location !== undefined) {
    const target = new URL(location, origin);
    if (target.origin !== origin) problems.push(`${label}: redirects off the site to ${location}`);
    if (c.location !== undefined && target.pathname + target.search !== c.location)
      problems.push(`${label}: Location ${location}, expected ${c.location}`);
    if (/[\r\n]/.test(location)) problems.push(`${label}: header injection in Location`);
  }
  if (Object.keys(response.headers()).some((h) => h.toLowerCase() === 'x')) problems.push(`${label}: header injection`);
  return problems;
}

/** Runs cases a few at a time (the server has two cores) and fails once with every problem. */
async function runAll(cases: Case[]): Promise<void> {
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < cases.length) problems.push(...(await check(cases[next++])));
    }),
  );
  expect(problems, `${problems.length} of ${cases.length} answers were wrong`).toEqual([]);
}

test('the corpus has at least 200 hostile inputs', () => {
  expect(CORPUS_SIZE).toBeGreaterThanOrEqual(200);
  expect(SQL_INJECTION.length + XSS.length + FTS5_SYNTAX.length + OVERLONG.length + CONTROL.length).toBeGreaterThan(80);
});

test('public pages, feeds, search and the sign-in pages take any text in any parameter', async () => {
  test.setTimeout(120_000);
  const [article] = findArticles('published', 1);
  const tag = firstSlug('tags');
  const cases: Case[] = [];
  for (const payload of TEXT_PAYLOADS) {
    const e = enc(payload);
    const add = (label: string, url: string, extra: Partial<Case> = {}) =>
      cases.push({ label, url, payload, ...extra });
    add('search q', `/search?q=${e}`, { status: [200] });
    // URLs that repeat a long payload pass Node's 16 KB header limit: 431 from Node itself.
    const fits = (n: number) => (e.length * n < 12_000 ? [200] : [200, 431]);
    add('search filters', `/search?q=oil&sort=${e}&section=${e}&tag=${e}&range=${e}&from=${e}&to=${e}&page=${e}`, {
      status: fits(7),
    });
    add('section', `/${e}`);
    add('tag', `/tags/${e}`);
    add('author', `/authors/${e}`);
    add('article slug', `/${article.section}/${article.id}-${e}`, { status: [308], location: pathOf(article) });
    add('tag feed', `/tags/${e}/rss.xml`);
    add('section feed', `/${e}/rss.xml`);
    add('section page 2', `/${e}?page=2`);
    add('tag list page', `/tags/${tag}?page=${e}`);
    add('sign-in page', `/signin?next=${e}&error=${e}&email=${e}`, { status: fits(3) });
    add(
      'sign-up page',
      `/signup?next=${e}&email=${e}&name=${e}&error.email=${e}&error.name=${e}&error.password=${e}&error.form=${e}`,
      { status: fits(7) },
    );
    add('staff sign-in page', `/admin/login?next=${e}&error=${e}`, { status: fits(2) });
  }
  // The search box's range chip must never read Object's own keys as a date range.
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
    cases.push({ label: 'range key', url: `/search?q=oil&range=${key}`, status: [200] });
  await runAll(cases);
  const chip = await (await anonymous.get('/search?q=oil&range=constructor')).text();
  expect(chip).not.toContain('[native code]');
  expect(chip).not.toContain('Published: function');
});

test('invalid UTF-8, NUL bytes, traversal and junk page numbers in every kind of URL', async () => {
  test.setTimeout(120_000);
  const [article] = findArticles('published', 1);
  const tag = firstSlug('tags');
  const author = firstSlug('authors');
  const cases: Case[] = [];
  for (const raw of BAD_ENCODING) {
    for (const [label, url] of [
      ['section', `/${raw}`],
      ['tag', `/tags/${raw}`],
      ['author', `/authors/${raw}`],
      ['article slug', `/${article.section}/${article.id}-${raw}`],
      ['article id', `/${article.section}/${raw}`],
      ['search', `/search?q=${raw}&section=${raw}&from=${raw}&page=${raw}`],
      ['media', `/media/${raw}`],
      ['crop', `/media/crops/${raw}-16x9.jpg`],
      ['share image', `/og/${raw}.jpg`],
      ['sitemap', `/sitemaps/${raw}.xml`],
      ['tag feed', `/tags/${raw}/rss.xml`],
      ['section feed', `/${raw}/rss.xml`],
      ['sign-in next', `/signin?next=${raw}&email=${raw}`],
      ['page', `/${article.section}?page=${raw}`],
      ['tag page', `/tags/${tag}?page=${raw}`],
      ['preview', `/preview/${raw}/${raw}`],
    ])
      cases.push({ label, url, payload: raw });
  }
  for (const raw of TRAVERSAL) {
    for (const [label, url, status] of [
      ['media', `/media/${raw}`, [404]],
      ['media variant', `/media/${raw}-640.webp`, [404]],
      ['crop', `/media/crops/${raw}`, [404]],
      ['crop ratio', `/media/crops/${raw}-16x9.jpg`, [404]],
      ['share image', `/og/${raw}`, [404]],
      ['share image name', `/og/1-${raw}.jpg`, [404]],
      ['sitemap', `/sitemaps/${raw}`, [404]],
      ['tag', `/tags/${raw}`, undefined],
      ['section feed', `/${raw}/rss.xml`, undefined],
      ['article slug', `/${article.section}/${article.id}-${raw}`, [308]],
      ['preview', `/preview/${raw}/${raw}`, undefined],
      ['internal list', `/_list/section/${raw}/1`, undefined],
    ] as const) {
      // `.`, `%2e` and `%2E%2E` are dot segments: the URL itself is normalised (to /media, /og or /), never a file read.
      const dots = /^(\.|%2e|%2E%2E)$/.test(raw);
      cases.push({ label, url, payload: raw, status: status && !dots ? [...status] : undefined });
    }
  }
  for (const n of PAGE_NUMBERS) {
    for (const [label, url] of [
      ['section page', `/${article.section}?page=${n}`],
      ['tag page', `/tags/${tag}?page=${n}`],
      ['author page', `/authors/${author}?page=${n}`],
      ['internal list page', `/_list/section/${article.section}/${n}`],
      ['internal reader list page', `/_reader/_list/tag/${tag}/${n}`],
      ['article sitemap', `/sitemaps/articles-${n}.xml`],
    ])
      cases.push({
        label,
        url,
        payload: n,
        status: n === '' && label === 'section page' ? undefined : [404, 308, 200, ...(n === '%FF' ? [400] : [])],
      });
    cases.push({ label: 'search page', url: `/search?q=oil&page=${n}`, status: [200] });
  }
  // Ids and names past every limit.
  for (const url of [
    '/world-news/99999999999999999999-x',
    '/world-news/9007199254740993-x',
    '/world-news/-1-x',
    '/world-news/0x10-x',
    '/og/0-0000000000.jpg',
    '/og/99999999999999999999-0000000000.jpg',
    `/og/${article.id}-0000000000.jpg`,
    `/og/${article.id}-ZZZZZZZZZZ.jpg`,
    '/media/crops/nope-16x9.jpg',
    '/media/crops/nope-2x1.jpg',
    '/media/nope-99999999.webp',
    '/sitemaps/articles-99999.xml',
    '/sitemaps/news.xml.gz',
    '/preview/1/x',
    `/preview/${article.id}/${'a'.repeat(5000)}`,
    '/_list/nope/x/1',
    '/_list/tag/%FF/1',
    '/_reader',
    `/_reader/${article.section}`,
    `/_reader/${article.section}/${article.id}-${article.slug}`,
    '/_reader/_list/section/%FF/%FF',
    `/${'a'.repeat(6000)}`,
    `/search?q=${'%FF'.repeat(2000)}`,
    `/search?${'q=oil&'.repeat(500)}`,
    '/search?q[]=oil&q[x]=gas&sort[]=newest&page[]=2',
    '/world-news?page=2&page=3',
    '/world-news?page[]=2',
  ])
    cases.push({ label: 'limits', url });
  await runAll(cases);
});

test('odd methods, cookies and headers on pages, feeds and files', async () => {
  test.setTimeout(60_000);
  const [article] = findArticles('published', 1);
  const cases: Case[] = [];
  const pages = [
    '/',
    `/${article.section}`,
    pathOf(article),
    `/tags/${firstSlug('tags')}`,
    '/search?q=oil',
    '/account',
    '/bookmarks',
    '/signin',
    '/signup',
  ];
  for (const cookie of [
    'meridian_reader=x',
    `meridian_reader=${'a'.repeat(4000)}`,
    "meridian_reader=' OR 1=1 --",
    'meridian_reader=%00%FF',
    'meridian_reader=',
    'meridian_reader=<script>alert(31337)</script>',
    'newsroom_staff=x; meridian_reader=y',
  ]) {
    for (const url of pages) cases.push({ label: `cookie ${cookie.slice(0, 30)}`, url, headers: { Cookie: cookie } });
  }
  for (const cookie of ['newsroom_staff=x', "newsroom_staff=' OR 1=1 --", `newsroom_staff=${'a'.repeat(4000)}`]) {
    for (const url of [
      '/admin',
      '/admin/articles',
      '/admin/audit',
      '/admin/media/new?message=%3Cscript%3Ealert(31337)%3C/script%3E',
    ])
      cases.push({ label: 'staff cookie', url, headers: { Cookie: cookie } });
  }
  for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
    for (const url of [
      '/',
      pathOf(article),
      '/search?q=oil',
      '/rss.xml',
      '/sitemap.xml',
      '/media/nope-640.webp',
      '/reader/signup',
      '/reader/bookmarks',
      '/signout',
      '/admin/session',
      '/api/revalidate',
      '/api/newsroom/publish-due',
    ])
      cases.push({ label: method, method, url, headers: { Origin: origin } });
  }
  for (const url of [
    '/rss.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/media/nope-640.webp',
    '/reader/signup',
    '/reader/session',
    '/api/revalidate',
    '/api/newsroom/publish-due',
    '/admin/session',
  ])
    cases.push({
      label: 'GET a form handler or HEAD',
      method: url.startsWith('/reader') || url.startsWith('/api') || url === '/admin/session' ? 'GET' : 'HEAD',
      url,
    });
  // A plain POST (no action header) to pages and feeds.
  for (const url of ['/', pathOf(article), '/search?q=oil', '/rss.xml', '/sitemap.xml', '/tags/x'])
    cases.push({
      label: 'POST a page',
      method: 'POST',
      url,
      headers: { Origin: origin },
      form: { q: '<script>alert(31337)</script>' },
    });
  for (const headers of [
    { Accept: '<script>alert(31337)</script>' },
    { 'Accept-Language': "'; DROP TABLE articles; --" },
    { 'User-Agent': '<script>alert(31337)</script>' },
    { 'User-Agent': 'facebookexternalhit/1.1 <svg onload=alert(31337)>' },
    { 'X-Forwarded-For': "' OR 1=1 --, <script>" },
    { 'X-Forwarded-Host': 'evil.example' },
    { 'X-Forwarded-Proto': 'javascript' },
    { Range: 'bytes=999999999999-' },
    { 'If-None-Match': '"<script>alert(31337)</script>"' },
    { RSC: '1' },
    { 'Next-Router-State-Tree': '%FF' },
    { 'Next-Router-Prefetch': '1', RSC: '1', 'Next-Router-State-Tree': '[[[[[[' },
  ] as Record<string, string>[])
    for (const url of ['/', pathOf(article), '/search?q=oil'])
      cases.push({ label: `header ${Object.keys(headers).join(',')}`, url, headers });
  await runAll(cases);
});

test('reader forms and the staff sign-in refuse bad forms, bodies and origins, and write nothing', async () => {
  test.setTimeout(120_000);
  const cases: Case[] = [];
  const sameOrigin = { Origin: origin };
  let n = 10;
  const from = () => ({ 'X-Forwarded-For': ip(n++) });
  /** A form as a browser posts it, each from an address of its own (no throttling decides it). */
  const formPost = (label: string, url: string, form: Record<string, string>, payload: string): Case => ({
    label,
    method: 'POST',
    url,
    form,
    headers: { ...sameOrigin, ...from() },
    payload,
    status: [303, 400],
  });
  for (const form of SIGNUP_FORMS) cases.push(formPost('sign-up', '/reader/signup', form, form.name));
  for (const form of SIGNIN_FORMS) {
    cases.push(formPost('reader sign-in', '/reader/session', form, form.email));
    cases.push(formPost('staff sign-in', '/admin/session', form, form.email));
  }
  const handlers = [
    '/reader/signup',
    '/reader/session',
    '/admin/session',
    '/admin/session/two-factor',
    '/signout',
    '/admin/signout',
  ];
  for (const body of WRONG_BODIES) {
    const headers = { ...sameOrigin, ...from(), ...(body.contentType ? { 'Content-Type': body.contentType } : {}) };
    for (const url of handlers)
      cases.push({ label: `${body.name} body`, method: 'POST', url, data: body.body, headers });
    for (const url of ['/reader/bookmarks', '/reader/password', '/reader/delete'])
      cases.push({
        label: `${body.name} body, signed in`,
        method: 'POST',
        url,
        data: body.body,
        headers,
        asReader: true,
        status: [400, 401, 303],
      });
  }
  // Oversized forms: refused before they are read.
  const huge = `email=x%40example.test&password=${'p'.repeat(2 * 1024 * 1024)}`;
  for (const url of [...handlers, '/reader/bookmarks'])
    cases.push({
      label: 'oversized body',
      method: 'POST',
      url,
      data: huge,
      headers: { ...sameOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  for (const url of ['/reader/bookmarks', '/reader/password', '/reader/delete'])
    cases.push({
      label: 'oversized body, signed in',
      method: 'POST',
      url,
      data: huge,
      headers: { ...sameOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
      asReader: true,
      status: [400],
    });
  // Another site, no Origin, a null Origin: refused whoever the caller is.
  for (const headers of [
    { Origin: 'https://evil.example' },
    {},
    { Origin: 'null' },
    { Origin: `${origin}.evil.example` },
    { Origin: origin.replace('http:', 'https:') },
  ] as Record<string, string>[]) {
    for (const url of ['/reader/bookmarks', '/reader/password', '/reader/delete', '/signout']) {
      cases.push({
        label: `origin ${JSON.stringify(headers)}, signed in`,
        method: 'POST',
        url,
        headers,
        form: { articleId: '1', action: 'add', password: 'x', current: 'x' },
        asReader: true,
        status: [403],
      });
    }
    for (const url of ['/reader/signup', '/reader/session', '/admin/session', '/admin/session/two-factor'])
      cases.push({
        label: `origin ${JSON.stringify(headers)}`,
        method: 'POST',
        url,
        headers,
        form: { email: 'hostile-origin@example.test', name: 'x', password: 'a long enough password' },
        status: [303],
      });
  }
  // A signed-in reader's bookmark, password and delete forms with bad values.
  for (const form of BOOKMARK_FORMS) {
    // Removing a bookmark that does not exist is allowed (and writes nothing).
    const removesNothing = form.action === 'remove' && /^[1-9][0-9]*$/.test(form.articleId ?? '');
    cases.push({
      label: 'bookmark form',
      method: 'POST',
      url: '/reader/bookmarks',
      form,
      headers: sameOrigin,
      asReader: true,
      payload: form.action,
      status: removesNothing ? [303] : [400, 404],
    });
    cases.push({
      label: 'bookmark JSON',
      method: 'POST',
      url: '/reader/bookmarks',
      form,
      headers: { ...sameOrigin, Accept: 'application/json' },
      asReader: true,
      status: removesNothing ? [200] : [400, 404],
    });
  }
  for (const [label, state] of [
    ['draft', 'draft'],
    ['scheduled', 'scheduled'],
    ['unpublished', 'unpublished'],
  ] as const) {
    for (const a of findArticles(state, 1))
      cases.push({
        label: `bookmark a ${label} article`,
        method: 'POST',
        url: '/reader/bookmarks',
        form: { articleId: String(a.id), action: 'add' },
        headers: sameOrigin,
        asReader: true,
        status: [404],
      });
  }
  for (const form of [
    {},
    { current: "' OR '1'='1", password: '<script>alert(31337)</script>' },
    { current: 'wrong password', password: 'a new long password' },
    { current: '', password: '' },
  ] as Record<string, string>[]) {
    cases.push({
      label: 'password change',
      method: 'POST',
      url: '/reader/password',
      form,
      headers: sameOrigin,
      asReader: true,
      status: [303],
    });
  }
  for (const form of [
    {},
    { password: "' OR '1'='1" },
    { password: 'wrong password' },
    { password: '\u0000' },
  ] as Record<string, string>[]) {
    cases.push({
      label: 'account deletion',
      method: 'POST',
      url: '/reader/delete',
      form,
      headers: sameOrigin,
      asReader: true,
      status: [303],
    });
  }
  // Anonymous readers' forms: sent to sign in, or refused.
  for (const form of BOOKMARK_FORMS.slice(0, 6)) {
    cases.push({
      label: 'anonymous bookmark',
      method: 'POST',
      url: '/reader/bookmarks',
      form,
      headers: sameOrigin,
      status: [303, 400],
    });
    cases.push({
      label: 'anonymous bookmark JSON',
      method: 'POST',
      url: '/reader/bookmarks',
      form,
      headers: { ...sameOrigin, Accept: 'application/json' },
      status: [400, 401],
    });
  }
  for (const url of ['/reader/password', '/reader/delete'])
    cases.push({
      label: 'anonymous',
      method: 'POST',
      url,
      form: { password: 'x', current: 'x' },
      headers: sameOrigin,
      status: [303],
    });
  for (const cookie of ['meridian_reader=forged', "meridian_reader=' OR 1=1 --"])
    cases.push({
      label: 'forged reader cookie',
      method: 'POST',
      url: '/signout',
      headers: { ...sameOrigin, Cookie: cookie },
      status: [303],
    });
  cases.push({
    label: 'anonymous staff sign-out',
    method: 'POST',
    url: '/admin/signout',
    headers: { ...sameOrigin, Cookie: 'newsroom_staff=forged' },
    status: [303],
  });
  // The upload route, anonymous: refused before the body is read.
  const svg = new FormData();
  svg.append(
    'file',
    new Blob(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(31337)"/>'], { type: 'image/svg+xml' }),
    '<script>alert(31337)</script>.svg',
  );
  svg.append('alt', '<script>alert(31337)</script>');
  cases.push({
    label: 'anonymous upload',
    method: 'POST',
    url: '/admin/media/upload',
    multipart: svg,
    headers: sameOrigin,
    status: [303],
  });
  cases.push({
    label: 'anonymous upload JSON',
    method: 'POST',
    url: '/admin/media/upload',
    data: 'x',
    headers: { ...sameOrigin, Accept: 'application/json', 'Content-Type': 'text/plain' },
    status: [401],
  });

  await runAll(cases);

  // The sign-up page shows back what was typed, escaped.
  const back = await anonymous.post('/reader/signup', {
    form: SIGNUP_FORMS[4],
    headers: { Origin: origin, 'X-Forwarded-For': ip(200) },
  });
  expect(back.status()).toBe(200);
  const html = await back.text();
  expect(html).toContain('Give a valid e-mail address.');
  expect(html).toContain('&lt;script&gt;alert(31337)&lt;/script&gt;');
  expect(html).not.toContain('<script>alert(31337)');
});

/** The newsroom's server actions in this build: id → page that holds it. */
function serverActions(): { id: string; name: string; page: string }[] {
  const pages: Record<string, string> = {
    'app/admin/articles/actions.ts': '/admin/articles/new',
    'app/admin/media/actions.ts': '/admin/media/1',
    'app/admin/people/actions.ts': '/admin/people',
    'app/admin/sections/actions.ts': '/admin/sections',
    'app/admin/staff/actions.ts': '/admin/staff',
    'app/admin/tags/actions.ts': '/admin/tags',
  };
  return newsroomActions().map(({ id, filename, name }) => ({ id, name, page: pages[filename] ?? '/admin' }));
}

test('server actions without a staff session and the API without a token are refused, whatever the body', async () => {
  test.setTimeout(120_000);
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(10);
  const cases: Case[] = [];
  const actionHeaders = (id: string) => ({ 'Next-Action': id, Origin: origin, Accept: 'text/x-component' });
  /** A call of `action` (a text body unless `contentType` says), on its own page unless `url` says. */
  const actionCall = (
    action: { id: string; page: string },
    label: string,
    data: string | Buffer,
    status?: number[],
    { headers = {}, url = action.page, contentType = TEXT } = {},
  ): Case => ({
    label,
    method: 'POST',
    url,
    headers: { ...actionHeaders(action.id), 'Content-Type': contentType, ...headers },
    data,
    status,
  });
  const hostileFields = [
    'id',
    'version',
    'title',
    'slug',
    'sectionId',
    'lede',
    'body',
    'tags',
    'heroMediaId',
    'name',
    'description',
    'email',
    'role',
    'password',
    'confirm',
    'into',
    'direction',
    'change',
    'alt',
  ];
  for (const action of actions) {
    // Well-formed calls without a session: a button action answers the sign-in redirect (200 with
    // x-action-redirect), a form action "your session has ended"; whatever the fields hold.
    for (const [i, payload] of [
      SQL_INJECTION[2],
      XSS[3],
      '-1',
      '99999999999999999999',
      '%00\u0000',
      OVERLONG[0],
    ].entries()) {
      const body = new FormData();
      for (const field of hostileFields) body.append(`_1_${field}`, payload);
      body.append('0', JSON.stringify(i % 2 ? [{ status: 'idle' }, '$K1'] : ['$K1']));
      cases.push({
        label: `${action.name} with hostile fields`,
        method: 'POST',
        url: action.page,
        headers: actionHeaders(action.id),
        multipart: body,
        payload,
        status: [200],
      });
    }
    // Bodies React cannot decode answer 400, from proxy.ts before Next reads them (docs/adr/0008);
    // arguments that are not a list answer 400 too; a list whose form is not a form is read as an
    // empty form (200).
    for (const [label, contentType, data, status] of [
      ['garbage text', TEXT, 'not json at all <script>alert(31337)</script>', 400],
      ['a reference to nothing', TEXT, '["$K99","$@1","$Q2"]', 400],
      ['prototype pollution', TEXT, '[{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}]', 200],
      ['deep nesting', TEXT, `${'['.repeat(5000)}${']'.repeat(5000)}`, 400],
      [
        'broken multipart',
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[\r\n--x',
        400,
      ],
      ['multipart without boundary', 'multipart/form-data', 'garbage', 400],
      ['urlencoded', 'application/x-www-form-urlencoded', '0=%5B%22%24K1%22%5D&_1_id=1', 404],
      ['JSON', 'application/json', '{"id":1}', 400],
      ['a string for the form', TEXT, '["x","y"]', 200],
      ['no arguments', TEXT, '[]', 200],
      ['a number', TEXT, '1', 400],
      ['null', TEXT, 'null', 400],
      ['empty', TEXT, '', 400],
      // Values React would try to decode and throw on: a server reference, a blob, a temporary
      // reference, a bad BigInt, a path into a row, a row that is not JSON.
      ['a server reference', TEXT, '["$h1"]', 400],
      ['a blob', TEXT, '["$B1"]', 400],
      ['a temporary reference', TEXT, '["$T"]', 400],
      ['a bad BigInt', TEXT, '["$nx"]', 400],
      ['a path into a row', TEXT, '["$1:a:b"]', 400],
      ['bytes that are not UTF-8', TEXT, Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), 400],
      ['a row that is not JSON', 'multipart/form-data; boundary=x', rowsBody('["$@1"]', '{'), 400],
      ['rows that refer to each other', 'multipart/form-data; boundary=x', rowsBody('["$@1"]', '["$@1","$K2"]'), 200],
    ] as const)
      cases.push(actionCall(action, `${action.name}: ${label}`, data, [status], { contentType }));
    cases.push(actionCall(action, `${action.name}: over 1 MB`, 'x'.repeat(1_100_000), [413]));
    // Another site, or no usable Origin: 403 from the proxy, before the body is read.
    for (const from of [
      'https://evil.example',
      `${origin}.evil.example`,
      origin.replace('http:', 'https:'),
      'null',
      'not a URL',
      '',
    ]) {
      const call = actionCall(action, `${action.name}: another site (${from || 'no Origin'})`, '["$K1"]', [403], {
        headers: { Origin: from },
      });
      if (!from) delete call.headers!.Origin;
      cases.push(call);
    }
    const forged = (cookie: string) => ({ headers: { Cookie: `newsroom_staff=${cookie}` } });
    cases.push(actionCall(action, `${action.name}: forged staff cookie`, '[]', [200], forged("' OR 1=1 --")));
    cases.push(actionCall(action, `${action.name}: forged staff cookie, garbage`, '{', [400], forged('forged')));
  }
  // A newsroom action's id is honoured on any page (Next forwards it to the right worker).
  for (const action of actions.slice(0, 3)) {
    for (const page of ['/', '/search?q=oil', '/admin/login']) {
      cases.push(actionCall(action, 'action on another page', '["$K1"]', undefined, { url: page }));
      cases.push(actionCall(action, 'action on another page, garbage', 'garbage', undefined, { url: page }));
      const evil = { url: page, headers: { Origin: 'https://evil.example' } };
      cases.push(actionCall(action, 'action on another page, another site', '["$K1"]', [403], evil));
    }
  }
  // Form posts without JavaScript (no Next-Action header: the action's id is a field). Another
  // site's is refused by proxy.ts (403); so is any multipart post to a page from another site,
  // action or not (Next's own Origin check throws on it); a broken body answers 400.
  for (const action of actions.slice(0, 4)) {
    for (const [from, status] of [
      ['https://evil.example', [403]],
      ['not a URL', [403]],
      [origin, undefined],
    ] as const) {
      for (const page of [action.page, '/']) {
        const body = new FormData();
        body.append(`$ACTION_ID_${action.id}`, '');
        body.append('name', '<script>alert(31337)</script>');
        cases.push({
          label: `form post of ${action.name} from ${from}`,
          method: 'POST',
          url: page,
          headers: { Origin: from },
          multipart: body,
          status: status && [...status],
        });
      }
    }
  }
  for (const page of ['/', '/search?q=oil', '/admin/people', '/admin/login']) {
    for (const [label, contentType, data] of [
      ['multipart without boundary', 'multipart/form-data', 'garbage'],
      [
        'truncated multipart',
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="$ACTION_ID_x"\r\n\r\nx',
      ],
      // A bound action (useActionState without JavaScript) whose record is not one.
      [
        'a bound action that is not JSON',
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":\r\n--b--\r\n',
      ],
      [
        'a bound action with arguments it did not send',
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"x","bound":"$@1"}\r\n--b--\r\n',
      ],
    ] as const)
      cases.push({
        label: `page POST, ${label}`,
        method: 'POST',
        url: page,
        headers: { Origin: origin, 'Content-Type': contentType },
        data,
        status: [400],
      });
    for (const from of ['https://evil.example', 'not a URL', 'null']) {
      const body = new FormData();
      body.append('q', '<script>alert(31337)</script>');
      cases.push({
        label: `page multipart POST from ${from}`,
        method: 'POST',
        url: page,
        headers: { Origin: from },
        multipart: body,
        status: [403],
      });
    }
  }
  for (const id of [
    '0'.repeat(42),
    'x',
    "' OR 1=1 --",
    '<script>alert(31337)</script>',
    '../../etc/passwd',
    '%FF',
    'a'.repeat(5000),
  ]) {
    for (const page of ['/admin/articles/new', '/admin/login', '/', '/search'])
      cases.push({
        label: `unknown action id`,
        method: 'POST',
        url: page,
        headers: { 'Next-Action': id, Origin: origin, 'Content-Type': TEXT },
        data: '["$K1"]',
        status: [400, 404, 409],
      });
  }
  // The machine endpoints.
  for (const authorization of [
    undefined,
    '',
    'Bearer',
    'Bearer ',
    "Bearer ' OR 1=1 --",
    `Bearer ${REVALIDATE_TOKEN}x`,
    `Basic ${Buffer.from('admin:admin').toString('base64')}`,
    `Bearer ${'a'.repeat(10_000)}`,
    `bearer ${REVALIDATE_TOKEN.slice(0, -1)}`,
  ]) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (authorization !== undefined) headers.Authorization = authorization;
    cases.push({
      label: 'revalidate without the token',
      method: 'POST',
      url: '/api/revalidate',
      headers,
      data: '{"articleId":1}',
      status: [401],
    });
    cases.push({
      label: 'publish-due without the token',
      method: 'POST',
      url: '/api/newsroom/publish-due',
      headers,
      status: [401],
    });
  }
  for (const data of [
    '',
    '{',
    'null',
    '[]',
    '"1"',
    '{"articleId":"1"}',
    '{"articleId":-1}',
    '{"articleId":0}',
    '{"articleId":1.5}',
    '{"articleId":1e309}',
    '{"articleId":9007199254740993}',
    '{"articleId":99999999}',
    '{"articleId":"1 OR 1=1"}',
    '{"articleId":{"$gt":0}}',
    `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    `{"articleId":1,"pad":"${'x'.repeat(2_000_000)}"}`.replace('"articleId":1,', '"articleId":-1,'),
  ]) {
    cases.push({
      label: 'revalidate with a bad body',
      method: 'POST',
      url: '/api/revalidate',
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}`, 'Content-Type': 'application/json' },
      data,
      status: [400, 404, 413],
    });
  }
  await runAll(cases);
});

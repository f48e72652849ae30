import fs from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { NGINX, siteConfig, startNginx, type RunningNginx } from '../scripts/nginx';
import { changeArticle, findArticles, pathOf, REVALIDATE_TOKEN } from './helpers';
import { contentSecurityPolicy } from '@/lib/security/headers';

// deploy/nginx.conf, unchanged but for its ports and cache folder, in front of the test server.
// CI installs Debian's nginx (.ci/run); the journey edits the database, so it runs with `caching`.
test.describe.configure({ mode: 'serial' });

const UPSTREAM = Number(process.env.E2E_PORT || 3100);
const PROXY = UPSTREAM + 11;
const via = (p: string) => `http://127.0.0.1:${PROXY}${p}`;
let nginx: RunningNginx | null = null;

test.beforeAll(async () => {
  expect(NGINX, 'nginx is installed (apt-get install nginx-light; .ci/run does)').toBeTruthy();
  nginx = await startNginx((dir) => siteConfig(PROXY, UPSTREAM, `${dir}/cache`), via('/robots.txt'));
});

test.afterAll(() => nginx?.stop());

test('anonymous pages come from the micro-cache; sessions, the newsroom, the API, search and POSTs go straight through', async ({
  request,
}) => {
  const [article] = findArticles('published', 5).slice(-1);
  const url = via(pathOf(article));
  await request.get(url);
  const cached = await request.get(url);
  expect(cached.status()).toBe(200);
  expect(cached.headers()['x-cache']).toMatch(/HIT|UPDATING|STALE/);
  expect(cached.headers()['cache-control']).toMatch(/^public, s-maxage=/);
  const cachedHtml = await cached.text();
  expect(cachedHtml).toContain(article.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
  // A cached entry keeps the security headers it was stored with; so do static files through nginx
  // (the page's stylesheet: reader pages load no script file).
  const chunk = via(/\/_next\/static\/[^"]+\.css/.exec(cachedHtml)![0]);
  await request.get(chunk);
  const cachedChunk = await request.get(chunk);
  expect(cachedChunk.headers()['x-cache']).toBe('HIT');
  for (const [what, response] of [
    ['page', cached],
    ['chunk', cachedChunk],
  ] as const) {
    expect(response.headers()['content-security-policy'], what).toBe(contentSecurityPolicy({ https: false }));
    expect(response.headers()['x-content-type-options'], what).toBe('nosniff');
    expect(response.headers()['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
    expect(response.headers()['strict-transport-security'], what).toBeUndefined();
  }

  const withReader = await request.get(url, { headers: { Cookie: 'meridian_reader=not-a-real-session' } });
  expect(withReader.headers()['x-cache']).toBe('BYPASS');
  const withStaff = await request.get(url, { headers: { Cookie: 'theme=dark; newsroom_staff=x' } });
  expect(withStaff.headers()['x-cache']).toBe('BYPASS');
  for (const p of ['/admin/login', '/api/newsroom/publish-due', '/reader/bookmarks']) {
    expect((await request.get(via(p), { maxRedirects: 0 })).headers()['x-cache'], p).toBe('BYPASS');
  }
  const post = await request.post(via('/reader/bookmarks'), {
    form: { articleId: String(article.id) },
    maxRedirects: 0,
  });
  // nginx does not even look up the cache for a POST (only GET and HEAD are cacheable).
  expect(post.headers()['x-cache'] ?? 'not looked up').toBe('not looked up');
  expect(post.status()).toBeLessThan(500);
  // Search is private, no-store: nginx never keeps it, so the second answer is not a HIT.
  await request.get(via('/search?q=oil'));
  const search = await request.get(via('/search?q=oil'));
  expect(search.headers()['x-cache']).toBe('MISS');
  expect(search.headers()['cache-control']).toMatch(/private|no-store/);
});

test('a signed-in reader gets their own page through the proxy, never the cached one', async ({
  request,
  playwright,
}) => {
  const [article] = findArticles('published', 5).slice(-1);
  const email = `proxy.${Date.now().toString(36)}@example.test`;
  const reader = await playwright.request.newContext({ baseURL: via('') });
  const signup = await reader.post('/reader/signup', {
    headers: { Origin: via('') },
    form: { name: 'Pat Proxy', email, password: 'proxy-password-123', next: pathOf(article) },
  });
  expect(signup.ok(), await signup.text()).toBe(true);
  expect(signup.url(), 'signed up and sent back to the story').toBe(via(pathOf(article)));
  const mine = await reader.get(pathOf(article));
  expect(mine.headers()['x-cache']).toBe('BYPASS');
  expect(await mine.text()).toContain('Pat Proxy');
  const anonymous = await request.get(via(pathOf(article)));
  expect(await anonymous.text()).not.toContain('Pat Proxy');
  await reader.dispose();
});

// nginx counts cache lifetimes in whole seconds, so the 1 s micro-cache keeps an entry for one to
// two seconds; the page's own render after the invalidation comes on top.
test('a publish reaches readers through the micro-cache within about two seconds', async ({ request }) => {
  const [article] = findArticles('published', 120).slice(-1);
  const url = via(pathOf(article));
  const marker = `(updated ${Date.now().toString(36)})`;
  await request.get(url);
  expect((await request.get(url)).headers()['x-cache']).toMatch(/HIT|UPDATING|STALE|EXPIRED/);
  try {
    changeArticle(article.id, { title: `${article.title} ${marker}` });
    const invalidated = await request.post(`http://localhost:${UPSTREAM}/api/revalidate`, {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: article.id },
    });
    expect(invalidated.status()).toBe(200);
    const started = Date.now();
    let seen = false;
    // A reader reloading every 100 ms.
    const trail: string[] = [];
    while (!seen && Date.now() - started < 5000) {
      const response = await request.get(url);
      seen = (await response.text()).includes(marker);
      trail.push(
        `${Date.now() - started}:${response.headers()['x-cache']}:${response.headers()['x-nextjs-cache']}:${seen}`,
      );
      if (!seen) await new Promise((r) => setTimeout(r, 100));
    }
    const elapsed = Date.now() - started;
    console.log(`publish → visible through nginx: ${elapsed} ms (${trail.join(' ')})`);
    expect(seen).toBe(true);
    expect(elapsed).toBeLessThan(2500);
  } finally {
    changeArticle(article.id, { title: article.title });
    await request.post(`http://localhost:${UPSTREAM}/api/revalidate`, {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: article.id },
    });
  }
});

// nginx keeps idle upstream connections open for keepalive_timeout and reuses them; so does any
// keep-alive client (Playwright's request contexts keep them without a limit). If the server
// closes an idle connection first, the request sent on it at that moment fails: ECONNRESET for a
// client, a 502 from nginx for a POST. Node closes them after 5 s unless told otherwise.
test('the server keeps an idle connection open longer than nginx does, so a reused connection is never one being closed', async () => {
  const conf = fs.readFileSync('deploy/nginx.conf', 'utf8');
  const upstream = /upstream meridian_next \{([^}]*)\}/.exec(conf)![1];
  const nginxIdle = Number(/keepalive_timeout (\d+)s;/.exec(upstream)![1]);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status: number; keepAlive: string | undefined; reused: boolean }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: UPSTREAM, path: '/robots.txt', agent }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            keepAlive: res.headers['keep-alive'] as string | undefined,
            reused: req.reusedSocket,
          }),
        );
      });
      req.on('error', reject);
    });
  try {
    const first = await get();
    expect(first.status).toBe(200);
    const serverIdle = Number(/timeout=(\d+)/.exec(first.keepAlive ?? '')?.[1]);
    expect(serverIdle, `the server's Keep-Alive: ${first.keepAlive}`).toBeGreaterThan(nginxIdle);
    // Past Node's default of 5 s, the same connection still answers.
    await new Promise((r) => setTimeout(r, 6_000));
    const second = await get();
    expect(second).toEqual({ status: 200, keepAlive: first.keepAlive, reused: true });
  } finally {
    agent.destroy();
  }
});

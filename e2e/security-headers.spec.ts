import { expect, test, type APIResponse, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { contentSecurityPolicy, HSTS, isolatesOpener, PERMISSIONS_POLICY } from '@/lib/security/headers';
import { createStaff, findArticles, pathOf, signInAs, toggleBookmark } from './helpers';

// Every kind of response carries the security headers (scripts/serve.ts sets them, from
// lib/security/headers.ts), and the Content-Security-Policy lets every page type work: the
// browser reports no violation while readers, a signed-in reader and the newsroom use the site.

const [article] = findArticles('published', 1);
const articlePath = pathOf(article);
const READER_PASSWORD = 'a reader password 42';
const STAFF = {
  email: `sasha.secure.${Date.now().toString(36)}@example.test`,
  name: 'Sasha Secure',
  role: 'editor',
  password: 'security headers password 42',
};

function expectSecurityHeaders(response: APIResponse, what: string, https = false) {
  const headers = response.headers();
  const path = new URL(response.url()).pathname;
  // Exact values: a header set twice would come back joined with ", ".
  expect(headers['content-security-policy'], what).toBe(contentSecurityPolicy({ https }));
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toBe(PERMISSIONS_POLICY);
  // Only where a password is typed or an account managed (lib/security/headers.ts isolatesOpener).
  expect(headers['cross-origin-opener-policy'], what).toBe(isolatesOpener(path) ? 'same-origin' : undefined);
  expect(headers['x-frame-options'], what).toBe('DENY');
  if (https) expect(headers['strict-transport-security'], what).toBe(HSTS);
  else expect(headers['strict-transport-security'], what).toBeUndefined();
}

async function signUpReader(browser: Browser, name: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${200 + Math.floor(Math.random() * 50)}` },
  });
  const page = await context.newPage();
  await page.goto('/signup?next=%2F');
  await page.getByLabel('Name').fill(name);
  await page
    .getByLabel('E-mail address')
    .fill(`${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}@example.test`);
  await page.getByLabel(/^Password/).fill(READER_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.close();
  return context;
}

test('every kind of response carries the security headers, with HSTS and upgrade-insecure-requests only over HTTPS', async ({
  request,
  browser,
}) => {
  const home = await request.get('/');
  const html = await home.text();
  const media = /\/media\/[a-z0-9-]+-\d+\.webp/.exec(html)?.[0];
  // Reader pages load no script file (their islands are inline); the newsroom loads Next's chunks.
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get('/admin/login')).text())?.[0];
  expect(media, 'a picture on the home page').toBeTruthy();
  expect(chunk, 'a script chunk on the newsroom sign-in page').toBeTruthy();
  const tag = /href="(\/tags\/[^"?]+)"/.exec(await (await request.get(articlePath)).text())?.[1];
  expect(tag, 'a tag link on the article').toBeTruthy();

  const reader = await signUpReader(browser, 'Hedda Headers');
  const signedIn = await reader.request.get(articlePath);
  expect(await signedIn.text()).toContain('Hedda Headers');
  expect(signedIn.headers()['cache-control']).toContain('private');

  const answers: [string, APIResponse, number][] = [
    ['home', home, 200],
    ['section front', await request.get(`/${article.section}`), 200],
    ['article', await request.get(articlePath), 200],
    ['tag page', await request.get(tag!), 200],
    ['search', await request.get('/search?q=oil'), 200],
    ['signed-in article (the splice route)', signedIn, 200],
    ['/admin/login', await request.get('/admin/login'), 200],
    ['404 page', await request.get('/no-such-section/at-all'), 404],
    ['RSS feed', await request.get('/rss.xml'), 200],
    ['media file', await request.get(media!), 200],
    ['missing media file', await request.get('/media/nothing-here-320.webp'), 404],
    ['static JS chunk', await request.get(chunk!), 200],
    ['/api/health', await request.get('/api/health'), 200],
    ['malformed escape (Next answers 400)', await request.get('/tags/%C0%AF'), 400],
    [
      'cross-site action (proxy answers 403)',
      await request.post('/', { headers: { 'Next-Action': 'x', Origin: 'https://evil.example' }, data: 'x' }),
      403,
    ],
  ];
  for (const [what, response, status] of answers) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }
  // The oversized body is refused before it is read (Content-Length alone decides).
  const big = await request.post('/', {
    headers: { 'Next-Action': 'x', Origin: 'http://localhost' },
    data: 'x'.repeat(1024 * 1024 + 10),
  });
  expect(big.status()).toBe(413);
  expectSecurityHeaders(big, 'oversized action (413)');

  // Caching is untouched: the cached article still says public s-maxage, the chunk immutable.
  expect((await request.get(articlePath)).headers()['cache-control']).toMatch(/^public, s-maxage=\d+/);
  expect((await request.get(chunk!)).headers()['cache-control']).toContain('immutable');
  expect((await request.get(media!)).headers()['content-type']).toBe('image/webp');

  // Behind an HTTPS proxy (X-Forwarded-Proto: https): HSTS and upgrade-insecure-requests.
  for (const path of ['/', articlePath, '/rss.xml', chunk!, '/api/health']) {
    const https = await request.get(path, { headers: { 'X-Forwarded-Proto': 'https' } });
    expectSecurityHeaders(https, `${path} over https`, true);
  }
  await reader.close();
});

/** Collects CSP violations the page reports (the DOM event, and Chromium's console message). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`,
      ),
    );
  });
  return async () => {
    const events = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => []);
    return [...console.splice(0), ...events];
  };
}

test('no CSP violation while readers read, share, search and sign in', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const seen: string[] = [];

  await page.goto('/');
  await expect(page.locator('main img').first()).toBeVisible();
  seen.push(...(await violations()));

  await page.goto(articlePath);
  const share = page.getByRole('region', { name: 'Share this article' });
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  // A client navigation to the section front (React fetches the RSC payload).
  await page.locator(`main a[href="/${article.section}"]`).first().click();
  await expect(page).toHaveURL(`/${article.section}`);
  await page.waitForLoadState('networkidle');
  seen.push(...(await violations()));

  await page.goto('/search?q=oil');
  await expect(page.locator('main')).toContainText(/result/i);
  seen.push(...(await violations()));

  await page.goto(`/signin?next=${encodeURIComponent(articlePath)}`);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  seen.push(...(await violations()));
  expect(seen, seen.join('\n')).toEqual([]);
  await context.close();
});

test('no CSP violation while a signed-in reader bookmarks a story', async ({ browser }) => {
  const context = await signUpReader(browser, 'Bea Bookmark');
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const [, other] = findArticles('published', 2);
  await page.goto(pathOf(other));
  await toggleBookmark(page, 'Bookmark');
  await toggleBookmark(page, 'Remove bookmark');
  const seen = await violations();
  await page.goto('/bookmarks');
  seen.push(...(await violations()));
  await page.goto('/');
  seen.push(...(await violations()));
  expect(seen, seen.join('\n')).toEqual([]);
  await context.close();
});

test('no CSP violation in the newsroom’s article editor and upload form', async ({ browser }) => {
  const created = createStaff(STAFF);
  expect(created.status, created.stderr).toBe(0);
  const page = await signInAs(browser, STAFF.email, STAFF.password, '198.51.100.77');
  const violations = await watchCsp(page);
  await page.goto('/admin/articles/new');
  await page.getByLabel('Headline').fill('A headline typed under the CSP');
  const seen = await violations();
  await page.goto(`/admin/articles/${article.id}`);
  await expect(page.getByLabel('Headline')).toHaveValue(/.+/);
  seen.push(...(await violations()));
  await page.goto('/admin/media/new');
  seen.push(...(await violations()));
  await page.goto('/admin');
  await page.waitForLoadState('networkidle');
  seen.push(...(await violations()));
  expect(seen, seen.join('\n')).toEqual([]);
  await page.context().close();
});

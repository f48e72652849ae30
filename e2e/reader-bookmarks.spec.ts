import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations, findArticles, FROM_CACHE, pathOf, toggleBookmark } from './helpers';

// Readers sign up, bookmark stories and manage their account. Bookmarks only touch the readers'
// own rows, so this runs with the other reader journeys; each test makes its own readers.
const PASSWORD = 'a reader password 42';
let serial = 0;
const newReader = (name: string) => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}${++serial}@example.test`,
});

/** A bookmark control in the saved state (its form removes the bookmark). */
const SAVED = '<input type="hidden" name="action" value="remove"/>';

async function signUp(
  browser: Browser,
  reader: { name: string; email: string },
  javaScriptEnabled = true,
  returnTo = '/',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${10 + serial}` },
  });
  const page = await context.newPage();
  await page.goto(`/signup?next=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Name').fill(reader.name);
  await page.getByLabel('E-mail address').fill(reader.email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/.?]/g, '\\$&')}$`));
  await page.close();
  return context;
}

/**
 * A reader, just signed up as `name`, who has bookmarked `article` on its page: the context and
 * that page. The context is closed after the test, whether it passed or not.
 */
const bookmarkers: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of bookmarkers.splice(0)) await context.close();
});
async function readerWhoBookmarked(browser: Browser, name: string, article: Parameters<typeof pathOf>[0]) {
  const context = await signUp(browser, newReader(name));
  bookmarkers.push(context);
  const page = await context.newPage();
  await page.goto(pathOf(article));
  await toggleBookmark(page, 'Bookmark');
  return { context, page };
}

for (const javaScriptEnabled of [true, false]) {
  test(`a reader signs up from an article, bookmarks it, finds it in /bookmarks and removes it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const [, article] = findArticles('published', 2);
    const path = pathOf(article);
    // Signed out: the control is a way to sign in and come back.
    const anonymous = await browser.newContext({ javaScriptEnabled });
    const start = await anonymous.newPage();
    await start.goto(path);
    await start.getByRole('link', { name: 'Sign in to bookmark' }).click();
    await expect(start).toHaveURL(`/signin?next=${encodeURIComponent(path)}`);
    await start.getByRole('link', { name: 'Create an account' }).click();
    const reader = newReader(`Reader ${javaScriptEnabled ? 'Js' : 'Plain'}`);
    await start.getByLabel('Name').fill(reader.name);
    await start.getByLabel('E-mail address').fill(reader.email);
    await start.getByLabel(/^Password/).fill(PASSWORD);
    await start.getByRole('button', { name: 'Create account' }).click();
    await expect(start).toHaveURL(path);

    const page = start;
    await expect(page.getByRole('banner').getByText(reader.name)).toBeVisible();
    await toggleBookmark(page, 'Bookmark');
    // The server renders the true state on the next request.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible();

    await page.goto('/bookmarks');
    await expect(page.getByRole('heading', { name: 'Your bookmarks' })).toBeVisible();
    await expect(page.getByRole('link', { name: article.title })).toBeVisible();
    await page.getByRole('button', { name: `Remove “${article.title}” from bookmarks` }).click();
    await expect(page).toHaveURL('/bookmarks');
    await expect(page.getByText('Nothing saved yet')).toBeVisible();
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toBeVisible();
    await anonymous.close();
  });
}

test('two readers never see each other’s state, one right after the other on the same article; the anonymous page stays cached', async ({
  browser,
  request,
  baseURL,
}) => {
  const [article] = findArticles('published', 1);
  const path = pathOf(article);
  const a = await signUp(browser, newReader('Anna Alpha'));
  const b = await signUp(browser, newReader('Boris Beta'));
  await request.get(path); // the page may not be cached yet (first request of a fresh build)
  const anonymousBefore = await request.get(path);
  expect(anonymousBefore.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
  expect(anonymousBefore.headers()['cache-control']).toContain('s-maxage=');

  const pageA = await a.newPage();
  await pageA.goto(path);
  await toggleBookmark(pageA, 'Bookmark');
  for (let round = 0; round < 3; round++) {
    const [htmlA, htmlB] = [await (await a.request.get(path)).text(), await (await b.request.get(path)).text()];
    expect(htmlA).toContain(SAVED);
    expect(htmlA).toContain('Anna Alpha');
    expect(htmlA).not.toContain('Boris Beta');
    expect(htmlB).not.toContain(SAVED);
    expect(htmlB).toContain('Boris Beta');
    expect(htmlB).not.toContain('Anna Alpha');
  }
  const signedIn = await a.request.get(path);
  expect(signedIn.headers()['cache-control']).toMatch(/private/);
  expect(signedIn.headers()['cache-control']).toMatch(/no-store/);
  expect(signedIn.headers()['x-nextjs-cache']).toBeUndefined();

  // Anonymous readers still get the cached page, with nobody's state in it.
  const anonymousAfter = await request.get(path);
  expect(anonymousAfter.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
  const html = await anonymousAfter.text();
  expect(html).toContain('Sign in to bookmark');
  expect(html).not.toContain(SAVED);
  expect(html).not.toContain('Anna Alpha');

  // B cannot list, add to or remove from A's bookmarks by any form field.
  const forged = await b.request.post('/reader/bookmarks', {
    form: { articleId: String(article.id), action: 'remove', next: '/bookmarks', readerId: '1', reader: 'Anna Alpha' },
    headers: { Origin: baseURL!, Accept: 'application/json' },
  });
  expect(forged.status()).toBe(200);
  expect(await forged.json()).toEqual({ bookmarked: false });
  expect(await (await a.request.get('/bookmarks')).text()).toContain(`href="${pathOf(article)}"`);
  expect(await (await b.request.get('/bookmarks')).text()).not.toContain(`href="${pathOf(article)}"`);
  await a.close();
  await b.close();
});

/** The house fonts' preloads in a page's markup. */
const FONT_PRELOAD = /<link rel="preload" href="([^"]+)" as="font"[^>]*\/>/g;
const fontPreloads = (html: string) => [...html.matchAll(FONT_PRELOAD)].map((m) => m[1]);

/**
 * The page's markup without its scripts and font preloads (a per-request render sends those as a
 * Link header instead of tags, as React does), its <head> as a sorted set of tags: where React
 * hoists a page's <meta> and Next's size-adjust marker depends on when the head is streamed.
 */
const withoutScripts = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(FONT_PRELOAD, '')
    .replace(/<head>([\s\S]*?)<\/head>/, (_, head: string) => {
      const tags = head.match(/<title>[\s\S]*?<\/title>|<[^>]+>/g) ?? [];
      return `<head>${tags.sort().join('')}</head>`;
    });

test('a signed-in reader gets the shared cached article with their parts spliced in: the same markup as a whole render, working without errors', async ({
  browser,
}) => {
  const [, , article] = findArticles('published', 3);
  const path = pathOf(article);
  // A name with every character HTML escapes: the spliced menu must escape it exactly as React does.
  const reader = newReader(`Zoë O'Brien <b>&"x"</b> Lee`);
  const context = await signUp(browser, reader);
  await context.request.get(path); // the shared page may not be in Next's cache yet (a fresh build)
  for (const saved of [false, true]) {
    // A query string of its own: the first request finds no kept shared page, so Next's route
    // (app/_signed-in) splices it; the second is spliced by the server from the page it keeps.
    const url = `${path}?v=${saved}-${Date.now()}`;
    const viaNext = await context.request.get(url);
    expect(viaNext.headers()['x-server-cache']).toBeUndefined();
    // The server keeps the shared page once Next answers it from its cache (not while Next is
    // rendering it again after its s-maxage), so it may take a few requests.
    let viaServer = viaNext;
    await expect
      .poll(async () => (viaServer = await context.request.get(url)).headers()['x-server-cache'], { timeout: 10_000 })
      .toBe('HIT');
    const wholeResponse = await context.request.get(`/_reader${path}`);
    const whole = await wholeResponse.text();
    const wholeFonts = `${wholeResponse.headers()['link'] ?? ''} ${fontPreloads(whole).join(' ')}`;
    for (const spliced of [viaNext, viaServer]) {
      expect(spliced.status()).toBe(200);
      expect(spliced.headers()['cache-control']).toBe('private, no-store');
      expect(spliced.headers()['content-type']).toBe('text/html; charset=utf-8');
      const splicedHtml = await spliced.text();
      expect(splicedHtml).not.toContain('self.__next_f');
      expect(withoutScripts(splicedHtml)).toBe(withoutScripts(whole));
      // Both preload the same two font files (the whole render in its Link header).
      expect(fontPreloads(splicedHtml)).toHaveLength(2);
      for (const font of fontPreloads(splicedHtml)) expect(wholeFonts).toContain(font);
      expect(splicedHtml).toContain(saved ? SAVED : '<input type="hidden" name="action" value="add"/>');
      expect(splicedHtml).toContain('<summary>Zoë O&#x27;Brien &lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; Lee</summary>');
    }
    if (!saved) {
      const added = await context.request.post('/reader/bookmarks', {
        form: { articleId: String(article.id), action: 'add', next: path },
        headers: { Origin: new URL(viaNext.url()).origin, Accept: 'application/json' },
      });
      expect(await added.json()).toEqual({ bookmarked: true });
    }
  }

  // In the browser the spliced button works in place (the islands script reads only the markup).
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await expect(page.getByRole('banner').getByText(reader.name)).toBeVisible();
  await toggleBookmark(page, 'Remove bookmark');
  await expect(page).toHaveURL(path);
  // A navigation (a full page load: reader pages have no client router) and back keep the reader's state.
  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('banner').getByText(reader.name)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('bookmarking an unknown or unpublished article answers a clear error and writes nothing; other sites and anonymous callers are refused', async ({
  browser,
  request,
  baseURL,
}) => {
  const context = await signUp(browser, newReader('Carla Careful'));
  const [unpublished] = findArticles('unpublished', 1);
  const post = (articleId: string, origin = baseURL!) =>
    context.request.post('/reader/bookmarks', {
      form: { articleId, action: 'add', next: '/' },
      headers: { Origin: origin, Accept: 'application/json' },
    });
  for (const id of ['999999999', String(unpublished.id)]) {
    const response = await post(id);
    expect(response.status(), id).toBe(404);
    expect((await response.json()).message).toMatch(/not published/);
  }
  for (const id of ['0', '-1', 'abc', '1e3', '']) expect((await post(id)).status(), id).toBe(400);
  expect((await post('1', 'https://evil.example')).status()).toBe(403);
  expect(await (await context.request.get('/bookmarks')).text()).toContain('Nothing saved yet');
  const anonymous = await request.post('/reader/bookmarks', {
    form: { articleId: '1', action: 'add' },
    headers: { Origin: baseURL!, Accept: 'application/json' },
  });
  expect(anonymous.status()).toBe(401);
  // A reader session never opens the newsroom.
  const admin = await context.request.get('/admin', { maxRedirects: 0 });
  expect([303, 307]).toContain(admin.status());
  expect(admin.headers()['location']).toContain('/admin/login');
  // /bookmarks and /account are private and noindex; signed out they send you to sign in.
  const bookmarks = await context.request.get('/bookmarks');
  expect(bookmarks.headers()['cache-control']).toMatch(/private|no-store/);
  expect(await bookmarks.text()).toMatch(/<meta name="robots" content="noindex/);
  const signedOut = await request.get('/bookmarks', { maxRedirects: 0 });
  expect(signedOut.headers()['location']).toBe('/signin?next=/bookmarks');
  // A page number changes none of that: these pages read ?page themselves (no section rewrite).
  for (const path of ['/bookmarks', '/account']) {
    const paged = await request.get(`${path}?page=2`, { maxRedirects: 0 });
    expect([303, 307], path).toContain(paged.status());
    expect(paged.headers()['location']).toBe(`/signin?next=${path}`);
  }
  const secondPage = await context.request.get('/bookmarks?page=2');
  expect(secondPage.status()).toBe(200);
  expect(await secondPage.text()).toContain('Your bookmarks');
  await context.close();
});

test('a reader changes the password and deletes the account: bookmarks and sessions go with it', async ({
  browser,
  baseURL,
}) => {
  const reader = newReader('Dmitri Delete');
  const first = await signUp(browser, reader);
  const second = await signUp(browser, { ...reader, email: reader.email.replace('@', '+2@') });
  await second.close();
  const [article] = findArticles('published', 1);
  const page = await first.newPage();
  await page.goto(pathOf(article));
  await toggleBookmark(page, 'Bookmark');

  await page.goto('/account');
  await page.getByLabel('Current password').fill('wrong password here');
  await page.getByLabel(/^New password/).fill('a brand new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('That is not your current password.')).toBeVisible();
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel(/^New password/).fill('a brand new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');

  const cookie = (await first.cookies()).find((c) => c.name === 'meridian_reader')!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  await page.getByLabel('Your password, to confirm').fill('a brand new password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The old session token is dead, and the account cannot sign in any more.
  const replay = await browser.newContext();
  await replay.addCookies([{ ...cookie }]);
  expect((await replay.request.get('/bookmarks', { maxRedirects: 0 })).headers()['location']).toBe(
    '/signin?next=/bookmarks',
  );
  const signIn = await replay.request.post('/reader/session', {
    form: { email: reader.email, password: 'a brand new password', next: '/bookmarks' },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(signIn.headers()['location']).toContain('error=invalid');
  await replay.close();
  await first.close();
});

test('the account pages and the signed-in article have no axe violations (WCAG 2.1 AA)', async ({ browser }) => {
  // Several pages, each a full axe run: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.newPage();
  for (const url of ['/signin?error=invalid', '/signup?error.email=Give%20a%20valid%20e-mail%20address.'])
    await expectNoAxeViolations(signedOut, url);
  await anonymous.close();
  const [article] = findArticles('published', 1);
  const { page } = await readerWhoBookmarked(browser, 'Ola Axe', article);
  for (const url of [
    pathOf(article),
    '/bookmarks',
    '/account?error.current=That%20is%20not%20your%20current%20password.',
  ])
    await expectNoAxeViolations(page, url);
});

test('search results carry each story’s bookmark state for a signed-in reader, and no controls for anyone else', async ({
  browser,
  request,
}) => {
  const [article] = findArticles('published', 1);
  const word = article.title.split(/\W+/).find((w) => w.length > 4)!;
  const { page } = await readerWhoBookmarked(browser, 'Sam Search', article);
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  const card = page.locator('.search-result').filter({ has: page.locator(`a[href="${pathOf(article)}"]`) });
  await expect(card.getByRole('button', { name: /^Remove bookmark/ })).toBeVisible();
  const others = page.locator('.search-result').filter({ hasNot: page.locator(`a[href="${pathOf(article)}"]`) });
  if ((await others.count()) > 0) await expect(others.first().getByRole('button', { name: /^Bookmark/ })).toBeVisible();
  // Removing from the results works in place.
  await toggleBookmark(card, 'Remove bookmark');
  const anonymous = await (await request.get(`/search?q=${encodeURIComponent(word)}`)).text();
  expect(anonymous).not.toContain('action="/reader/bookmarks"');
  expect(anonymous).not.toContain('Sam Search');
});

test('home, fronts, tag pages and later pages carry the reader’s name and bookmark state; anonymous readers keep the cached pages', async ({
  browser,
  request,
}) => {
  const [article] = findArticles('published', 1);
  const { context, page } = await readerWhoBookmarked(browser, 'Lena Lists', article);
  for (const url of ['/', `/${article.section}`, `/${article.section}?page=2`]) {
    const response = await context.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control'], url).toMatch(/private/);
    const html = await response.text();
    expect(html, url).toContain('Lena Lists');
    expect(html, url).toContain('action="/reader/bookmarks"');
  }
  await page.goto(`/${article.section}`);
  // On the section's front (a card) or in its "More from…" list (a story card).
  const card = page.locator('.fc, .story-card').filter({ has: page.locator(`a[href="${pathOf(article)}"]`) });
  await expect(card.getByRole('button', { name: /^Remove bookmark/ })).toBeVisible();
  // Anonymous requests are still served from the cache, with no reader's state in them.
  for (const url of ['/', `/${article.section}`]) {
    await request.get(url);
    const response = await request.get(url);
    expect(response.headers()['x-nextjs-cache'], url).toMatch(FROM_CACHE);
    const html = await response.text();
    expect(html, url).not.toContain('Lena Lists');
    expect(html, url).not.toContain('action="/reader/bookmarks"');
  }
});

test('signing out ends the session: the pages are the anonymous ones again', async ({ browser }) => {
  const context = await signUp(browser, newReader('Otto Out'));
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').getByText('Otto Out').click();
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'meridian_reader')).toBeUndefined();
  // A link cannot sign anyone out, and another site's form is refused.
  expect((await context.request.get('/signout', { maxRedirects: 0 })).headers()['location']).toBe('/account');
  expect((await context.request.post('/signout', { headers: { Origin: 'https://evil.example' } })).status()).toBe(403);
  await context.close();
});

test('a reader who is throttled is told in their edition’s language how long to wait, and keeps the address typed', async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.150' } });
  const page = await context.newPage();
  const email = 'someone.throttled@example.test';
  await page.goto('/ru/signin');
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль').fill(`wrong password ${attempt}`);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page, `attempt ${attempt}`).toHaveURL(/\/ru\/signin\?error=/);
  }
  // The first wait is 30 s: "1 минуту", with the Russian plural.
  await expect(page).toHaveURL(/error=throttled&minutes=1&/);
  await expect(page.getByText('Слишком много попыток входа. Подождите 1 минуту и попробуйте снова.')).toBeVisible();
  await expect(page.getByLabel('Электронная почта')).toHaveValue(email);
  await context.close();
});

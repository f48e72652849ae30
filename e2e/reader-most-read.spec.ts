import { expect, test } from '@playwright/test';
import { findArticles, pathOf } from './helpers';
import { viewsOf } from '@/db/queries/most-read';

/**
 * Most read: a reader's page view reaches the counts through the page's beacon (no cookie, no
 * dynamic page), once per reader and hour; bots get the same 204 and are not counted; the
 * lists show the seeded counts on the home page and beside an article.
 */

// A desktop Chrome that is not headless (a headless browser is a bot to the counter).
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const BOT_UA = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
// The counter writes every 10 s; a loaded machine may take longer to get there.
const FLUSH_DEADLINE = 40_000;
const unique = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}, ${Date.now() % 1e6}`;
const address = (n: number) => `192.0.2.${n}`;

test.describe.configure({ mode: 'serial' });

test('a reader’s view is counted once per hour through the beacon; a bot’s is answered but not counted', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // An archive story other journeys do not open, so the counts below are this test's alone.
  const candidates = findArticles('published-archive', 40);
  const story = candidates[candidates.length - 1];
  const path = pathOf(story);
  const start = viewsOf(story.id);
  const ip = address(Math.floor(Math.random() * 200) + 20);

  const context = await browser.newContext({ userAgent: BROWSER_UA, extraHTTPHeaders: { 'X-Forwarded-For': ip } });
  // A reader counts once per story per hour: a repeat in the next hour counts again, rightly.
  const hour = () => Math.floor(Date.now() / 3_600_000);
  const firstHour = hour();
  let repeatHour = firstHour;
  try {
    const page = await context.newPage();
    const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
    await page.goto(path);
    const answer = await beacon;
    expect(answer.status()).toBe(204);
    expect(answer.request().postData()).toBe(String(story.id));
    expect(await answer.headerValue('set-cookie')).toBeNull();
    expect(await context.cookies()).toEqual([]);
    await expect.poll(() => viewsOf(story.id), { timeout: FLUSH_DEADLINE }).toBe(start + 1);

    // The same reader again this hour: the beacon goes, and is not counted.
    const again = page.waitForResponse((r) => r.url().endsWith('/api/views'));
    await page.reload();
    expect((await again).status()).toBe(204);
    repeatHour = hour();
  } finally {
    await context.close();
  }

  // A bot gets the same answer and is not counted.
  const bot = await request.post('/api/views', {
    data: String(story.id),
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': BOT_UA, 'X-Forwarded-For': unique() },
  });
  expect(bot.status()).toBe(204);
  expect(bot.headers()['set-cookie']).toBeUndefined();
  // Then one more reader (JSON this time). Counts are written in order in batches: once this one
  // shows, the repeat and the bot before it would show too, had they been counted.
  const other = await request.post('/api/views', {
    data: { id: story.id },
    headers: { 'User-Agent': BROWSER_UA, 'X-Forwarded-For': address(7) },
  });
  expect(other.status()).toBe(204);
  await expect.poll(() => viewsOf(story.id), { timeout: FLUSH_DEADLINE }).toBeGreaterThanOrEqual(start + 2);
  // The repeat is not counted, unless the clock passed the hour between the two views; the bot never is.
  const repeat = repeatHour === firstHour ? 0 : 1;
  expect(viewsOf(story.id), 'the repeat and the bot were not counted').toBeGreaterThanOrEqual(start + 2);
  expect(viewsOf(story.id), 'the repeat and the bot were not counted').toBeLessThanOrEqual(start + 2 + repeat);
});

test('the endpoint refuses junk, oversized bodies and other methods, and sets no cookie', async ({ request }) => {
  const post = (data: string) =>
    request.post('/api/views', { data, headers: { 'Content-Type': 'text/plain', 'User-Agent': BROWSER_UA } });
  for (const junk of ['', 'abc', '-3', '1.5', '{"id":"x"}', '999999999']) {
    const r = await post(junk);
    expect(r.status(), junk).toBe(400);
    expect(r.headers()['set-cookie']).toBeUndefined();
  }
  const draft = findArticles('draft')[0];
  if (draft) expect((await post(String(draft.id))).status(), 'a draft').toBe(400);
  expect((await post('1'.repeat(65))).status()).toBe(413);
  expect((await request.get('/api/views')).status()).toBe(405);
  expect((await request.put('/api/views', { data: '1' })).status()).toBe(405);
});

test('most read shows the seeded counts on the home page and beside an article', async ({ page }) => {
  await page.goto('/');
  const home = page.getByRole('region', { name: 'Most read' }).first();
  await expect(home).toBeVisible();
  const links = home.getByRole('listitem').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const first = await links.first().getAttribute('href');
  expect(first).toMatch(/^\/[a-z0-9-]+\/\d+-/);

  const story = findArticles('published', 1)[0];
  await page.goto(pathOf(story));
  const rail = page.getByRole('region', { name: 'Most read' }).first();
  await expect(rail).toBeVisible();
  expect(await rail.getByRole('listitem').getByRole('link').count()).toBeGreaterThanOrEqual(1);
});

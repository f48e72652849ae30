import { expect, test } from '@playwright/test';
import { slugify } from '@/lib/urls';
import { findArticles, staffAccounts, writeNewArticle } from './helpers';

// Publishing changes the home page and fronts that other journeys read, so this runs with the
// other journeys that change content, one step after another.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'newsroom e2e password 42';
const AUTHOR = { email: 'aisha.author@example.test', name: 'Aisha Author', role: 'author' };
const EDITOR = { email: 'emil.editor@example.test', name: 'Emil Editor', role: 'editor' };

const signedIn = staffAccounts(PASSWORD, [AUTHOR, EDITOR]);

const stamp = Date.now().toString(36);
const headline = `Newsroom test ${stamp}: ports & "quotes" reopen`;
const corrected = `Newsroom test ${stamp}: ports reopen after the strike`;
let articleId = 0;
let publicPath = '';

test('an author writes a draft with a picture; readers cannot see it', async ({ browser, request }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.31');
  await writeNewArticle(page, {
    headline,
    section: 'Business',
    lede: 'Dock workers ended a two-week strike on Thursday.',
    body: 'Ships began to move on *Thursday* morning, the [port authority](https://example.org/port) said.\n\n> We are glad it is over.\n>\n> — A harbour pilot\n\n## What comes next\n\n- More ships\n- Fewer queues',
  });
  await page.getByLabel('Tags (comma separated; new ones are created)').fill('Shipping strikes, Oil');
  await page.getByLabel('Hero picture or video (media id, optional)').fill('1');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  await expect(page.getByText('Status: draft')).toBeVisible();
  articleId = Number(/articles\/(\d+)/.exec(page.url())![1]);
  publicPath = `/business/${articleId}-${slugify(headline)}`;
  expect((await request.get(publicPath)).status()).toBe(404);

  // The preview shows the draft as readers will see it, at an unguessable URL, never cached or indexed.
  const previewHref = (await page.getByRole('link', { name: 'preview' }).getAttribute('href'))!;
  expect(previewHref).toMatch(new RegExp(`^/preview/${articleId}/[A-Za-z0-9_-]{32}$`));
  const preview = await request.get(previewHref);
  expect(preview.status()).toBe(200);
  expect(preview.headers()['cache-control']).toContain('no-store');
  const previewHtml = await preview.text();
  expect(previewHtml).toContain('Preview — not published');
  expect(previewHtml).toContain('<em>Thursday</em>');
  expect(previewHtml).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  expect((await request.get(`/preview/${articleId}/${'x'.repeat(32)}`)).status()).toBe(404);
});

test("the author publishes and a reader's very next request shows it everywhere", async ({ browser, request }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.32');
  await page.goto(`/admin/articles/${articleId}`);
  // Warm the caches the reader will hit, so the test proves invalidation rather than a cold render.
  for (const url of ['/', '/business', '/rss.xml']) await request.get(url);

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText('Published.');
  const published = Date.now();
  const article = await request.get(publicPath);
  const visibleAfter = Date.now() - published;
  expect(article.status()).toBe(200);
  const html = await article.text();
  expect(html).toContain('Newsroom test');
  expect(html).toContain('<em>Thursday</em>');
  expect(html).toContain('— ');
  console.log(`publish → visible to the next reader request: ${visibleAfter} ms`);
  expect(visibleAfter).toBeLessThan(2000);
  expect(await (await request.get('/')).text()).toContain(`/${articleId}-`);
  expect(await (await request.get('/business')).text()).toContain(`/${articleId}-`);
  expect(await (await request.get('/rss.xml')).text()).toContain(`:article:${articleId}<`);
});

test('the author corrects the headline and readers see the new one', async ({ browser, request }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.33');
  await page.goto(`/admin/articles/${articleId}`);
  await page.getByLabel('Headline', { exact: true }).fill(corrected);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Saved.');
  const html = await (await request.get(publicPath)).text();
  expect(html).toContain(corrected);
  // Every save kept a revision, saying who made it; the newsroom shows what changed.
  const revisions = page.getByRole('region', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem').first()).toContainText(`v3 · edited by ${AUTHOR.name}`);
  await expect(revisions).toContainText(`v2 · published by ${AUTHOR.name}`);
  await expect(revisions).toContainText(`v1 · created by ${AUTHOR.name}`);
  await page.getByRole('link', { name: 'compare with current' }).first().click();
  await expect(page.getByRole('heading', { name: 'Headline' })).toBeVisible();
  await expect(page.locator('ins').first()).toBeVisible();
  await expect(page.locator('del').first()).toBeVisible();
  expect(await (await request.get('/')).text()).toContain(corrected);
});

test('two people edit the same article: the second save gets a conflict, not a silent overwrite', async ({
  browser,
}) => {
  const first = await signedIn(browser, AUTHOR, '198.51.100.34');
  const second = await signedIn(browser, EDITOR, '198.51.100.35');
  await first.goto(`/admin/articles/${articleId}`);
  await second.goto(`/admin/articles/${articleId}`);
  await first.getByLabel('Lede', { exact: true }).fill('First editor’s lede.');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('status').first()).toHaveText('Saved.');
  await second.getByLabel('Lede', { exact: true }).fill('Second editor’s lede.');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible();
  await expect(second.getByLabel('Lede', { exact: true })).toHaveValue('Second editor’s lede.');
  await expect(second.getByText('First editor’s lede.')).toBeVisible();
});

test('the editor unpublishes: the page answers 404 and leaves the fronts and the feed', async ({
  browser,
  request,
}) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.36');
  await page.goto(`/admin/articles/${articleId}`);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status')).toHaveText('Unpublished.');
  await expect(page.getByRole('region', { name: 'Revisions' }).getByRole('listitem').first()).toContainText(
    `unpublished by ${EDITOR.name}`,
  );
  expect((await request.get(publicPath)).status()).toBe(404);
  expect(await (await request.get('/')).text()).not.toContain(`/${articleId}-`);
  expect(await (await request.get('/business')).text()).not.toContain(`/${articleId}-`);
  expect(await (await request.get('/rss.xml')).text()).not.toContain(`:article:${articleId}<`);
});

test('a scheduled article goes live on time with no request arriving', async ({ browser, request }) => {
  // A browser on UTC: the form's time is then the UTC time (e2e/newsroom-schedule.spec.ts has other zones).
  const page = await signedIn(browser, AUTHOR, '198.51.100.37', true, { timezoneId: 'UTC' });
  const title = `Scheduled test ${stamp}: the night train returns`;
  await writeNewArticle(page, {
    headline: title,
    section: 'Business',
    lede: 'The sleeper service resumes tonight.',
    body: 'Tickets went on sale at noon.',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  const path = `/business/${id}-${slugify(title)}`;

  const at = new Date(Date.now() + 5000).toISOString();
  await page.getByLabel('Date', { exact: true }).fill(at.slice(0, 10));
  await page.getByLabel('Time (24-hour, HH:MM)').fill(at.slice(11, 19));
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status')).toHaveText('Scheduled.');
  expect((await request.get(path)).status()).toBe(404);
  await request.get('/'); // the home page is cached without the story

  // No request reaches the server now: the database shows the story published on time.
  await expect
    .poll(() => findArticles('published', 500).some((a) => a.id === id), { timeout: 15_000, intervals: [250] })
    .toBe(true);
  expect((await request.get(path)).status()).toBe(200);
  expect(await (await request.get('/')).text()).toContain(`/${id}-`);
  // No person published it: its revision says the scheduler did.
  await page.goto(`/admin/articles/${id}`);
  const revisions = page.getByRole('region', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem').first()).toContainText('published on schedule by the scheduler');
  await expect(revisions).toContainText(`scheduled by ${AUTHOR.name}`);
});

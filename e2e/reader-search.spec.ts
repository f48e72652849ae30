import { expect, test } from '@playwright/test';
import { findArticles, pathOf } from './helpers';

// The whole journey works as plain HTML: GET forms and links.
test.use({ javaScriptEnabled: false });

test('a reader searches from the header, sees highlighted results and clicks through to the story', async ({
  page,
}) => {
  const [article] = findArticles('published', 3).slice(-1);
  const words = article.title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3)
    .slice(0, 3);
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: /Search/ }).first();
  await box.fill(`"${words.join(' ')}"`.replace(/"/g, '') + ' ');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/\d+ stor(y matches|ies match)/);

  const result = page.locator('.search-result').filter({ has: page.locator(`a[href="${pathOf(article)}"]`) });
  await expect(result).toHaveCount(1);
  // The matched words are marked in the headline.
  const marks = await result.locator('h2 mark').allTextContents();
  expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(words.map((w) => w.toLowerCase())));
  await expect(result.locator('time')).toHaveAttribute('datetime', /\d{4}-\d\d-\d\dT/);

  await result.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(article)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});

test('filters, sorting and pages are plain links and GET forms', async ({ page }) => {
  await page.goto('/search?q=the');
  const status = page.getByRole('status');
  await expect(status).toContainText('match');
  // Newest first is a link; the order follows publication time.
  await page.getByRole('link', { name: 'newest first' }).click();
  await expect(page).toHaveURL(/sort=newest/);
  const times = await page
    .locator('.search-result time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(times.length).toBe(20);
  expect([...times].sort().reverse()).toEqual(times);

  // Page 2 is a real link that keeps the sort.
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/sort=newest.*page=2|page=2.*sort=newest/);
  const page2 = await page.locator('.search-result time').first().getAttribute('datetime');
  expect(page2! <= times[times.length - 1]).toBe(true);

  // Narrow to one section and the past week with the form.
  const section = await page.locator('#search-section option').nth(1);
  const sectionName = (await section.textContent())!;
  await page.getByLabel('Section', { exact: true }).selectOption({ label: sectionName });
  await page.getByLabel('Published', { exact: true }).selectOption('week');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/section=[a-z-]+/);
  await expect(page).toHaveURL(/range=week/);
  await expect(page).not.toHaveURL(/page=2/);
  const chips = page.getByRole('list', { name: 'Filters in use' });
  await expect(chips.getByRole('link', { name: new RegExp(`Section: ${sectionName}`) })).toBeVisible();
  const sections = await page.locator('.search-result .story-card__section').allTextContents();
  expect(new Set(sections)).toEqual(new Set([sectionName]));
  const cutoff = new Date(Date.now() - 7 * 24 * 3600 * 1000 - 60_000).toISOString();
  for (const t of await page
    .locator('.search-result time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!)))
    expect(t >= cutoff).toBe(true);

  // Removing the section filter keeps the rest.
  await chips.getByRole('link', { name: new RegExp(`Section: ${sectionName}`) }).click();
  await expect(page).not.toHaveURL(/section=/);
  await expect(page).toHaveURL(/range=week/);

  // A custom range from the date fields.
  await page.goto('/search?q=the&from=2000-01-01&to=2000-01-31');
  await expect(page.getByRole('status')).toHaveText('No stories match “the” with these filters.');
  await expect(page.getByRole('link', { name: 'Search again without filters' })).toHaveAttribute(
    'href',
    '/search?q=the',
  );
});

test('odd and hostile searches get a helpful page, never an error, and nothing comes back unescaped', async ({
  request,
  page,
}) => {
  const cases: [string, RegExp][] = [
    ['', /Search every story/],
    ['   ', /Search every story/],
    ['-football', /at least one word to look for/],
    ['*', /Search every story/],
    ['NEAR(oil gas) AND "unbalanced', /match/],
    ['title:oil', /match/],
    ['<script>alert(1)</script>', /match/],
    ['"><img src=x onerror=alert(1)>', /match/],
    ["' OR 1=1; DROP TABLE articles; --", /match/],
    ['\u0000\u0007 oil', /match/],
    ['x'.repeat(5000), /shortened/],
    ['санкции', /match/],
  ];
  for (const [q, expected] of cases) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    const html = await response.text();
    expect(html, q).toMatch(expected);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(response.headers()['cache-control'], q).toMatch(/private|no-store/);
  }
  for (const url of [
    '/search?q=oil&page=0',
    '/search?q=oil&page=-1',
    '/search?q=oil&page=99999999',
    '/search?q=oil&page=abc',
    '/search?q=oil&section=../../etc',
    '/search?q=oil&from=2026-13-45',
    '/search?q[]=oil&sort[]=x',
  ]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
  await page.goto('/search?q=oil');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

import { expect, test } from '@playwright/test';
import { findArticles, pathOf } from './helpers';

const noRedirect = { maxRedirects: 0 };

test('a wrong slug, a wrong section or a bare id answers 308 to the canonical URL', async ({ request }) => {
  const [article] = findArticles('published', 1);
  const canonical = pathOf(article);
  const other = article.section === 'sport' ? 'business' : 'sport';

  for (const wrong of [
    `/${article.section}/${article.id}-not-the-slug`,
    `/${other}/${article.id}-${article.slug}`,
    `/${article.section}/${article.id}`,
  ]) {
    const response = await request.get(wrong, noRedirect);
    expect(response.status(), wrong).toBe(308);
    const location = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    expect(
      location.map((h) => new URL(h.value, 'http://x').pathname),
      wrong,
    ).toEqual([canonical]);
  }
  const ok = await request.get(canonical, noRedirect);
  expect(ok.status()).toBe(200);
});

test('unknown and unpublished articles, unknown lists and pages past the last answer a real 404 page', async ({
  page,
  request,
}) => {
  const drafts = findArticles('draft', 1);
  const scheduled = findArticles('scheduled', 1);
  const unpublished = findArticles('unpublished', 1);
  expect(drafts.length + scheduled.length + unpublished.length).toBeGreaterThan(2);

  const missing = [
    '/world-news/99999999-no-such-story',
    ...[...drafts, ...scheduled, ...unpublished].map(pathOf),
    '/no-such-section',
    '/tags/no-such-tag',
    '/authors/no-such-person',
    '/world-news?page=9999',
    '/world-news?page=0',
    '/world-news?page=abc',
    '/world-news/0-zero',
    '/media/..%2f..%2fetc%2fpasswd',
    '/media/nope-640.webp',
  ];
  for (const url of missing) {
    const response = await request.get(url, noRedirect);
    expect(response.status(), url).toBe(404);
  }

  const response = await page.goto('/world-news/99999999-no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('?page=1 answers 308 to the list itself', async ({ request }) => {
  const response = await request.get('/business?page=1', noRedirect);
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()['location'], 'http://x').pathname).toBe('/business');
});

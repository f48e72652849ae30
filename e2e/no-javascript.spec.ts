import { expect, test } from '@playwright/test';
import { findArticles, pathOf } from './helpers';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the article is fully readable and every share link is there', async ({ page }) => {
  // The newest article carries every block type and a title with quotes and an ampersand.
  const [article] = findArticles('published', 1);
  const response = await page.goto(pathOf(article));
  expect(response?.status()).toBe(200);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.locator('.article-lede')).toBeVisible();
  const hero = page.locator('.article-hero img');
  await expect(hero).toBeVisible();
  await expect(hero).toHaveAttribute('alt', /\S/);
  await expect(hero).toHaveAttribute('width', /\d+/);
  await expect(hero).toHaveAttribute('height', /\d+/);
  await expect(page.locator('.article-hero figcaption')).toBeVisible();
  await expect(page.locator('.byline a').first()).toHaveAttribute('href', /^\/authors\//);

  // Every block type rendered on the server.
  const body = page.locator('.article-body');
  expect(await body.locator('p').count()).toBeGreaterThan(2);
  await expect(body.locator('h2').first()).toBeVisible();
  await expect(body.locator('figure.quote blockquote')).toBeVisible();
  // The page draws the curly quotation marks around the words (staff type only the words).
  await expect(body.locator('figure.quote blockquote').first()).toHaveText(/^“[\s\S]*[^“”\s]”$/);
  await expect(body.locator('figure.quote figcaption')).toBeVisible();
  await expect(body.locator('figure.inline-figure img')).toBeVisible();
  await expect(body.locator('ul, ol').first()).toBeVisible();
  await expect(body.locator('aside.embed a')).toHaveAttribute('href', /^https:\/\//);
  await expect(body.locator('a[href^="http"]').first()).toHaveAttribute('rel', /noopener/);
  expect(await body.locator('em').count()).toBeGreaterThan(0);

  // Share links: plain links with the canonical URL and the title, encoded.
  const canonical = new URL(pathOf(article), page.url()).href;
  const share = page.getByRole('region', { name: 'Share this article' });
  const expected: Record<string, (u: URL) => void> = {
    facebook: (u) => expect(u.searchParams.get('u')).toBe(canonical),
    x: (u) => {
      expect(u.searchParams.get('url')).toBe(canonical);
      expect(u.searchParams.get('text')).toBe(article.title);
    },
    telegram: (u) => {
      expect(u.searchParams.get('url')).toBe(canonical);
      expect(u.searchParams.get('text')).toBe(article.title);
    },
    vk: (u) => {
      expect(u.searchParams.get('url')).toBe(canonical);
      expect(u.searchParams.get('title')).toBe(article.title);
    },
    whatsapp: (u) => expect(u.searchParams.get('text')).toBe(`${article.title} ${canonical}`),
    ok: (u) => {
      expect(u.searchParams.get('url')).toBe(canonical);
      expect(u.searchParams.get('title')).toBe(article.title);
    },
    email: (u) => {
      expect(u.protocol).toBe('mailto:');
      expect(decodeURIComponent(u.search)).toContain(article.title);
      expect(decodeURIComponent(u.search)).toContain(canonical);
    },
  };
  for (const [network, check] of Object.entries(expected)) {
    const link = share.locator(`a[data-network="${network}"]`);
    await expect(link, network).toHaveCount(1);
    await expect(link, network).toHaveAttribute('rel', /noopener/);
    await expect(link, network).toHaveAccessibleName(/\S/);
    check(new URL((await link.getAttribute('href'))!));
  }
  // The copy-link and native-share buttons need JavaScript, so they stay hidden without it.
  await expect(share.getByRole('button')).toHaveCount(0);
  for (const button of await share.locator('button').all()) await expect(button).toBeHidden();

  // Related stories and topics are server-rendered links.
  expect(await page.getByRole('region', { name: 'Related stories' }).locator('a').count()).toBeGreaterThan(3);
  await expect(page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/tags\//,
  );
});

test('with JavaScript off the header search submits a GET form', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('searchbox', { name: /Search/ })
    .first()
    .fill('oil');
  await page
    .getByRole('searchbox', { name: /Search/ })
    .first()
    .press('Enter');
  await expect(page).toHaveURL(/\/search\?q=oil$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
});

test('the print stylesheet keeps the article and drops the site furniture', async ({ page }) => {
  const [article] = findArticles('published', 1);
  await page.goto(pathOf(article));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-body')).toBeVisible();
  for (const hidden of ['.site-header', '.site-footer', '.share-bar', '.related']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('.print-url')).toBeVisible();
});

test('with JavaScript off a 404 page shows what happened and the way on, inside the site', async ({ page }) => {
  // Next renders notFound() in a page as an empty document (vercel/next.js#62228); the production
  // server sends the reader's not-found page instead (lib/islands/respond.ts).
  for (const url of [
    '/world-news/99999999-no-such-story',
    '/no-such-section',
    '/tags/no-such-tag',
    '/world-news?page=9999',
    '/search/x',
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), url).toBeVisible();
    await expect(page.getByRole('link', { name: 'home page' }), url).toHaveAttribute('href', '/');
    await expect(page.getByRole('navigation', { name: 'Sections', exact: true }), url).toBeVisible();
    await expect(page.locator('meta[name="robots"]'), url).toHaveAttribute('content', /noindex/);
    await expect(page, url).toHaveTitle(/Page not found/);
  }
});

test('with JavaScript off the header fits 320 px, and its menu opens every section, programmes and search', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const header = page.getByRole('banner');
  // Nothing in row 1 is cut off or pushes the page sideways (the section row scrolls inside itself).
  const fit = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    right: Math.max(
      ...[...document.querySelectorAll('.site-header__bar *')]
        // What is drawn: not the closed menu's contents.
        .filter((e) => e.checkVisibility())
        .map((e) => e.getBoundingClientRect().right),
    ),
  }));
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
  expect(fit.right).toBeLessThanOrEqual(fit.innerWidth);
  await expect(header.getByRole('link', { name: /home$/ })).toBeVisible();
  // Below 375 px search is in the menu only (checked below), so the row keeps its logo whole.
  await expect(header.getByRole('link', { name: 'Search', exact: true })).toBeHidden();
  await expect(header.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(header.locator('.site-menu summary')).toHaveText('Menu');

  // The section row hides nothing without a hint: it scrolls, with a fade at its end.
  const row = page.getByRole('navigation', { name: 'Sections', exact: true });
  const sections = (await row.getByRole('link').allTextContents()).map((t) => t.trim());
  expect(sections.length).toBeGreaterThan(8);
  const scrolls = await row
    .locator('ul')
    .evaluate((ul) => ({ overflow: getComputedStyle(ul).overflowX, wider: ul.scrollWidth > ul.clientWidth }));
  expect(scrolls).toEqual({ overflow: 'auto', wider: true });

  // The menu (a <details>) opens without JavaScript and holds every section, programmes and search.
  await header.locator('.site-menu summary').click();
  const menu = page.getByRole('navigation', { name: 'Site menu' });
  for (const name of sections) await expect(menu.getByRole('link', { name, exact: true }), name).toBeVisible();
  await expect(menu.getByRole('link', { name: /Programmes/ })).toHaveAttribute('href', '/shows');
  const panelFits = await page
    .locator('.site-menu__panel')
    .evaluate((panel) => panel.getBoundingClientRect().right <= innerWidth);
  expect(panelFits).toBe(true);
  const box = page.locator('.site-menu').getByRole('searchbox', { name: /Search/ });
  await box.fill('oil');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=oil$/);
});

test('with JavaScript off the dateline shows the exact time, and no relative time goes stale in the cache', async ({
  page,
}) => {
  const [article] = findArticles('published', 1);
  await page.goto(pathOf(article));
  await expect(page.locator('.dateline time').first()).toHaveText(
    /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2} \S+$/,
  );
  await expect(page.locator('.relative-time').first()).toHaveText('');
  await expect(page.locator('.reading-time')).toHaveText(/^\d+ min read$/);
});

import { expect, test } from '@playwright/test';
import { findArticles, pathOf } from './helpers';

test('a reader goes home → section → article → related story → tag page → author page', async ({ page }) => {
  const home = await page.goto('/');
  expect(home?.status()).toBe(200);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Home', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  // The front: a lead with its picture, top stories, opinion, then a row per section.
  const lead = page.locator('[data-container="lead"] .fc');
  await expect(lead.locator('img')).toBeVisible();
  await expect(page.locator('[data-container="top"] .fgrid__item')).toHaveCount(6);
  await expect(page.locator('[data-container="row"]').first()).toBeVisible();
  // Each card shows its headline (the link) and time; the lead and the large cards their
  // standfirst; top stories their section.
  const incomplete = await page
    .locator('.front-body .fc')
    .evaluateAll((cards) =>
      cards
        .filter(
          (c) =>
            !c.querySelector('h3 a') ||
            !c.querySelector('time[datetime]') ||
            ((c.matches('.fc--splash') || c.matches('.fc--large')) && !c.querySelector('.fc__standfirst')) ||
            (c.closest('[data-container="top"]') && !c.querySelector('.fc__kicker')),
        )
        .map((c) => c.textContent?.slice(0, 60)),
    );
  expect(incomplete).toEqual([]);
  expect(await page.locator('[data-container="row"], [data-container="opinion"]').count()).toBeGreaterThanOrEqual(8);

  // Section front from the navigation: its front, then "More from Business", 20 stories in all.
  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Business' }).click();
  await expect(page).toHaveURL(/\/business$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Business' })).toBeVisible();
  // The navigation marks where the reader is: this section's front is the current page.
  const sectionsNav = page.getByRole('navigation', { name: 'Sections', exact: true });
  await expect(sectionsNav.getByRole('link', { name: 'Business', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(sectionsNav.locator('[aria-current]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'More from Business' })).toBeVisible();
  const stories = page.locator('.front-body > :not(.front-rail) article');
  await expect(stories).toHaveCount(20);

  // The list after the front is newest first.
  const times = await page
    .locator('.list-stories time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(times.length).toBeGreaterThan(0);
  expect([...times].sort().reverse()).toEqual(times);

  // An article from the front.
  const leadLink = page.locator('[data-container="lead"] .fc__link').first();
  const firstHeadline = (await leadLink.textContent())!.trim();
  await leadLink.click();
  await expect(page).toHaveURL(/\/business\/\d+-[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstHeadline);
  await expect(page.locator('.article-section a')).toHaveText('Business');
  // On one of its stories the section is the current location (not the current page).
  await expect(sectionsNav.getByRole('link', { name: 'Business', exact: true })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(sectionsNav.locator('[aria-current]')).toHaveCount(1);
  await expect(page.locator('.dateline time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.locator('.article-body p').first()).toBeVisible();

  // Related stories: 4–6 other articles, never this one.
  const articleUrl = page.url();
  const related = page.getByRole('region', { name: 'Related stories' }).locator('li');
  const relatedCount = await related.count();
  expect(relatedCount).toBeGreaterThanOrEqual(4);
  expect(relatedCount).toBeLessThanOrEqual(6);
  const relatedHrefs = await related.locator('h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(relatedHrefs).not.toContain(articleUrl);
  await related.first().locator('h3 a').click();
  await expect(page).not.toHaveURL(articleUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A tag page from the article's topics.
  const topics = page.getByRole('navigation', { name: 'Topics' });
  const tagName = (await topics.getByRole('link').first().textContent())!.trim();
  await topics.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tags\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tagName);
  await expect(page.locator('.story-list > li').first()).toBeVisible();

  // An author page from an article's byline.
  await page.locator('.story-list h2 a').first().click();
  const byline = page.locator('.byline a').first();
  const authorName = (await byline.textContent())!.trim();
  await byline.click();
  await expect(page).toHaveURL(/\/authors\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(authorName);
  await expect(page.locator('.story-list > li').first()).toBeVisible();
});

test('list pages paginate with real links and rel prev/next', async ({ page }) => {
  await page.goto('/world-news');
  const pager = page.getByRole('navigation', { name: 'Pagination' });
  await pager.getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/world-news\?page=2$/);
  await expect(page.locator('.list-count')).toContainText('page 2 of');
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', /\/world-news$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/world-news\?page=2$/);
  await expect(pager.locator('[aria-current="page"]')).toContainText('2');
  const page1First = await (await page.request.get('/world-news')).text();
  const firstOnPage2 = await page.locator('.story-list h2 a').first().textContent();
  expect(page1First).not.toContain(`>${firstOnPage2}<`);
});

test('the dateline adds "… ago" to the exact time with JavaScript, in room kept for it', async ({ page }) => {
  // The newest story was published within the day (the seed's clock is the run's).
  const [article] = findArticles('published', 1);
  await page.goto(pathOf(article));
  const dateline = page.locator('.dateline').first();
  await expect(dateline.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(dateline.locator('.relative-time')).toHaveText(/^(just now|\d+ min ago|\d+ h ago)$/);
  await expect(page.locator('.reading-time')).toHaveText(/^\d+ min read$/);
});

test('the house fonts load without moving anything: no layout shift on an article at 390 px', async ({ page }) => {
  const [article] = findArticles('published', 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(pathOf(article));
  // Both house fonts (the serif and the sans) are used above the fold and have loaded.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'loaded').length;
      }),
    )
    .toBeGreaterThanOrEqual(2);
  // Two frames for any shift the fonts (or the islands) would cause to be reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  // And nothing makes the story scroll sideways (the share rows scroll inside themselves).
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
});

import { expect, test } from '@playwright/test';

test('a reader goes home → section → article → related story → tag page → author page', async ({ page }) => {
  const home = await page.goto('/');
  expect(home?.status()).toBe(200);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  // Lead story with its picture, top stories, then latest news by section.
  const lead = page.locator('.story-card--lead');
  await expect(lead.locator('img')).toBeVisible();
  await expect(page.locator('.top-stories > li')).toHaveCount(6);
  await expect(page.locator('.home-section').first()).toBeVisible();
  // Each item shows headline, lede, section and time.
  const incomplete = await page
    .locator('.home .story-card')
    .evaluateAll((cards) =>
      cards
        .filter(
          (c) =>
            !c.querySelector('h3 a') ||
            !c.querySelector('.story-card__lede') ||
            !c.querySelector('.story-card__section') ||
            !c.querySelector('time[datetime]'),
        )
        .map((c) => c.textContent?.slice(0, 60)),
    );
  expect(incomplete).toEqual([]);
  expect(await page.locator('.home-section').count()).toBeGreaterThanOrEqual(8);

  // Section front from the navigation.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Business' }).click();
  await expect(page).toHaveURL(/\/business$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Business' })).toBeVisible();
  const cards = page.locator('.story-list > li');
  await expect(cards).toHaveCount(20);

  // Times on the front are newest first.
  const times = await page
    .locator('.story-list time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect([...times].sort().reverse()).toEqual(times);

  // An article from the front.
  const firstHeadline = (await cards.first().locator('h2 a').textContent())!.trim();
  await cards.first().locator('h2 a').click();
  await expect(page).toHaveURL(/\/business\/\d+-[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstHeadline);
  await expect(page.locator('.article-section a')).toHaveText('Business');
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

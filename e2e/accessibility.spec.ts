import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, findArticles, firstSlug, pathOf } from './helpers';

const pages = () => {
  const [article] = findArticles('published', 1);
  const [plain] = findArticles('published-without-hero', 1);
  return {
    home: '/',
    section: '/world-news',
    'section page 2': '/russia?page=2',
    article: pathOf(article),
    'article without a picture': plain ? pathOf(plain) : pathOf(article),
    tag: '/tags/' + firstSlug('tags'),
    author: '/authors/' + firstSlug('authors'),
    search: '/search?q=oil',
    'search, newest first with filters, page 2': '/search?q=the&sort=newest&range=month&page=2',
    'search with no results': '/search?q=the&section=world-news&from=2000-01-01&to=2000-01-31',
    'search help': '/search?q=-football',
    'not found': '/no-such-page-here',
    'newsroom sign-in': '/admin/login?error=invalid',
  };
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, url] of Object.entries(pages())) {
      test(`zero axe violations (WCAG 2.1 AA): ${name}`, async ({ page }) => {
        // A reader's 404 is a page too.
        await expectNoAxeViolations(page, url, true);
      });
    }
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // Focus is visible: the focused link gets an outline.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('every image reserves its space (width and height or aspect-ratio)', async ({ page }) => {
  for (const url of ['/', '/business', pages().article]) {
    await page.goto(url);
    const bad = await page
      .locator('img')
      .evaluateAll((imgs) =>
        imgs
          .filter(
            (img) =>
              !(img.getAttribute('width') && img.getAttribute('height')) && !(img as HTMLElement).style.aspectRatio,
          )
          .map((img) => img.outerHTML.slice(0, 120)),
      );
    expect(bad, url).toEqual([]);
    const noAlt = await page.locator('img:not([alt])').count();
    expect(noAlt, url).toBe(0);
  }
});

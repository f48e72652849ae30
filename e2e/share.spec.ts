import { expect, test } from '@playwright/test';
import { findArticles, pathOf } from './helpers';

test('with JavaScript the share bar adds a working copy-link button', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const [article] = findArticles('published', 1);
  await page.goto(pathOf(article));
  const share = page.getByRole('region', { name: 'Share this article' });
  // The seven plain links are there before and after hydration.
  await expect(share.locator('a[data-network]')).toHaveCount(7);
  const copy = share.getByRole('button', { name: 'Copy link' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(pathOf(article), baseURL).href);
});

test('the story has a share bar at the top and another at the end, both enhanced, with no repeated ids', async ({
  page,
}) => {
  const [article] = findArticles('published', 1);
  await page.goto(pathOf(article));
  const top = page.getByRole('region', { name: 'Share this article' });
  const end = page.getByRole('region', { name: 'Share this story' });
  for (const bar of [top, end]) {
    await expect(bar.locator('a[data-network]')).toHaveCount(7);
    // The island enhances every bar, not only the first.
    await expect(bar.getByRole('button', { name: 'Copy link' })).toBeVisible();
  }
  // Top: before the body; end: after it.
  const y = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const bodyTop = await y('.article-body');
  expect((await top.boundingBox())!.y).toBeLessThan(bodyTop);
  expect((await end.boundingBox())!.y).toBeGreaterThan(bodyTop);
  const repeated = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(repeated).toEqual([]);
});

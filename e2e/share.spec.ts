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

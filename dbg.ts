import { chromium } from '@playwright/test';
import { findChromium } from './scripts/browser';
(async () => {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
  const context = await browser.newContext({ baseURL: 'http://localhost:3310', extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.199' } });
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('/admin/login');
  await page.getByLabel('E-mail address').fill('rita.richtext@example.test');
  await page.getByLabel('Password').fill('newsroom body editor e2e password 3');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
  await page.goto('/admin/articles/new');
  await page.waitForTimeout(4000);
  console.log(await page.locator('#f-body').evaluate((e) => e.parentElement!.outerHTML.slice(0, 3000)));
  await browser.close();
})();

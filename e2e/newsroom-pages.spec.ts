import { expect, test } from '@playwright/test';
import { auditActionsSince, lastAuditId, staffAccounts } from './helpers';

// The site's own pages in the newsroom (issue 19): an editor changes the Corrections policy and
// readers see it (the page and the footer are cached; a save expires them); a contributor is refused.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'pages e2e password 7';
const EDITOR = { email: 'petra.pages@example.test', name: 'Petra Pages', role: 'editor' };
const CONTRIBUTOR = { email: 'carl.contributor.pages@example.test', name: 'Carl Contributor', role: 'contributor' };
const signedIn = staffAccounts(PASSWORD, [EDITOR, CONTRIBUTOR]);

test('an editor edits the Corrections policy; the public page shows the change', async ({ browser, request }) => {
  const before = lastAuditId();
  // The cached page, read once before the change.
  expect((await request.get('/info/corrections')).status()).toBe(200);

  const page = await signedIn(browser, EDITOR, '198.51.100.61');
  await page.goto('/admin/pages');
  await page.getByRole('link', { name: 'Corrections policy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections policy' })).toBeVisible();

  // A refused save: a message at the field, what was typed kept, nothing written.
  const body = page.getByLabel('Body');
  const original = await body.inputValue();
  await page.getByLabel('Slug').fill('Not A Slug');
  await body.fill(`${original}\n\n<b>bold</b>`);
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page.locator('#page-slug-error')).toContainText('lower-case');
  // HTML in the Markdown is not refused (its tags are removed, its words kept): only the slug is wrong.
  await expect(page.locator('#page-body-error')).toHaveCount(0);
  await expect(page.getByLabel('Slug')).toHaveValue('Not A Slug');

  const stamp = Date.now().toString(36);
  const sentence = `Corrections to captions are listed weekly (${stamp}).`;
  await page.getByLabel('Slug').fill('corrections');
  await page.getByLabel('Body').fill(`${original}\n\n## Captions\n\n${sentence}`);
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+\?done=saved$/);
  await expect(page.getByRole('status')).toContainText('Page saved');
  expect(auditActionsSince(before, EDITOR.email)).toContain('page.update');

  // Readers: the cached page is expired by the save (poll: a render may still be finishing).
  await expect
    .poll(async () => (await (await request.get('/info/corrections')).text()).includes(sentence), { timeout: 15_000 })
    .toBe(true);
  const html = await (await request.get('/info/corrections')).text();
  expect(html).toMatch(/<h2[^>]*>Captions<\/h2>/);
});

test('an editor creates a page that joins the footer, then deletes it', async ({ browser, request }) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.62');
  const stamp = Date.now().toString(36);
  const title = `Careers ${stamp}`;
  await page.goto('/admin/pages/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Body').fill('We are hiring **reporters**.');
  await page.getByRole('button', { name: 'Create page' }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+\?done=created$/);
  const path = `/info/careers-${stamp}`;
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 15_000 }).toBe(200);
  await expect
    .poll(async () => (await (await request.get('/')).text()).includes(`href="${path}"`), { timeout: 15_000 })
    .toBe(true);

  await page.getByRole('button', { name: 'Delete page' }).click(); // refused by the browser: the box is required
  await expect(page).toHaveURL(/\?done=created$/);
  await page.getByLabel(`Yes, delete “${title}”`).check();
  await page.getByRole('button', { name: 'Delete page' }).click();
  await expect(page).toHaveURL(/\/admin\/pages\?done=deleted$/);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 15_000 }).toBe(404);
});

test('a contributor cannot open or use the site pages', async ({ browser }) => {
  const page = await signedIn(browser, CONTRIBUTOR, '198.51.100.63');
  for (const url of ['/admin/pages', '/admin/pages/new', '/admin/pages/1']) {
    const response = await page.context().request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(403);
  }
});

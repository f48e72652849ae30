import { expect, request as playwrightRequest, test } from '@playwright/test';
import { slugify } from '@/lib/urls';
import { expectNoAxeViolations, staffAccounts, writeNewArticle } from './helpers';

// Sections change the navigation of every reader page, so this runs with the other journeys
// that change content (the newsroom project), one step after another.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'management e2e password 7';
const EDITOR = { email: 'mona.manager@example.test', name: 'Mona Manager', role: 'editor' };
const ADMIN = { email: 'max.management@example.test', name: 'Max Management', role: 'admin' };

const signedIn = staffAccounts(PASSWORD, [EDITOR, ADMIN]);

/** The reader site's section navigation, as HTML. */
async function readerNav(request: { get(url: string): Promise<{ text(): Promise<string> }> }): Promise<string> {
  const html = await (await request.get('/')).text();
  return /<nav aria-label="Sections"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
}

const stamp = Date.now().toString(36);
const sectionName = `Climate ${stamp}`;
const sectionSlug = slugify(sectionName);
const tagName = `Heatwaves ${stamp}`;
let sectionId = 0;
let tagId = 0;

test('an editor creates a section without JavaScript; readers see it in the navigation and on its front', async ({
  browser,
  request,
}) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.51', false);
  expect(await readerNav(request)).not.toContain(sectionName); // the cached navigation, before
  await page.goto('/admin/sections');

  // A name whose slug is one of the site's own addresses: a field message, the typed values kept, nothing created.
  await page.getByLabel('Name', { exact: true }).fill('Search');
  await page.getByLabel('Description').fill('Kept when refused.');
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(page.locator('#new-section-slug-error')).toContainText('one of the site’s own addresses');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Search');
  await expect(page.getByLabel('Description')).toHaveValue('Kept when refused.');
  await expect(page.getByRole('row').filter({ hasText: '/search' })).toHaveCount(0);

  await page.getByLabel('Name', { exact: true }).fill(sectionName);
  await page.getByLabel('Description').fill('Heat, drought and the energy transition.');
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(page).toHaveURL(/\/admin\/sections\?done=created$/);
  await expect(page.getByRole('status')).toContainText('Section created');
  const row = page.getByRole('row').filter({ hasText: sectionName });
  await expect(row).toContainText(`/${sectionSlug}`);
  sectionId = Number(
    /\/admin\/sections\/(\d+)/.exec((await row.getByRole('link', { name: sectionName }).getAttribute('href'))!)![1],
  );

  // Readers: the navigation of every page (the very next request) and the section's front.
  expect(await readerNav(request)).toContain(`href="/${sectionSlug}"`);
  const front = await request.get(`/${sectionSlug}`);
  expect(front.status()).toBe(200);
  expect(await front.text()).toContain(sectionName);

  // A plain form button moves it up past its neighbour, and the navigation follows. (Checked
  // against the neighbour, not absolute places: other journeys add sections at the same time.)
  // Each edition's sections are numbered and moved among themselves (their own menu).
  await expect(row.locator('td').first()).toHaveText(/^EN \d+$/);
  const places = await page.locator('tbody tr td:first-child').allTextContents();
  const editionsInOrder = places.map((p) => p.split(' ')[0]).filter((e, i, all) => e !== all[i - 1]);
  expect(editionsInOrder, 'one run of rows per edition').toEqual([...new Set(editionsInOrder)]);
  const names = () => page.locator('tbody th[scope="row"]').allTextContents();
  const before = await names();
  const neighbour = before[before.indexOf(sectionName) - 1];
  await row.getByRole('button', { name: `Move up ${sectionName}` }).click();
  await expect(page).toHaveURL(/done=moved/);
  const order = await names();
  expect(order.indexOf(sectionName)).toBe(order.indexOf(neighbour) - 1);
  const nav = await readerNav(request);
  expect(nav.indexOf(`>${sectionName}<`)).toBeGreaterThan(-1);
  expect(nav.indexOf(`>${sectionName}<`)).toBeLessThan(nav.indexOf(`>${neighbour}<`));
});

test('an editor creates a tag and finds it with the filter', async ({ browser, request }) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.52');
  await page.goto('/admin/tags');
  await page.getByLabel('Name', { exact: true }).fill(tagName);
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(page).toHaveURL(/\/admin\/tags\/\d+\?done=created$/);
  tagId = Number(/\/admin\/tags\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByRole('status')).toHaveText('Tag created.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tagName);

  await page.goto('/admin/tags');
  await page.getByLabel('Name or slug contains').fill(stamp);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expect(page.getByText('1 tag matching')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: tagName })).toContainText(`/tags/${slugify(tagName)}`);
  expect((await request.get(`/tags/${slugify(tagName)}`)).status()).toBe(200);
});

test("a tag's new slug: its old address answers 308 to the new one", async ({ browser, request }) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.58');
  const oldSlug = slugify(tagName);
  const newName = `Heat domes ${stamp}`;
  const newSlug = slugify(newName);
  await page.goto(`/admin/tags/${tagId}`);
  await page.getByLabel('Name', { exact: true }).fill(newName);
  await page.getByRole('textbox', { name: 'Slug (optional)' }).fill(newSlug);
  await page.getByRole('button', { name: 'Save tag' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/tags/${tagId}\\?done=saved$`));
  await expect(page.getByRole('status')).toHaveText('Tag saved.');
  await expect(page.locator('p', { hasText: 'Former addresses' })).toContainText(`/tags/${oldSlug}`);

  const old = await request.get(`/tags/${oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()['location'], 'http://x').pathname).toBe(`/tags/${newSlug}`);
  const feed = await request.get(`/tags/${oldSlug}/rss.xml`, { maxRedirects: 0 });
  expect(feed.status()).toBe(308);
  expect(new URL(feed.headers()['location'], 'http://x').pathname).toBe(`/tags/${newSlug}/rss.xml`);
  const renamed = await request.get(`/tags/${newSlug}`);
  expect(renamed.status()).toBe(200);
  expect(await renamed.text()).toContain(newName);
});

test("a section's new slug: its articles' old addresses answer 308 to the new ones", async ({ browser, request }) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.53');
  const headline = `Heat record ${stamp} broken again`;
  await writeNewArticle(page, {
    headline,
    section: sectionName,
    lede: 'The third record this summer.',
    body: 'Thermometers passed 40 °C at noon.',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const articleId = Number(/articles\/(\d+)/.exec(page.url())![1]);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText('Published.');
  const oldPath = `/${sectionSlug}/${articleId}-${slugify(headline)}`;
  expect((await request.get(oldPath)).status()).toBe(200);

  await page.goto(`/admin/sections/${sectionId}`);
  await page.getByLabel('Slug').fill(`${sectionSlug}-desk`);
  await page.getByRole('button', { name: 'Save section' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/sections/${sectionId}\\?done=saved$`));
  await expect(page.getByRole('status')).toHaveText('Section saved.');

  const newPath = `/${sectionSlug}-desk/${articleId}-${slugify(headline)}`;
  const old = await request.get(oldPath, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()['location'], 'http://x').pathname).toBe(newPath);
  const moved = await request.get(newPath);
  expect(moved.status()).toBe(200);
  expect(await moved.text()).toContain(`href="/${sectionSlug}-desk"`);
  expect((await request.get(`/${sectionSlug}`)).status()).toBe(404);
  expect(await readerNav(request)).toContain(`href="/${sectionSlug}-desk"`);

  // A section with an article cannot be deleted: the page says why instead of offering it.
  await expect(page.getByText('A section with articles cannot be deleted')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete section' })).toHaveCount(0);
});

test('an admin creates a staff account, changes its role and disables it; the audit log shows each step', async ({
  browser,
  baseURL,
}) => {
  const page = await signedIn(browser, ADMIN, '198.51.100.54');
  const hire = {
    email: `new.hire.${stamp}@example.test`,
    name: `New Hire ${stamp}`,
    password: 'a first password for the hire',
  };
  await page.goto('/admin/staff');

  // No role in any edition: refused with a message on the roles, nothing else lost.
  await page.getByLabel('E-mail address').fill(EDITOR.email);
  await page.getByLabel('Name', { exact: true }).fill(hire.name);
  await page.getByLabel('Initial password').fill(hire.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(
    page.getByText('Give the person a role in at least one edition, or make them an administrator.'),
  ).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(hire.name);

  // Roles: a contributor in the English edition only (the others stay "No access"). An address
  // that already has an account: a field message, the typed name and role kept, the password not.
  await page.getByLabel('English edition').selectOption({ label: 'Contributor' });
  await page.getByLabel('Initial password').fill(hire.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#new-staff-email-error')).toHaveText(
    'An account with that e-mail address already exists.',
  );
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(hire.name);
  await expect(page.getByLabel('English edition')).toHaveValue('contributor');
  await expect(page.getByLabel('Initial password')).toHaveValue('');

  await page.getByLabel('E-mail address').fill(hire.email);
  await page.getByLabel('Initial password').fill(hire.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/admin\/staff\/\d+\?done=created$/);
  const hireId = Number(/staff\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hire.name);

  await expect(page.getByLabel('English edition')).toHaveValue('contributor');
  await expect(page.getByLabel('Russian edition')).toHaveValue('');
  await page.getByLabel('English edition').selectOption({ label: 'Author' });
  await page.getByRole('button', { name: 'Change roles' }).click();
  await expect(page.getByRole('status')).toHaveText('Roles changed.');

  // The new person signs in; disabling the account ends that session and any new sign-in.
  const hireContext = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.55' },
  });
  const signIn = () =>
    hireContext.post('/admin/session', {
      form: { email: hire.email, password: hire.password, next: '/admin' },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
  expect((await signIn()).headers()['location']).toBe('/admin');
  expect((await hireContext.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('status')).toContainText('Account disabled');
  expect([303, 307]).toContain((await hireContext.get('/admin', { maxRedirects: 0 })).status());
  expect((await signIn()).headers()['location']).toContain('error=invalid');
  await hireContext.dispose();

  await page.goto('/admin/audit');
  await page.getByLabel('Action starts with').fill('staff.');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?action=staff\.$/);
  const rows = page.getByRole('row').filter({ hasText: `staff ${hireId}` });
  await expect(rows.filter({ hasText: 'staff.create' })).toContainText(ADMIN.name);
  await expect(rows.filter({ hasText: 'staff.role' })).toContainText(
    '"from":{"role":"contributor","editions":{"en":"contributor"}},"to":{"role":"author","editions":{"en":"author"}}',
  );
  await expect(rows.filter({ hasText: 'staff.disable' })).toContainText('"sessionsEnded":1');
  // Newest first (among this hire's entries: other journeys write to the log at the same time).
  await expect(rows.first()).toContainText('staff.disable');
  await expect(rows.last()).toContainText('staff.create');
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
});

test('an editor is refused the staff and audit pages (403); anonymous visitors are sent to sign-in', async ({
  browser,
  request,
}) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.56');
  for (const path of ['/admin/staff', '/admin/staff/1', '/admin/audit']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Staff' })).toHaveCount(0);
  for (const path of ['/admin/sections', '/admin/tags', '/admin/people', '/admin/staff', '/admin/audit']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([303, 307], path).toContain(response.status());
    expect(response.headers()['location'], path).toContain(`/admin/login?next=${encodeURIComponent(path)}`);
  }
});

test('the management pages have no axe violations (WCAG 2.1 AA)', async ({ browser }) => {
  // Nine pages, each a full axe run: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  const page = await signedIn(browser, ADMIN, '198.51.100.57');
  const firstDetail = async (list: string) => {
    await page.goto(list);
    return (await page.locator('tbody th[scope="row"] a').first().getAttribute('href'))!;
  };
  const urls = ['/admin/sections', '/admin/tags', '/admin/people', '/admin/staff', '/admin/audit'];
  urls.push(
    await firstDetail('/admin/sections'),
    await firstDetail('/admin/tags'),
    await firstDetail('/admin/people'),
    await firstDetail('/admin/staff'),
  );
  for (const url of urls) await expectNoAxeViolations(page, url);
});

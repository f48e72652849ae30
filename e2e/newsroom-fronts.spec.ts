import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { auditActionsSince, expectNoAxeViolations, findArticles, lastAuditId, staffAccounts } from './helpers';

// Publishing a front changes the home page other journeys read: one step after another.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'fronts e2e password 19';
const EDITOR = { email: 'fern.fronts@example.test', name: 'Fern Fronts', role: 'editor' };
const ADMIN = { email: 'ada.fronts@example.test', name: 'Ada Fronts', role: 'admin' };
const CONTRIBUTOR = { email: 'cy.fronts@example.test', name: 'Cy Fronts', role: 'contributor' };

const signedIn = staffAccounts(PASSWORD, [EDITOR, ADMIN, CONTRIBUTOR]);
const stamp = Date.now().toString(36);
const override = `Front test ${stamp}: the editors’ choice leads`;

/** The HTML of the home page's lead container (the reader's front marks each container's style). */
async function homeLead(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  const at = html.indexOf('data-container="lead"');
  if (at < 0) return '';
  return html.slice(at, html.indexOf('</section>', at));
}

const block = (page: Page, name: RegExp) => page.getByRole('group', { name });

test('an editor pins a story found by search as the home lead with a headline of its own; preview, then publish', async ({
  browser,
  request,
}) => {
  // An older story with a picture, so it would never lead by itself.
  const story = findArticles('published-with-hero', 40)[30];
  const page = await signedIn(browser, EDITOR, '198.51.100.61');
  await page.goto('/admin/fronts');
  await page.getByRole('link', { name: 'Home page', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home page' })).toBeVisible();

  const lead = block(page, /^1\. Lead/);
  // The lead holds one story: take out the automatic one, then find the story as you type.
  await lead.getByRole('button', { name: 'Remove: story 1' }).click();
  await lead.getByLabel('Pin a story: search headlines').pressSequentially(story.title.slice(0, 24), { delay: 20 });
  const result = lead.getByRole('button', { name: new RegExp(`^${escapeRegExp(story.title)}`) }).first();
  await expect(result).toBeVisible();
  await expect(result.locator('img')).toHaveAttribute('src', /^\/media\//);
  await result.click();
  await expect(lead.getByText(story.title, { exact: true })).toBeVisible();
  await lead.getByText('Overrides and pin end').click();
  await lead.getByLabel(/^Headline on this front/).fill(override);

  const auditFrom = lastAuditId();
  await page.getByRole('button', { name: 'Save draft & preview' }).click();
  await expect(page).toHaveURL(/\/admin\/fronts\/home\/preview$/);
  await expect(page.getByText('Preview of the draft: readers do not see it yet.')).toBeVisible();
  await expect(page.locator('[data-container="lead"]')).toContainText(override);
  expect(await homeLead(request)).not.toContain(override);

  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await expect(page.getByText('This is the unpublished draft')).toBeVisible();
  await expect(block(page, /^1\. Lead/).getByText(story.title, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/fronts\/home\?done=published$/);
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // Readers see it at their next requests (polled: a render that began before the publish may finish first).
  await expect.poll(() => homeLead(request), { timeout: 15_000 }).toContain(override);
  expect(await homeLead(request)).toContain(`/${story.id}-`);
  expect(auditActionsSince(auditFrom, EDITOR.email)).toEqual(['front.draft', 'front.publish']);

  // The audit log shows the publish, and the front's revisions who published it.
  const admin = await signedIn(browser, ADMIN, '198.51.100.62');
  await admin.goto('/admin/audit');
  await expect(admin.getByRole('cell', { name: 'front.publish' }).first()).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Revisions' }).getByRole('cell', { name: EDITOR.name }).first(),
  ).toBeVisible();
});

test('an editor reorders slots with the keyboard', async ({ browser }) => {
  // Two axe scans of the editor (every container's form) take much of a loaded machine's minute.
  test.setTimeout(120_000);
  const page = await signedIn(browser, EDITOR, '198.51.100.63');
  await expectNoAxeViolations(page, '/admin/fronts');
  await expectNoAxeViolations(page, '/admin/fronts/home');
  const top = block(page, /^2\. Top stories/);
  await top.getByLabel('Latest from', { exact: true }).first().selectOption({ label: 'Business' });
  const first = top.getByRole('listitem', { name: /^Story 1 of \d+: latest from Business$/ });
  await first.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const moved = top.getByRole('listitem', { name: /^Story 2 of \d+: latest from Business$/ });
  await expect(moved).toBeFocused();
  await expect(page.getByText(/^Moved to position 2 of \d+ in Top stories\.$/)).toBeAttached();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(moved).toBeFocused();
  // And by dragging its handle onto the fourth story's place.
  await moved.locator('.front-editor-handle').dragTo(top.getByRole('listitem').nth(3));
  await expect(top.getByRole('listitem', { name: /^Story 4 of \d+: latest from Business$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/\?done=published$/);
  await expect(top.getByLabel('Latest from', { exact: true }).nth(3)).toHaveValue(/\d+/);
  await expect(top.getByLabel('Latest from', { exact: true }).nth(1)).toHaveValue('');
});

test('without JavaScript, the up and down buttons move a slot and the editor publishes', async ({
  browser,
  request,
}) => {
  const page = await signedIn(browser, EDITOR, '198.51.100.64', false);
  await page.goto('/admin/fronts/home');
  const top = block(page, /^2\. Top stories/);
  // The keyboard test left "Business" fourth: move it down once more, by posting the form.
  const latestFrom = top.getByLabel('Latest from', { exact: true });
  await expect(latestFrom.nth(3)).not.toHaveValue('');
  const business = await latestFrom.nth(3).inputValue();
  await top.getByRole('button', { name: 'Down: story 4' }).click();
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await expect(latestFrom.nth(4)).toHaveValue(business);
  await expect(latestFrom.nth(3)).toHaveValue('');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/fronts\/home\?done=published$/);
  await expect(latestFrom.nth(4)).toHaveValue(business);
  // Bad input comes back with its message next to the field, and nothing is saved.
  await top.getByLabel('Title', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Give this block a title.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
  expect((await request.get('/')).status()).toBe(200);
});

test('a stale editor is told, and keeps what it arranged', async ({ browser }) => {
  const one = await signedIn(browser, EDITOR, '198.51.100.65');
  const two = await signedIn(browser, EDITOR, '198.51.100.66');
  await one.goto('/admin/fronts/home');
  await two.goto('/admin/fronts/home');
  await two.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(two).toHaveURL(/\?done=published$/);
  const title = `Stale ${stamp}`;
  await block(one, /^2\. Top stories/)
    .getByLabel('Title', { exact: true })
    .fill(title);
  await one.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(one.getByRole('alert').filter({ hasText: 'Someone else changed this front' })).toBeVisible();
  await expect(block(one, /^2\. Top stories/).getByLabel('Title', { exact: true })).toHaveValue(title);
});

test('a contributor may not arrange fronts', async ({ browser }) => {
  const page = await signedIn(browser, CONTRIBUTOR, '198.51.100.67');
  const response = await page.goto('/admin/fronts/home');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  expect((await page.goto('/admin/fronts'))?.status()).toBe(403);
  const api = await page.request.get('/api/newsroom/front-stories?q=the');
  expect(api.status()).toBe(403);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { expect, test } from '@playwright/test';
import { findUntranslated, pathOf, staffAccounts } from './helpers';
import { hreflangsOf } from './seo';

// A desk translates a story and edits the translation group; readers and crawlers follow at once.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'translations e2e password 9';
const EDITOR = { email: 'tanya.translations@example.test', name: 'Tanya Translations', role: 'editor' };
const signedIn = staffAccounts(PASSWORD, [EDITOR]);
const stamp = Date.now().toString(36);

/** The page's hreflang alternates, as pathnames, by language. */
async function alternates(request: import('@playwright/test').APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  return Object.fromEntries(
    Object.entries(hreflangsOf(await response.text())).map(([lang, href]) => [lang, new URL(href).pathname]),
  );
}

test('an editor translates a story into Russian beside its source, publishes it, then unlinks and relinks it; a wrong link is refused beside its field', async ({
  browser,
  request,
}) => {
  const [source] = findUntranslated('en', 'ru');
  const sourcePath = pathOf(source);
  expect((await alternates(request, sourcePath)).ru, 'no Russian version yet').toBeUndefined();

  const page = await signedIn(browser, EDITOR, '198.51.100.81');
  await page.goto(`/admin/articles/${source.id}`);
  await page.getByLabel('Translate into').selectOption('ru');
  await page.getByRole('button', { name: 'Create a translation draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?done=translated$/);
  const translationId = Number(/articles\/(\d+)/.exec(page.url())![1]);
  expect(translationId).not.toBe(source.id);

  // The source stays beside the editor, in its own language; every content field takes either direction.
  const sourcePanel = page.locator('details').filter({ hasText: 'Source (English)' });
  await expect(sourcePanel).toContainText(source.title);
  await expect(sourcePanel.locator('[lang]').first()).toHaveAttribute('dir', 'ltr');
  for (const label of ['Headline', 'Lede']) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('dir', 'auto');
  }
  // The slug follows the headline until someone sets one, so the translation gets its own.
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('');
  const headline = `Перевод ${stamp}: порты снова открыты`;
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // The saved draft shows what was saved, around the editor and in it (a second save must not undo it).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // Readers and crawlers: each version names the other, at the next request.
  const russianPath = (await alternates(request, sourcePath)).ru;
  expect(russianPath, 'the English story links its Russian version').toMatch(
    new RegExp(`^/ru/[^/]+/${translationId}-perevod-${stamp}-porty-snova-otkryty$`),
  );
  const russian = await request.get(russianPath);
  expect(await russian.text()).toContain(headline);
  expect((await alternates(request, russianPath)).en).toBe(sourcePath);

  // A link that names no story is refused beside the field, which keeps what was typed.
  await page.goto(`/admin/articles/${source.id}`);
  const linkField = page.getByLabel('Link a story from another edition');
  // The translations panel's own button: the body editor's toolbar has a "Link" button too.
  const linkButton = page.locator('form').filter({ has: linkField }).getByRole('button', { name: 'Link', exact: true });
  await linkField.fill('/ru/nowhere/999999999-nothing');
  await linkButton.click();
  await expect(page).toHaveURL(/linkError=/);
  await expect(linkField).toHaveValue('/ru/nowhere/999999999-nothing');
  await expect(linkField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#link-story-error')).toBeVisible();

  // Unlinked, the two stories stop naming each other ...
  await page.getByRole('button', { name: 'Unlink the RU version' }).click();
  await expect(page).toHaveURL(/done=unlinked/);
  expect((await alternates(request, sourcePath)).ru).toBeUndefined();
  expect((await alternates(request, russianPath)).en).toBeUndefined();

  // ... and linked again by the Russian story's address, they do.
  await linkField.fill(russianPath);
  await linkButton.click();
  await expect(page).toHaveURL(/done=linked/);
  await expect(page.getByRole('status').filter({ hasText: 'Linked: ' })).toBeVisible();
  expect((await alternates(request, sourcePath)).ru).toBe(russianPath);
  expect((await alternates(request, russianPath)).en).toBe(sourcePath);
});

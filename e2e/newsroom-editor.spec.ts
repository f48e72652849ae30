import { expect, test } from '@playwright/test';
import { staffAccounts, writeNewArticle } from './helpers';

// The article editor's own conveniences: the save bar that stays in view, its status, Ctrl/Cmd+S,
// the prompt before leaving with unsaved changes, the body's word count, autosave and presence.
// Serial: the spec's accounts are made once (staffAccounts), and a second worker would make them again.
test.describe.configure({ mode: 'serial' });
const PASSWORD = 'newsroom editor e2e password 7';
const AUTHOR = { email: 'sana.savebar@example.test', name: 'Sana Savebar', role: 'author' };
const EDITOR = { email: 'emil.presence@example.test', name: 'Emil Presence', role: 'editor' };
const signedIn = staffAccounts(PASSWORD, [AUTHOR, EDITOR]);
/** lib/newsroom/presence.ts PRESENCE_BEAT_MS: how often an open editor's page beats. */
const BEAT_MS = 20_000;

test('the save bar stays in view and says what became of the work; Ctrl+S saves; leaving unsaved asks first', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.71');
  await page.setViewportSize({ width: 1366, height: 700 });
  const status = page.locator('#save-status');
  await page.goto('/admin/articles/new');
  await expect(status).toHaveText('Not saved yet');

  await writeNewArticle(page, {
    headline: `Save bar ${Date.now().toString(36)}`,
    section: 'Business',
    lede: 'A lede.',
    body: 'One two three.\n\n![Cranes](media:1 "Four five six seven")\n\n[A link](https://example.org/not-words) eight.',
  });
  // Counted as readers will count the saved story: 3 + the caption's 4 + the link text and "eight"
  // (3), not the picture's alt text or the link's target.
  await expect(page.locator('#f-body-count')).toHaveText('10 words, about 1 min read');
  await expect(status).toHaveText('Unsaved changes');

  // At the bottom of a long form the bar is still on screen.
  await page.getByLabel('Headline', { exact: true }).focus();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport();
  await expect(status).toBeInViewport();

  // Ctrl+S saves (a new story then opens at its own address).
  await page.getByLabel('Lede', { exact: true }).press('Control+s');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  await expect(status).toHaveText('No changes yet');

  // A change, then an attempt to leave, by the newsroom's own link (a client-side navigation)
  // or by closing the tab: each asks, and staying keeps the text.
  const lede = page.getByLabel('Lede', { exact: true });
  await lede.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await expect(status).toHaveText('Unsaved changes');
  const here = page.url();
  const dismissNext = () =>
    new Promise<string>((resolve) =>
      page.once('dialog', async (dialog) => {
        resolve(dialog.type());
        await dialog.dismiss();
      }),
    );
  let asked = dismissNext();
  void page.getByRole('link', { name: 'Articles', exact: true }).first().click();
  expect(await asked).toBe('confirm');
  asked = dismissNext();
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await expect(lede).toHaveValue('A lede. More.');
  expect(page.url()).toBe(here);

  // Saved in place: the status says when, and leaving no longer asks.
  await page.keyboard.press('ControlOrMeta+s');
  await expect(status).toHaveText(/^Saved \d{1,2}:\d{2}/);
  page.once('dialog', (dialog) => {
    throw new Error(`asked again (${dialog.type()}) after a save`);
  });
  await page.getByRole('link', { name: 'Articles', exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/articles$/);
});

test('autosave: what is typed survives a closed tab and is offered back; offline, the status says so and it retries', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.72');
  await writeNewArticle(page, {
    headline: `Autosave ${Date.now().toString(36)}`,
    section: 'Business',
    lede: 'A lede.',
    body: 'A body.',
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const address = page.url().replace(/\?.*$/, '');

  // Offline, the autosave cannot go: the status says so, and it goes once the browser is back.
  const context = page.context();
  await context.setOffline(true);
  await page.getByLabel('Lede', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed while offline.');
  const status = page.locator('#save-status');
  await expect(status).toHaveText('Not saved: offline, retrying', { timeout: 15_000 });
  await context.setOffline(false);
  await expect(status).toHaveText(/^Autosaved \d{1,2}:\d{2}.*: not in the story until you save$/, { timeout: 30_000 });

  // The tab closes by mistake (no prompt: Playwright closes without beforeunload).
  await page.close();
  const again = await context.newPage();
  await again.goto(address);
  const offer = again.getByRole('region', { name: 'Autosaved text' });
  await expect(offer).toContainText('never saved into the story');
  // The story itself kept its saved text until the person chooses.
  const lede = again.getByLabel('Lede', { exact: true });
  await expect(lede).toHaveValue('A lede.');
  await offer.getByRole('button', { name: 'Restore it' }).click();
  await expect(lede).toHaveValue('A lede. Typed while offline.');
  await expect(offer).toHaveCount(0);
  await again.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(again.locator('#save-status')).toHaveText(/^Saved \d{1,2}:\d{2}/);

  // Saved: nothing is offered any more, and the story has the text.
  await again.reload();
  await expect(again.getByRole('region', { name: 'Autosaved text' })).toHaveCount(0);
  await expect(again.getByLabel('Lede', { exact: true })).toHaveValue('A lede. Typed while offline.');
});

test('presence: two people on one story each see the other; leaving the story takes one off the other’s page', async ({
  browser,
}) => {
  const author = await signedIn(browser, AUTHOR, '198.51.100.73');
  const editor = await signedIn(browser, EDITOR, '198.51.100.74');
  // The author's page runs on a clock the test moves on, so its next heartbeat comes at once
  // instead of 20 s later; the server's clock (and the presence window) stays real.
  await author.clock.install();
  await writeNewArticle(author, {
    headline: `Presence ${Date.now().toString(36)}`,
    section: 'Business',
    lede: 'A lede.',
    body: 'A body.',
  });
  await author.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(author).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const address = author.url().replace(/\?.*$/, '');
  const authorLine = author.locator('#presence');
  await expect(authorLine).toHaveText('');

  // The editor opens it: the page, as the server renders it, already names the author.
  await editor.goto(address);
  const editorLine = editor.locator('#presence');
  await expect(editorLine).toContainText(`Also open by ${AUTHOR.name} (since `);
  await expect(editorLine).toContainText('If you both save, the second save will show both versions.');
  await expect(editorLine).not.toContainText(EDITOR.name);

  // The author's next heartbeat names the editor.
  await expect(async () => {
    await author.clock.fastForward(BEAT_MS);
    await expect(authorLine).toContainText(`Also open by ${EDITOR.name} (since `, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });

  // Both save: the second save keeps both versions (the conflict flow the line warns of).
  await author.getByLabel('Lede', { exact: true }).fill('The author’s lede.');
  await author.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(author.locator('#save-status')).toHaveText(/^Saved \d{1,2}:\d{2}/);
  await editor.getByLabel('Lede', { exact: true }).fill('The editor’s lede.');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible();
  await expect(editor.getByLabel('Lede', { exact: true })).toHaveValue('The editor’s lede.');
  await expect(editor.getByText('The author’s lede.')).toBeVisible();

  // The editor goes back to the list, leaving their conflicting text (the page asks first; they
  // confirm): their presence is removed at once (not after the 45 s window), so the author's next
  // heartbeat shows nobody.
  const asked = new Promise<string>((resolve) =>
    editor.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.accept();
    }),
  );
  await editor.getByRole('link', { name: '← Articles' }).click();
  expect(await asked).toBe('confirm');
  await expect(editor).toHaveURL(/\/admin\/articles$/);
  await expect(async () => {
    await author.clock.fastForward(BEAT_MS);
    await expect(authorLine).toHaveText('', { timeout: 2000 });
  }).toPass({ timeout: 10_000 });
});

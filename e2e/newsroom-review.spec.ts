import { expect, test } from '@playwright/test';
import { slugify } from '@/lib/urls';
import { staffAccounts, writeNewArticle } from './helpers';

// The review step: a contributor submits, an editor finds it in the queue, leaves a note and
// sends it back; resubmitted, the editor publishes it. The author sees where it stands throughout.
const PASSWORD = 'newsroom review e2e password 3';
const CONTRIBUTOR = { email: 'cora.contributor@example.test', name: 'Cora Contributor', role: 'contributor' };
const EDITOR = { email: 'eli.reviewer@example.test', name: 'Eli Reviewer', role: 'editor' };
const signedIn = staffAccounts(PASSWORD, [CONTRIBUTOR, EDITOR]);

test('a contributor submits, an editor notes it and sends it back, then publishes it; notes never reach readers', async ({
  browser,
  request,
}) => {
  const headline = `Review journey ${Date.now().toString(36)}`;
  const author = await signedIn(browser, CONTRIBUTOR, '198.51.100.81');
  await writeNewArticle(author, { headline, section: 'Business', lede: 'A lede.', body: 'A first draft.' });
  await author.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(author).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const story = author.url().replace(/\?.*$/, '');
  const review = author.getByRole('region', { name: 'Review' });
  await expect(review).toContainText('Not submitted for review.');
  await review.getByRole('button', { name: 'Submit for review' }).click();
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review' })).toBeVisible();
  await expect(review).toContainText('Waiting for an editor since');
  // The contributor's dashboard shows it too.
  await author.goto('/admin');
  await expect(author.getByRole('region', { name: 'In review' })).toContainText(headline);

  // The editor finds it in the queue and sends it back with a note.
  const editor = await signedIn(browser, EDITOR, '198.51.100.82');
  await editor.goto('/admin/review');
  await editor.getByRole('link', { name: headline }).click();
  const desk = editor.getByRole('region', { name: 'Review' });
  await desk.getByLabel('Note to the desk (never published)').fill('Who said this? Name the source.');
  await desk.getByRole('button', { name: 'Send back with this note' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Sent back' })).toBeVisible();
  await editor.goto('/admin/review');
  await expect(editor.getByRole('link', { name: headline })).toHaveCount(0);

  // The contributor reads the note, answers, and submits again.
  await author.goto(story);
  await expect(review).toContainText('Sent back on');
  await expect(review.getByRole('list', { name: 'Editorial notes' })).toContainText('Who said this? Name the source.');
  await review.getByLabel('Note to the desk (never published)').fill('Named: the port authority.');
  await review.getByRole('button', { name: 'Add note' }).click();
  await expect(author.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();
  await review.getByRole('button', { name: 'Submit for review' }).click();
  await expect(review).toContainText('Waiting for an editor');

  // The editor publishes: the story leaves the queue, readers get it, and never the notes.
  await editor.goto('/admin/review');
  await editor.getByRole('link', { name: headline }).click();
  await editor.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  await expect(editor.getByRole('region', { name: 'Review' })).toContainText('Not submitted for review.');
  const id = Number(/articles\/(\d+)/.exec(story)![1]);
  const page = await request.get(`/business/${id}-${slugify(headline)}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).not.toContain('Named: the port authority.');

  // A contributor cannot open the queue.
  const refused = await author.goto('/admin/review');
  expect(refused?.status()).toBe(403);
});

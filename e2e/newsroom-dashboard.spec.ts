import { expect, test } from '@playwright/test';
import { formatDateTime } from '@/lib/format';
import { expectNoAxeViolations, staffAccounts, writeNewArticle } from './helpers';

// The newsroom's home (/admin): the signed-in person's drafts, what is scheduled (with its time),
// what was published last and the media still processing, each with an empty state and a link
// to its full list. The stories made here stay drafts or are scheduled days ahead: readers never see them.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'dashboard e2e password 7';
const AUTHOR = { email: 'dora.dashboard@example.test', name: 'Dora Dashboard', role: 'author' };
const CONTRIBUTOR = { email: 'carl.dashboard@example.test', name: 'Carl Dashboard', role: 'contributor' };

const signedIn = staffAccounts(PASSWORD, [AUTHOR, CONTRIBUTOR]);

const stamp = Date.now().toString(36);
const draftTitle = `Dashboard draft ${stamp}: the quay's new cranes`;
const scheduledTitle = `Dashboard scheduled ${stamp}: ferry timetable changes`;

test('an author writes a draft and finds it under My drafts, linking to the editor', async ({ browser }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.81');
  // A new account's home: every list says it is empty, and links to the full list.
  const drafts = page.getByRole('region', { name: 'My drafts' });
  await expect(drafts).toContainText('You have no drafts.');
  await expect(drafts.getByRole('link', { name: 'All drafts' })).toHaveAttribute(
    'href',
    '/admin/articles?status=draft',
  );
  await expect(page.getByRole('region', { name: 'Scheduled' })).toContainText('Nothing is scheduled.');
  await expect(page.getByRole('region', { name: 'Media still processing' })).toContainText(
    'No video or audio is processing.',
  );

  await writeNewArticle(page, {
    headline: draftTitle,
    section: 'Business',
    lede: 'Two cranes arrive next week.',
    body: 'They were built abroad.',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);

  await page.goto('/admin');
  const link = page.getByRole('region', { name: 'My drafts' }).getByRole('link', { name: draftTitle });
  await expect(link).toHaveAttribute('href', `/admin/articles/${id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(draftTitle);
});

test('a scheduled story shows its publication time; a contributor sees only their own work', async ({ browser }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.82', true, { timezoneId: 'UTC' });
  await writeNewArticle(page, {
    headline: scheduledTitle,
    section: 'Business',
    lede: 'New sailings from Monday.',
    body: 'The summer timetable starts early.',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  // Two days ahead, on the minute: it stays scheduled for the whole run.
  const at = new Date(Math.floor((Date.now() + 2 * 24 * 3600_000) / 60_000) * 60_000);
  await page.getByLabel('Date', { exact: true }).fill(at.toISOString().slice(0, 10));
  await page.getByLabel('Time (24-hour, HH:MM)').fill(at.toISOString().slice(11, 16));
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status')).toHaveText('Scheduled.');

  await page.goto('/admin');
  const scheduled = page.getByRole('region', { name: 'Scheduled' });
  const item = scheduled.getByRole('listitem').filter({ hasText: scheduledTitle });
  await expect(item.locator('time')).toHaveAttribute('datetime', at.toISOString());
  await expect(item.locator('time')).toHaveText(formatDateTime(at.toISOString()));
  await expect(item).toContainText('publishes');
  await expect(scheduled.getByRole('link', { name: /^All scheduled stories/ })).toHaveAttribute(
    'href',
    '/admin/articles?status=scheduled',
  );
  // The scheduled story is no longer a draft.
  await expect(page.getByRole('region', { name: 'My drafts' }).getByRole('link', { name: scheduledTitle })).toHaveCount(
    0,
  );
  // Headings in order under the page's one h1.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'My drafts',
    'In review',
    'Scheduled',
    'Recently published',
    'Media still processing',
  ]);
  await expectNoAxeViolations(page, '/admin');

  // A contributor's home holds their own work only: not the author's stories, and no media list (they cannot upload).
  const contributor = await signedIn(browser, CONTRIBUTOR, '198.51.100.83');
  await expect(contributor.getByRole('region', { name: 'Scheduled' })).toContainText('Nothing is scheduled.');
  await expect(contributor.getByRole('region', { name: 'My drafts' })).toContainText('You have no drafts.');
  await expect(contributor.getByText(scheduledTitle)).toHaveCount(0);
  await expect(contributor.getByRole('region', { name: 'Media still processing' })).toHaveCount(0);
  await expectNoAxeViolations(contributor, '/admin');
});

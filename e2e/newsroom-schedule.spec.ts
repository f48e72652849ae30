import { expect, test, type Browser, type Page } from '@playwright/test';
import { slugify } from '@/lib/urls';
import { findArticles, staffAccounts, writeNewArticle } from './helpers';

// Scheduling in the editor's time zone (My account's, else the browser's): the form asks for the local date and a
// 24-hour time, shows the UTC instant as it is typed, and the story goes live at that instant.
// Without JavaScript the same form asks for UTC. The stories made here go live in the newsroom
// project, after the readers' checks.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'schedule e2e password 12';
const EDITOR = { email: 'zoe.zones@example.test', name: 'Zoe Zones', role: 'editor' };
const KOLKATA_EDITOR = { email: 'kiran.kolkata@example.test', name: 'Kiran Kolkata', role: 'editor' };
const signedIn = staffAccounts(PASSWORD, [EDITOR, KOLKATA_EDITOR]);
const NEW_YORK = 'America/New_York';
const stamp = Date.now().toString(36);

/** A saved draft's id and its public path. */
async function newDraft(page: Page, headline: string): Promise<{ id: number; path: string }> {
  await writeNewArticle(page, {
    headline,
    section: 'Business',
    lede: 'The harbour clock moves an hour.',
    body: 'Ferries keep local time.',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  return { id, path: `/business/${id}-${slugify(headline)}` };
}

/** The date ("2026-12-08") and 24-hour time ("09:30") that clocks in `timeZone` show at `at`. */
function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

async function openAs(browser: Browser, ip: string, javaScript: boolean, who = EDITOR) {
  return signedIn(browser, who, ip, javaScript, { timezoneId: NEW_YORK });
}

test('without JavaScript the form asks for UTC, and the time typed is the UTC time', async ({ browser }) => {
  const writer = await openAs(browser, '198.51.100.91', true);
  const { id } = await newDraft(writer, `Schedule no-JS ${stamp}: the tide tables`);
  const page = await openAs(browser, '198.51.100.92', false);
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByRole('group', { name: 'Publish at, UTC' })).toBeVisible();
  await expect(page.locator('input[name="tz"]')).toHaveValue('UTC');
  // Two days ahead, on the minute: it stays scheduled for the whole run.
  const at = new Date(Math.floor((Date.now() + 2 * 86_400_000) / 60_000) * 60_000);
  await page.getByLabel('Date', { exact: true }).fill(at.toISOString().slice(0, 10));
  await page.getByLabel('Time (24-hour, HH:MM)').fill(at.toISOString().slice(11, 16));
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status')).toHaveText('Scheduled.');
  const scheduled = page.getByText(/^Scheduled for/);
  await expect(scheduled.locator('time')).toHaveAttribute('datetime', at.toISOString());
  await expect(scheduled).toContainText(`${at.toISOString().slice(11, 16)} UTC`);
  // No script: no local time beside it.
  await expect(scheduled).not.toContainText('your time');
});

test('a time the clocks skip is refused with a clear message, and what was typed is kept', async ({ browser }) => {
  const page = await openAs(browser, '198.51.100.93', true);
  const { id } = await newDraft(page, `Schedule gap ${stamp}: the lost hour`);
  await expect(page.getByRole('group', { name: `Publish at, your time (${NEW_YORK})` })).toBeVisible();
  await expect(page.locator('input[name="tz"]')).toHaveValue(NEW_YORK);
  // 14 March 2027: New York's clocks go from 02:00 to 03:00.
  const date = page.getByLabel('Date', { exact: true });
  const time = page.getByLabel('Time (24-hour, HH:MM)');
  await date.fill('2027-03-14');
  await time.fill('02:30');
  await expect(page.locator('#schedule-utc')).toContainText('02:30 does not exist on 2027-03-14');
  await page.getByRole('button', { name: 'Schedule' }).click();
  // (Next's route announcer is an alert too: it reads the page's title.)
  await expect(
    page.getByRole('alert').filter({ hasText: '02:30 does not exist on 2027-03-14 in America/New_York' }),
  ).toBeVisible();
  await expect(page.getByText('Status: draft')).toBeVisible();
  await expect(date).toHaveValue('2027-03-14');
  await expect(time).toHaveValue('02:30');
  // An hour later exists: 03:30 EDT is 07:30 UTC.
  await time.fill('03:30');
  await expect(page.locator('#schedule-utc')).toHaveText('= 07:30 UTC, Sun 14 Mar 2027');
  expect(page.url()).toContain(`/admin/articles/${id}`);
});

test('an editor in New York schedules a story in local time; it goes live at that instant', async ({
  browser,
  request,
}) => {
  // The story goes live a minute or two from now (the form takes whole minutes): the deadline
  // covers that wait plus the scheduler's second.
  test.setTimeout(240_000);
  const page = await openAs(browser, '198.51.100.94', true);
  const { id, path } = await newDraft(page, `Schedule New York ${stamp}: the ferry's new hour`);

  // The next whole minute at least a minute ahead, typed as New York's clocks show it.
  const at = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
  const local = wallClock(at, NEW_YORK);
  const utcClock = at.toISOString().slice(11, 16);
  expect(local.time, 'New York is behind UTC').not.toBe(utcClock);
  await page.getByLabel('Date', { exact: true }).fill(local.date);
  await page.getByLabel('Time (24-hour, HH:MM)').fill(local.time);
  await expect(page.locator('#schedule-utc')).toContainText(`= ${utcClock} UTC, `);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status')).toHaveText('Scheduled.');

  // Stored as the UTC instant; shown in UTC and, by the page's script, in the editor's zone.
  const scheduled = page.getByText(/^Scheduled for/);
  await expect(scheduled.locator('time')).toHaveAttribute('datetime', at.toISOString());
  await expect(scheduled).toContainText(`${utcClock} UTC`);
  await expect(scheduled).toContainText(`your time (${NEW_YORK}): ${local.time}, `);
  expect(findArticles('published', 500).some((a) => a.id === id)).toBe(false);
  expect((await request.get(path)).status()).toBe(404);

  // No request reaches the server now: the scheduler publishes it when the instant comes.
  await expect
    .poll(() => findArticles('published', 500).some((a) => a.id === id), { timeout: 200_000, intervals: [500] })
    .toBe(true);
  const story = await request.get(path);
  expect(story.status()).toBe(200);
  expect(await story.text()).toContain(`dateTime="${at.toISOString()}"`);
});

test('a zone set in My account wins over the browser’s, with and without JavaScript', async ({ browser }) => {
  const KOLKATA = 'Asia/Kolkata';
  const page = await openAs(browser, '198.51.100.95', true, KOLKATA_EDITOR);
  await page.goto('/admin/account');
  await page.getByLabel('Your time zone').selectOption(KOLKATA);
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByRole('status')).toHaveText('Time zone saved: the schedule and banner fields now use it.');
  await expect(page.getByLabel('Your time zone')).toHaveValue(KOLKATA);
  const { id } = await newDraft(page, `Schedule Kolkata ${stamp}: the monsoon timetable`);
  // The browser is in New York; the profile says Kolkata, and the form follows the profile.
  await expect(page.getByRole('group', { name: `Publish at, your time (${KOLKATA})` })).toBeVisible();

  // Without JavaScript the server knows the zone too: the form asks for Kolkata's time.
  const plain = await openAs(browser, '198.51.100.96', false, KOLKATA_EDITOR);
  await plain.goto(`/admin/articles/${id}`);
  await expect(plain.getByRole('group', { name: `Publish at, your time (${KOLKATA})` })).toBeVisible();
  await expect(plain.locator('input[name="tz"]')).toHaveValue(KOLKATA);
  const at = new Date(Math.floor((Date.now() + 2 * 86_400_000) / 60_000) * 60_000);
  const local = wallClock(at, KOLKATA);
  await plain.getByLabel('Date', { exact: true }).fill(local.date);
  await plain.getByLabel('Time (24-hour, HH:MM)').fill(local.time);
  await plain.getByRole('button', { name: 'Schedule' }).click();
  await expect(plain.getByRole('status')).toHaveText('Scheduled.');
  const scheduled = plain.getByText(/^Scheduled for/);
  await expect(scheduled.locator('time')).toHaveAttribute('datetime', at.toISOString());
  await expect(scheduled).toContainText(`your time (${KOLKATA}): ${local.time}, `);

  // Cleared, the fields follow the browser again.
  await page.goto('/admin/account');
  await page.getByLabel('Your time zone').selectOption('');
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByRole('status')).toHaveText('Time zone cleared: the date fields follow your browser’s zone.');
  const { id: other } = await newDraft(page, `Schedule cleared ${stamp}: back to the browser`);
  expect(other).toBeGreaterThan(id);
  await expect(page.getByRole('group', { name: `Publish at, your time (${NEW_YORK})` })).toBeVisible();
});

import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, findArticles, pathOf, staffAccounts } from './helpers';
import { getSectionBySlug } from '@/db/queries/articles';
import { nextFollowupAt } from '@/db/queries/cache-followups';

/**
 * The breaking-news banner: an editor puts one live; the cached pages show it (a section's on its
 * front and stories only, a site-wide one on every page); "End now" takes it off; and at its
 * expiry the pages drop it with no visitor in between (the follow-up queued at the expiry).
 */
test.describe.configure({ mode: 'serial' });
// The end time is typed in the browser's zone (no zone set in My account): pin it to UTC.
test.use({ timezoneId: 'UTC' });

const PASSWORD = 'banners e2e password 7';
const EDITOR = { email: 'bea.banner@example.test', name: 'Bea Banner', role: 'editor' };
const signedIn = staffAccounts(PASSWORD, [EDITOR]);
const stamp = Date.now().toString(36);

/** The banner bands of a page's HTML ('' when there is none). */
async function bannerBand(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/<section class="breaking-banner" aria-label="Breaking news">[\s\S]*?<\/section>/g)]
    .map((m) => m[0])
    .join('\n');
}

/** A `datetime-local` value in UTC, to the second. */
const utcInput = (d: Date) => d.toISOString().slice(0, 19);

test('an editor’s banners show where they belong, end at “End now” and leave at their expiry without a visitor', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const article = findArticles('published', 1)[0];
  const other = findArticles('published', 80).find((a) => a.section !== article.section)!;
  const section = getSectionBySlug('en', article.section)!;
  const page = await signedIn(browser, EDITOR, '198.51.100.71');
  await expectNoAxeViolations(page, '/admin/banners');
  const text = page.getByLabel('Text', { exact: true });
  const link = page.getByLabel('Link', { exact: true });
  const submit = page.getByRole('button', { name: 'Put the banner live' });

  // A refused form keeps what was typed and says what is wrong.
  const sectionText = `Section banner ${stamp}`;
  await text.fill(sectionText);
  await link.fill('//evil.example/');
  await submit.click();
  await expect(page.locator('#banner-url-error')).toContainText('https://');
  await expect(text).toHaveValue(sectionText);

  // A section's banner: on its front and its stories, nowhere else.
  await link.fill('https://example.org/live');
  await page.getByLabel('Shown on').selectOption(String(section.id));
  await page.getByLabel('In 1 hour', { exact: true }).check();
  await submit.click();
  await expect(page).toHaveURL(/\/admin\/banners\?done=created$/);
  await expect(page.getByRole('table', { name: 'Live banners' })).toContainText(sectionText);
  await expect.poll(() => bannerBand(request, `/${section.slug}`), { timeout: 15_000 }).toContain(sectionText);
  expect(await bannerBand(request, pathOf(article))).toContain(sectionText);
  expect(await bannerBand(request, '/')).not.toContain(sectionText);
  expect(await bannerBand(request, pathOf(other))).not.toContain(sectionText);
  expect(await bannerBand(request, `/${other.section}`)).not.toContain(sectionText);

  // End now.
  await page
    .getByRole('row')
    .filter({ hasText: sectionText })
    .getByRole('button', { name: /End now/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/banners\?done=ended$/);
  await expect(page.getByRole('table', { name: 'Past banners' })).toContainText(sectionText);
  await expect.poll(() => bannerBand(request, `/${section.slug}`), { timeout: 15_000 }).not.toContain(sectionText);
  expect(await bannerBand(request, pathOf(article))).not.toContain(sectionText);

  // Site-wide, ending in about 40 seconds: the home page (cached) and every article show it, once.
  const siteText = `Site-wide banner ${stamp}`;
  await text.fill(siteText);
  await link.fill('/');
  await page.getByLabel('Label', { exact: true }).selectOption('Live');
  await page.getByLabel('Shown on').selectOption('site');
  await page.getByLabel('At a date and time (UTC):').check();
  const expiresAt = new Date(Math.ceil((Date.now() + 40_000) / 1000) * 1000);
  await page.getByLabel('Ends at (UTC)').fill(utcInput(expiresAt));
  await submit.click();
  await expect(page).toHaveURL(/\/admin\/banners\?done=created$/);
  await expect.poll(() => bannerBand(request, '/'), { timeout: 15_000 }).toContain(siteText);
  const onArticle = await bannerBand(request, pathOf(article));
  expect(onArticle.split(siteText).length - 1, 'shown once').toBe(1);
  expect(onArticle).toContain('<span class="breaking-banner__label">Live</span>');
  expect(await bannerBand(request, `/${section.slug}`)).toContain(siteText);
  // The band passes the accessibility checks (contrast of its red, its landmark) in light and dark.
  await expectNoAxeViolations(page, pathOf(article));
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, pathOf(article));
  await page.emulateMedia({ colorScheme: 'light' });

  // The expiry: no page is loaded until the scheduler has run the follow-ups due by then; the
  // next request already lacks the banner (within the follow-up's second).
  await expect
    .poll(
      () => {
        const next = nextFollowupAt();
        return Date.now() > expiresAt.getTime() && (next === null || next.getTime() > expiresAt.getTime());
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(true);
  await expect.poll(() => bannerBand(request, '/'), { timeout: 5_000 }).not.toContain(siteText);
  expect(await bannerBand(request, pathOf(article))).not.toContain(siteText);
  await page.goto('/admin/banners');
  await expect(page.getByRole('table', { name: 'Past banners' })).toContainText(siteText);
});

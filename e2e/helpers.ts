import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
/** Shared by the end-to-end specs. scripts/e2e.ts points DATABASE_URL at the seeded e2e database. */
export {
  articleBody,
  articleBySlug,
  auditActionsSince,
  changeArticle,
  createAuthorFixture,
  createDraft,
  createSectionFixture,
  createShowFixture,
  createStaffFixture,
  createTagFixture,
  createUnusedMedia,
  createUnusedAv,
  databaseFingerprint,
  findArticles,
  findTranslated,
  findUntranslated,
  firstSlug,
  lastAuditId,
  type ArticleRow,
  type TableFingerprint,
} from '@/db/tools/testing';

/**
 * What `x-nextjs-cache` says of an answer from Next's cache: HIT, or STALE when the page is past
 * its s-maxage and Next renders it again in the background (a loaded machine gets there). Only a
 * fresh render (MISS, or no header) is not a cached answer.
 */
export const FROM_CACHE = /^(HIT|STALE)$/;

export function pathOf(a: { id: number; slug: string; section: string }): string {
  return `/${a.section}/${a.id}-${a.slug}`;
}

export const REVALIDATE_TOKEN = process.env.REVALIDATE_TOKEN ?? '';

/** The newsroom's server actions in the build under test (its server reference manifest). */
export function newsroomActions(): { id: string; filename: string; name: string }[] {
  const dist = process.env.NEXT_DIST_DIR || '.next-e2e';
  const file = path.join(process.cwd(), dist, 'server', 'server-reference-manifest.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(data.node)
    .filter(([, e]) => e.filename.startsWith('app/admin/'))
    .map(([id, e]) => ({ id, filename: e.filename, name: e.exportedName }));
}

/**
 * Creates a staff account the way a newsroom does: through `npm run user:create`; `editions`
 * ('ru' or 'en,ru') defaults to every edition.
 */
export function createStaff(user: {
  email: string;
  password: string;
  role: string;
  name?: string;
  editions?: string;
}): {
  status: number | null;
  stderr: string;
} {
  const args = ['scripts/user-create.ts', '--email', user.email, '--password', user.password, '--role', user.role];
  if (user.name) args.push('--name', user.name);
  if (user.editions) args.push('--editions', user.editions);
  const result = spawnSync('node_modules/.bin/tsx', args, { encoding: 'utf8', env: process.env });
  return { status: result.status, stderr: result.stderr };
}

/** A new browser context (from `ip`, with or without JavaScript) signed in to the newsroom through its form. */
export async function signInAs(
  browser: Browser,
  email: string,
  password: string,
  ip: string,
  javaScriptEnabled = true,
  contextOptions: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    ...contextOptions,
    extraHTTPHeaders: { 'X-Forwarded-For': ip },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  await page.goto('/admin/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/**
 * The staff accounts a spec works with, created once before its tests (`npm run user:create`),
 * all with `password`. Returns how to open a browser context signed in as one of them; the
 * contexts a test opened are closed after it, whether it passed or not.
 */
export function staffAccounts(
  password: string,
  users: { email: string; name: string; role: string }[],
): (
  browser: Browser,
  user: { email: string },
  ip: string,
  javaScriptEnabled?: boolean,
  contextOptions?: BrowserContextOptions,
) => Promise<Page> {
  const opened: Page[] = [];
  test.beforeAll(() => {
    for (const user of users) {
      const result = createStaff({ ...user, password });
      expect(result.status, result.stderr).toBe(0);
    }
  });
  test.afterEach(async () => {
    for (const page of opened.splice(0)) await page.context().close();
  });
  return async (browser, user, ip, javaScriptEnabled = true, contextOptions = {}) => {
    const page = await signInAs(browser, user.email, password, ip, javaScriptEnabled, contextOptions);
    opened.push(page);
    return page;
  };
}

/** components/admin/BodyField.tsx BODY_MODE_KEY: the body editor's mode this browser last chose. */
const BODY_MODE_KEY = 'newsroom.body-editor';

/**
 * Opens a new article in the newsroom editor and types its headline, section, lede and body (unsaved).
 * The body is typed as Markdown: with JavaScript the page is told Markdown was the mode last chosen
 * (the rich text editor is the default, and e2e/newsroom-body-editor.spec.ts is its journey).
 */
export async function writeNewArticle(
  page: Page,
  article: { headline: string; section: string; lede: string; body: string },
): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, 'markdown'), BODY_MODE_KEY);
  await page.goto('/admin/articles/new');
  await page.getByLabel('Headline', { exact: true }).fill(article.headline);
  await page.getByLabel('Section', { exact: true }).selectOption({ label: article.section });
  await page.getByLabel('Lede', { exact: true }).fill(article.lede);
  await page.getByLabel('Body (Markdown)').fill(article.body);
}

/**
 * Opens `url` and expects no axe violations of WCAG 2.1 AA on it. The answer must be a 200, or with
 * `anyPage` any page that is not a server error (a reader's 404 is a page too).
 */
export async function expectNoAxeViolations(page: Page, url: string, anyPage = false): Promise<void> {
  const response = await page.goto(url);
  if (anyPage) expect(response?.status(), url).toBeLessThan(500);
  else expect(response?.status(), url).toBe(200);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${url}`,
  ).toEqual([]);
}

/**
 * Clicks a reader's bookmark control and waits for the server's answer. On a page it is the
 * article's own control (named exactly: related stories have controls of their own); in a card of
 * a list, the card's one control. With JavaScript the label flips at once and the button stays busy
 * until the server has written the change: a test that moved on at the flip could read a page
 * before the write (CI saw a search page without the bookmark just made). Without JavaScript the
 * form posts and the next page carries the server's state.
 */
export async function toggleBookmark(scope: Page | Locator, from: 'Bookmark' | 'Remove bookmark'): Promise<void> {
  const to = from === 'Bookmark' ? 'Remove bookmark' : 'Bookmark';
  const named = (label: string) => ('goto' in scope ? { name: label, exact: true } : { name: new RegExp(`^${label}`) });
  await scope.getByRole('button', named(from)).click();
  const settled = scope.getByRole('button', named(to));
  await expect(settled).toBeVisible();
  await expect(settled).not.toHaveAttribute('aria-busy', 'true');
}

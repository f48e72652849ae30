import { spawnSync } from 'node:child_process';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
/** Shared by the end-to-end specs. scripts/e2e.ts points DATABASE_URL at the seeded e2e database. */
export {
  auditActionsSince,
  changeArticle,
  createAuthorFixture,
  createDraft,
  createSectionFixture,
  createStaffFixture,
  createTagFixture,
  createUnusedMedia,
  databaseFingerprint,
  findArticles,
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

/** Creates a staff account the way a newsroom does: through `npm run user:create`. */
export function createStaff(user: { email: string; password: string; role: string; name?: string }): {
  status: number | null;
  stderr: string;
} {
  const args = ['scripts/user-create.ts', '--email', user.email, '--password', user.password, '--role', user.role];
  if (user.name) args.push('--name', user.name);
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
): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': ip }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto('/admin/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
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

import { spawnSync } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';
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
} from '@/db/testing';

export function pathOf(a: { id: number; slug: string; section: string }): string {
  return `/${a.section}/${a.id}-${a.slug}`;
}

export const REVALIDATE_TOKEN = process.env.REVALIDATE_TOKEN ?? '';

/** Creates a staff account the way a newsroom does: through `npm run user:create`. */
export function createStaff(user: { email: string; password: string; role: string; name?: string }): { status: number | null; stderr: string } {
  const args = ['scripts/user-create.ts', '--email', user.email, '--password', user.password, '--role', user.role];
  if (user.name) args.push('--name', user.name);
  const result = spawnSync('node_modules/.bin/tsx', args, { encoding: 'utf8', env: process.env });
  return { status: result.status, stderr: result.stderr };
}

/** A new browser context (from `ip`, with or without JavaScript) signed in to the newsroom through its form. */
export async function signInAs(browser: Browser, email: string, password: string, ip: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': ip }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto('/admin/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

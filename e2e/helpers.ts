import { spawnSync } from 'node:child_process';
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
  findArticles,
  firstSlug,
  lastAuditId,
  type ArticleRow,
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

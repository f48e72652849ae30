/** Shared by the end-to-end specs. scripts/e2e.ts points DATABASE_URL at the seeded e2e database. */
export { changeArticle, findArticles, firstSlug, type ArticleRow } from '@/db/testing';

export function pathOf(a: { id: number; slug: string; section: string }): string {
  return `/${a.section}/${a.id}-${a.slug}`;
}

export const REVALIDATE_TOKEN = process.env.REVALIDATE_TOKEN ?? '';

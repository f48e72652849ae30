/**
 * Shared by the end-to-end specs: the seeded e2e database (read directly to find drafts
 * and articles to edit) and small page helpers. scripts/e2e.ts sets DATABASE_URL.
 */
import { databasePath, openDatabase, type DB } from '@/db/client';

let db: DB | null = null;

export function e2eDb(): DB {
  if (!db) db = openDatabase(databasePath(), { migrate: false });
  return db;
}

export interface ArticleRow {
  id: number;
  slug: string;
  title: string;
  section: string;
  status: string;
}

export function articleRows(where: string, params: unknown[] = [], limit = 1): ArticleRow[] {
  return e2eDb()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, s.slug AS section, a.status
       FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${where} ORDER BY a.published_at DESC, a.id DESC LIMIT ${limit}`,
    )
    .all(...params) as ArticleRow[];
}

export function pathOf(a: { id: number; slug: string; section: string }): string {
  return `/${a.section}/${a.id}-${a.slug}`;
}

export const REVALIDATE_TOKEN = process.env.REVALIDATE_TOKEN ?? '';

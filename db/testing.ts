/**
 * Database look-ups and edits for the end-to-end tests, which play the newsroom's part
 * (publishing, correcting, unpublishing) before the newsroom exists. Tests only: the
 * application never imports this file. It opens DATABASE_URL without migrating.
 */
import { databasePath, openDatabase, type DB } from './client';
import type { ArticleStatus } from './schema';

let db: DB | null = null;
function conn(): DB {
  if (!db) db = openDatabase(databasePath(), { migrate: false });
  return db;
}

export interface ArticleRow {
  id: number;
  slug: string;
  title: string;
  section: string;
  status: ArticleStatus;
}

const FILTERS = {
  published: "a.status = 'published' AND a.published_at <= unixepoch()",
  'published-without-hero': "a.status = 'published' AND a.published_at <= unixepoch() AND a.hero_media_id IS NULL",
  draft: "a.status = 'draft'",
  scheduled: "a.status = 'scheduled'",
  unpublished: "a.status = 'unpublished'",
} as const;

/** Articles matching a filter, newest first. */
export function findArticles(filter: keyof typeof FILTERS, limit = 1): ArticleRow[] {
  return conn()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, s.slug AS section, a.status
       FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${FILTERS[filter]} ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
    )
    .all(limit) as ArticleRow[];
}

export function firstSlug(table: 'tags' | 'authors'): string {
  return (conn().$client.prepare(`SELECT slug FROM ${table === 'tags' ? 'tags' : 'authors'} ORDER BY id LIMIT 1`).get() as { slug: string }).slug;
}

/** Changes an article the way a newsroom write would (without invalidating anything). */
export function changeArticle(id: number, change: { title?: string; status?: ArticleStatus; publishedAt?: 'now' | null }): void {
  const sqlite = conn().$client;
  sqlite.transaction(() => {
    if (change.title !== undefined) sqlite.prepare('UPDATE articles SET title = ? WHERE id = ?').run(change.title, id);
    if (change.status !== undefined) sqlite.prepare('UPDATE articles SET status = ? WHERE id = ?').run(change.status, id);
    if (change.publishedAt === 'now') {
      sqlite.prepare('UPDATE articles SET published_at = unixepoch(), updated_at = unixepoch(), featured = 0 WHERE id = ?').run(id);
    } else if (change.publishedAt === null) {
      sqlite.prepare('UPDATE articles SET published_at = NULL WHERE id = ?').run(id);
    }
  })();
}

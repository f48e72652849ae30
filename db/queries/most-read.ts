/**
 * Page-view counts for "most read" (table article_views: story, unix hour, views). Only counts
 * are stored here; who read what is never known to the database (lib/most-read keeps the
 * per-hour dedupe hashes in memory only).
 */
import { and, desc, eq, lt, lte, sql } from 'drizzle-orm';
import { getDb, type DB } from '../client';
import { articles, articleViews } from '../schema';

export const HOUR_MS = 3_600_000;

/** The unix hour of `ms` (the table's `hour` column). */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

/** Whether `id` is a story readers can see now: one primary-key lookup (a prepared statement per connection). */
const publishedCheck = new WeakMap<DB, { get(id: number, now: number): unknown }>();
export function isPublishedArticleId(id: number, now = new Date()): boolean {
  const db = getDb();
  let statement = publishedCheck.get(db);
  if (!statement) {
    statement = db.$client.prepare(
      "SELECT 1 FROM articles WHERE id = ? AND status = 'published' AND published_at <= ?",
    ) as unknown as { get(id: number, now: number): unknown };
    publishedCheck.set(db, statement);
  }
  return statement.get(id, Math.floor(now.getTime() / 1000)) !== undefined;
}

/**
 * Adds the counts of one batch in one transaction: `views = views + n` per (story, hour). A story
 * deleted since its view was counted is skipped (its row would break the foreign key).
 */
export function addViews(batch: Iterable<{ articleId: number; hour: number; views: number }>): number {
  const rows = [...batch].filter((r) => r.views > 0);
  if (!rows.length) return 0;
  return getDb().transaction((tx) => {
    let written = 0;
    for (const r of rows) {
      const exists = tx.select({ id: articles.id }).from(articles).where(eq(articles.id, r.articleId)).get();
      if (!exists) continue;
      tx.insert(articleViews)
        .values(r)
        .onConflictDoUpdate({
          target: [articleViews.articleId, articleViews.hour],
          set: { views: sql`${articleViews.views} + ${r.views}` },
        })
        .run();
      written++;
    }
    return written;
  });
}

/** Deletes the counts of hours before `hour` (most read looks back 24 hours; 48 are kept). */
export function deleteViewsBefore(hour: number): number {
  return getDb().delete(articleViews).where(lt(articleViews.hour, hour)).run().changes;
}

/**
 * The most-read story ids since `sinceHour` (inclusive), published stories only, of one section
 * or the whole site; ties go to the newest story. Driven by the hour index (CROSS JOIN keeps
 * SQLite from walking every published article instead): the last day's rows are summed per
 * story, then each story is checked by its key, so the cost follows the day's counts, not the
 * archive's size.
 */
export function rankMostRead(
  opts: { edition: string; sectionId: number | null; sinceHour: number; limit: number },
  now = new Date(),
): { id: number; views: number }[] {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const section = opts.sectionId === null ? sql`` : sql`AND a.section_id = ${opts.sectionId}`;
  return getDb().all<{ id: number; views: number }>(sql`
    SELECT r.id, r.views
    FROM (
      SELECT article_id AS id, sum(views) AS views
      FROM article_views INDEXED BY article_views_hour_idx
      WHERE hour >= ${opts.sinceHour}
      GROUP BY article_id
    ) r
    CROSS JOIN articles a ON a.id = r.id
    WHERE r.views > 0 AND a.status = 'published' AND a.published_at <= ${nowSeconds}
      AND a.edition = ${opts.edition} ${section}
    ORDER BY r.views DESC, a.published_at DESC, a.id DESC
    LIMIT ${opts.limit}
  `);
}

/** The views of one story in one hour (tests and the benchmark). */
export function viewsOf(articleId: number, hour?: number): number {
  const where =
    hour === undefined
      ? eq(articleViews.articleId, articleId)
      : and(eq(articleViews.articleId, articleId), eq(articleViews.hour, hour));
  const row = getDb()
    .select({ n: sql<number>`coalesce(sum(${articleViews.views}), 0)` })
    .from(articleViews)
    .where(where)
    .get();
  return Number(row?.n ?? 0);
}

/** Every stored count, for the seed and tests: (story, hour, views). */
export function replaceViews(rows: { articleId: number; hour: number; views: number }[], db: DB = getDb()): void {
  db.transaction((tx) => {
    tx.delete(articleViews).run();
    for (let i = 0; i < rows.length; i += 500)
      tx.insert(articleViews)
        .values(rows.slice(i, i + 500))
        .run();
  });
}

/** All stored views (the benchmark's check). */
export function totalViews(): number {
  const row = getDb()
    .select({ n: sql<number>`coalesce(sum(${articleViews.views}), 0)` })
    .from(articleViews)
    .get();
  return Number(row?.n ?? 0);
}

/** The ids of the newest `limit` published stories (the benchmark's targets). */
export function newestPublishedIds(limit: number, now = new Date()): number[] {
  return getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), lte(articles.publishedAt, now)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

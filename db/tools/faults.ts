/**
 * Database side of the fault tests (scripts/crash-test.ts, e2e/graceful-shutdown and
 * e2e/crash-safety): a private copy of a seeded database to run a server on, and the checks
 * made on it afterwards. Tests and scripts only; the application never imports this file.
 */
import fs from 'node:fs';
import { backupDatabase, checkDatabaseFile, type DatabaseCheck } from '../backup';
import { openDatabase, renewInstanceId } from '../client';

export interface FaultFixture {
  sectionId: number;
  /** Published articles, newest first (bookmark targets). */
  publishedIds: number[];
  /** A published article more than a week old, with its URL path. */
  archive: { id: number; path: string };
}

/**
 * Copies SOURCE (live or not: through the backup API) to DEST, gives the copy its own instance
 * id (so a server on it shares no data-cache entry with one on SOURCE) and adds a staff account if given.
 */
export async function makeFaultCopy(
  source: string,
  dest: string,
  staff?: { email: string; name: string; passwordHash: string; role: string },
): Promise<FaultFixture> {
  await backupDatabase(source, dest);
  const db = openDatabase(dest);
  try {
    renewInstanceId(db);
    const sqlite = db.$client;
    if (staff) {
      const id = sqlite
        .prepare('INSERT INTO staff_users (email, name, password_hash, role) VALUES (?, ?, ?, ?)')
        .run(staff.email, staff.name, staff.passwordHash, staff.role).lastInsertRowid;
      // Below admin, the role in every edition the data holds (as migration 0012 gave every account).
      if (staff.role !== 'admin')
        sqlite
          .prepare(
            "INSERT INTO staff_editions (staff_id, edition, role) SELECT ?, edition, ? FROM (SELECT DISTINCT edition FROM sections UNION SELECT 'en')",
          )
          .run(id, staff.role);
    }
    const sectionId = sqlite.prepare('SELECT id FROM sections ORDER BY position LIMIT 1').pluck().get() as number;
    const publishedIds = sqlite
      .prepare(
        "SELECT id FROM articles WHERE status = 'published' AND published_at <= unixepoch() ORDER BY published_at DESC",
      )
      .pluck()
      .all() as number[];
    const archive = sqlite
      .prepare(
        `SELECT a.id, '/' || s.slug || '/' || a.id || '-' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.published_at <= unixepoch() - 8 * 86400 ORDER BY a.published_at LIMIT 1`,
      )
      .get() as { id: number; path: string };
    return { sectionId, publishedIds, archive };
  } finally {
    db.$client.close();
  }
}

/** Makes an article's stored body unreadable JSON (a corrupt row), so rendering it throws. */
export function corruptArticleBody(file: string, articleId: number): void {
  const db = openDatabase(file, { migrate: false });
  try {
    db.$client.prepare('UPDATE articles SET body = \'[{"type": "paragraph", broken\' WHERE id = ?').run(articleId);
  } finally {
    db.$client.close();
  }
}

/** Puts a published article back in the schedule, due at `at` (as if an editor had scheduled it). */
export function scheduleArticle(file: string, articleId: number, at: Date): void {
  const db = openDatabase(file, { migrate: false });
  try {
    db.$client
      .prepare("UPDATE articles SET status = 'scheduled', published_at = ? WHERE id = ?")
      .run(Math.floor(at.getTime() / 1000), articleId);
  } finally {
    db.$client.close();
  }
}

/** An article's status as stored. */
export function articleStatus(file: string, articleId: number): string {
  const db = openDatabase(file, { migrate: false });
  try {
    return db.$client.prepare('SELECT status FROM articles WHERE id = ?').pluck().get(articleId) as string;
  } finally {
    db.$client.close();
  }
}

export interface AcknowledgedWrites {
  /** Articles whose creation was answered with success: id and headline. */
  articles: { id: number; title: string }[];
  /** Bookmarks answered `{"bookmarked": true}`: the reader's e-mail and the article. */
  bookmarks: { email: string; articleId: number }[];
  /** Readers whose sign-up was answered with a session. */
  readers: string[];
}

export interface CrashCheck {
  integrity: DatabaseCheck['integrity'];
  present: { articles: number; bookmarks: number; readers: number };
  missing: {
    articles: { id: number; title: string }[];
    bookmarks: { email: string; articleId: number }[];
    readers: string[];
  };
}

/**
 * PRAGMA integrity_check of FILE (read-only, so it may run beside a server) and which of the
 * acknowledged writes are in it: each article with its headline, its creation revision and its
 * audit entry; each bookmark; each reader.
 */
export function checkAcknowledgedWrites(file: string, acked: AcknowledgedWrites): CrashCheck {
  const { integrity } = checkDatabaseFile(file);
  const db = openDatabase(file, { migrate: false });
  try {
    const sqlite = db.$client;
    const article = sqlite.prepare(
      `SELECT count(*) FROM articles a
       WHERE a.id = ? AND a.title = ?
         AND EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = a.id AND r.version = 1)
         AND EXISTS (SELECT 1 FROM audit_log l WHERE l.subject_type = 'article' AND l.subject_id = CAST(a.id AS TEXT))`,
    );
    const bookmark = sqlite.prepare(
      'SELECT count(*) FROM bookmarks b JOIN readers r ON r.id = b.reader_id WHERE r.email = ? AND b.article_id = ?',
    );
    const reader = sqlite.prepare('SELECT count(*) FROM readers WHERE email = ?');
    const missing = {
      articles: acked.articles.filter((a) => article.pluck().get(a.id, a.title) !== 1),
      bookmarks: acked.bookmarks.filter((b) => bookmark.pluck().get(b.email, b.articleId) !== 1),
      readers: acked.readers.filter((email) => reader.pluck().get(email) !== 1),
    };
    return {
      integrity,
      present: {
        articles: acked.articles.length - missing.articles.length,
        bookmarks: acked.bookmarks.length - missing.bookmarks.length,
        readers: acked.readers.length - missing.readers.length,
      },
      missing,
    };
  } finally {
    db.$client.close();
  }
}

/** Whether FILE's WAL was checkpointed and removed (the last connection closed cleanly). */
export function walFiles(file: string): string[] {
  return ['-wal', '-shm'].map((s) => file + s).filter((f) => fs.existsSync(f));
}

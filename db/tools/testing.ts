/**
 * Database look-ups and edits for the end-to-end tests, which play the newsroom's part
 * (publishing, correcting, unpublishing) before the newsroom exists. Tests only: the
 * application never imports this file. It opens DATABASE_URL without migrating.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { databasePath, openDatabase, type DB } from '../client';
import type { ArticleStatus } from '../schema';

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
  /** Published more than a week ago (the archive, cached longest). */
  'published-archive': "a.status = 'published' AND a.published_at <= unixepoch() - 8 * 86400",
  /** Published two to six days ago. */
  'published-this-week':
    "a.status = 'published' AND a.published_at BETWEEN unixepoch() - 6 * 86400 AND unixepoch() - 2 * 86400",
  'published-without-hero': "a.status = 'published' AND a.published_at <= unixepoch() AND a.hero_media_id IS NULL",
  'published-with-hero': "a.status = 'published' AND a.published_at <= unixepoch() AND a.hero_media_id IS NOT NULL",
  /** With a hero, two to six days old: the seed's, never one a journey wrote (those are dated now). */
  'seeded-with-hero':
    "a.status = 'published' AND a.published_at BETWEEN unixepoch() - 6 * 86400 AND unixepoch() - 2 * 86400 AND a.hero_media_id IS NOT NULL",
  draft: "a.status = 'draft'",
  scheduled: "a.status = 'scheduled'",
  unpublished: "a.status = 'unpublished'",
} as const;

/** Articles of an edition (the default edition's unless told) matching a filter, newest first. */
export function findArticles(filter: keyof typeof FILTERS, limit = 1, edition = 'en'): ArticleRow[] {
  return conn()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, s.slug AS section, a.status
       FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${FILTERS[filter]} AND a.edition = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
    )
    .all(edition, limit) as ArticleRow[];
}

/** Published stories of `edition` that have a published translation in `other`, newest first. */
export function findTranslated(edition: string, other: string, limit = 1): (ArticleRow & { translation: number })[] {
  return conn()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, s.slug AS section, a.status, b.id AS translation
       FROM articles a JOIN sections s ON s.id = a.section_id
       JOIN articles b ON b.translation_group = a.translation_group AND b.edition = ?
       WHERE a.edition = ? AND a.status = 'published' AND a.published_at <= unixepoch()
         AND b.status = 'published' AND b.published_at <= unixepoch()
       ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
    )
    .all(other, edition, limit) as (ArticleRow & { translation: number })[];
}

/** Published stories of `edition` with no version at all in `other` (nor any draft there), oldest first. */
export function findUntranslated(edition: string, other: string, limit = 1): ArticleRow[] {
  return conn()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, s.slug AS section, a.status
       FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.edition = ? AND a.status = 'published' AND a.published_at <= unixepoch()
         AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.edition = ? AND b.translation_group IS NOT NULL
                         AND b.translation_group = a.translation_group)
       ORDER BY a.published_at, a.id LIMIT ?`,
    )
    .all(edition, other, limit) as ArticleRow[];
}

/** A published story by its slug (the demo newsroom's media stories have fixed slugs: lib/av/demo.ts). */
export function articleBySlug(slug: string): ArticleRow {
  const row = conn()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, s.slug AS section, a.status FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.slug = ? ORDER BY a.id DESC LIMIT 1`,
    )
    .get(slug) as ArticleRow | undefined;
  if (!row) throw new Error(`no article with the slug ${slug}: is ffmpeg installed for the seed?`);
  return row;
}

/** An article's stored body (its blocks, as saved). */
export function articleBody(id: number): unknown {
  const row = conn().$client.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string } | undefined;
  if (!row) throw new Error(`no article ${id}`);
  return JSON.parse(row.body);
}

/** The tag with the most published stories: a tag page as full as a reader finds one. */
export function busiestTagSlug(): string {
  return (
    conn()
      .$client.prepare(
        `SELECT t.slug FROM tags t JOIN article_tags at ON at.tag_id = t.id JOIN articles a ON a.id = at.article_id
         WHERE a.status = 'published' AND a.published_at <= unixepoch() AND t.edition = 'en'
         GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1`,
      )
      .get() as { slug: string }
  ).slug;
}

export function firstSlug(table: 'tags' | 'authors'): string {
  return (
    conn()
      .$client.prepare(
        `SELECT slug FROM ${table === 'tags' ? 'tags' : 'authors'} WHERE edition = 'en' ORDER BY id LIMIT 1`,
      )
      .get() as { slug: string }
  ).slug;
}

/** Changes an article the way a newsroom write would (without invalidating anything). */
export function changeArticle(
  id: number,
  change: { title?: string; status?: ArticleStatus; publishedAt?: 'now' | null },
): void {
  const sqlite = conn().$client;
  sqlite
    .transaction(() => {
      if (change.title !== undefined)
        sqlite.prepare('UPDATE articles SET title = ? WHERE id = ?').run(change.title, id);
      if (change.status !== undefined)
        sqlite.prepare('UPDATE articles SET status = ? WHERE id = ?').run(change.status, id);
      if (change.publishedAt === 'now') {
        sqlite
          .prepare(
            'UPDATE articles SET published_at = unixepoch(), updated_at = unixepoch(), featured = 0 WHERE id = ?',
          )
          .run(id);
      } else if (change.publishedAt === null) {
        sqlite.prepare('UPDATE articles SET published_at = NULL WHERE id = ?').run(id);
      }
      // IMMEDIATE, as the app's own transactions (db/client.ts): wait for the server's writes.
    })
    .immediate();
}

/** A fresh draft in `edition`'s first section that no staff member wrote (for authorization tables). */
export function createDraft(title: string, edition = 'en'): { id: number; version: number; sectionId: number } {
  const sqlite = conn().$client;
  const sectionId = (
    sqlite.prepare('SELECT id FROM sections WHERE edition = ? ORDER BY position, id LIMIT 1').get(edition) as {
      id: number;
    }
  ).id;
  const slug = `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const id = Number(
    sqlite
      .prepare(
        "INSERT INTO articles (slug, section_id, edition, title, lede, body, status) VALUES (?, ?, ?, ?, 'Lede.', '[]', 'draft')",
      )
      .run(slug, sectionId, edition, title).lastInsertRowid,
  );
  return { id, version: 1, sectionId };
}

/** Two drafts, English and Russian, in one translation group (named by the English one). */
export function createTranslationPair(title: string): { id: number; translation: number; group: number } {
  const english = createDraft(title, 'en');
  const russian = createDraft(`${title} ru`, 'ru');
  conn()
    .$client.prepare('UPDATE articles SET translation_group = ? WHERE id IN (?, ?)')
    .run(english.id, english.id, russian.id);
  return { id: english.id, translation: russian.id, group: english.id };
}

/** An article's status, or null when there is none. */
export function articleStatusOf(id: number): string | null {
  const row = conn().$client.prepare('SELECT status FROM articles WHERE id = ?').get(id) as
    { status: string } | undefined;
  return row?.status ?? null;
}

/** A library picture nothing uses (no files on disk are needed to edit or delete it). */
export function createUnusedMedia(): number {
  const file = `authz-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return Number(
    conn()
      .$client.prepare(
        "INSERT INTO media (file, mime, width, height, variants, alt) VALUES (?, 'image/webp', 800, 600, '320,640', 'Test picture')",
      )
      .run(file).lastInsertRowid,
  );
}

/**
 * A video item nothing uses, in the given state, optionally with one caption track (no files on
 * disk are needed to edit, retry or delete it).
 */
export function createUnusedAv(
  status: 'ready' | 'processing' | 'failed' = 'ready',
  caption = false,
): {
  id: number;
  captionId: number | null;
} {
  const key = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
  const id = Number(
    conn()
      .$client.prepare(
        "INSERT INTO media (file, mime, width, height, variants, alt, kind, status, error, storage_key, title, original_name) VALUES (?, 'video/mp4', 640, 360, '', '', 'video', ?, ?, ?, 'Test video', 'test.mp4')",
      )
      .run(`av-${key}`, status, status === 'failed' ? 'Test failure' : '', key).lastInsertRowid,
  );
  const captionId = caption
    ? Number(
        conn()
          .$client.prepare(
            "INSERT INTO media_captions (media_id, lang, label, file) VALUES (?, 'en', 'English', 'captions-en-abc123.vtt')",
          )
          .run(id).lastInsertRowid,
      )
    : null;
  return { id, captionId };
}

/** The newest audit entry's id (0 when the log is empty). */
export function lastAuditId(): number {
  return (conn().$client.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
}

/** Audit actions written after `afterId` by the staff member with this e-mail, oldest first. */
export function auditActionsSince(afterId: number, actorEmail: string): string[] {
  return (
    conn()
      .$client.prepare(
        'SELECT a.action FROM audit_log a JOIN staff_users s ON s.id = a.actor_id WHERE a.id > ? AND s.email = ? ORDER BY a.id',
      )
      .all(afterId, actorEmail.toLowerCase()) as { action: string }[]
  ).map((r) => r.action);
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * A section with no articles, first in the navigation: other journeys that add sections at the
 * end and check their order are never disturbed by these.
 */
export function createSectionFixture(): { id: number; slug: string } {
  const sqlite = conn().$client;
  const slug = unique('authz-section');
  const position = (sqlite.prepare('SELECT coalesce(min(position), 0) - 1 AS p FROM sections').get() as { p: number })
    .p;
  const id = Number(
    sqlite
      .prepare('INSERT INTO sections (slug, name, position) VALUES (?, ?, ?)')
      .run(slug, `Section ${slug}`, position).lastInsertRowid,
  );
  return { id, slug };
}

export function createTagFixture(): { id: number; slug: string } {
  const slug = unique('authz-tag');
  return {
    id: Number(
      conn().$client.prepare('INSERT INTO tags (slug, name) VALUES (?, ?)').run(slug, `Tag ${slug}`).lastInsertRowid,
    ),
    slug,
  };
}

export function createShowFixture(): { id: number; slug: string } {
  const slug = unique('authz-show');
  return {
    id: Number(
      conn().$client.prepare('INSERT INTO shows (slug, name) VALUES (?, ?)').run(slug, `Show ${slug}`).lastInsertRowid,
    ),
    slug,
  };
}

export function createAuthorFixture(): { id: number; slug: string } {
  const slug = unique('authz-person');
  return {
    id: Number(
      conn().$client.prepare('INSERT INTO authors (slug, name) VALUES (?, ?)').run(slug, `Person ${slug}`)
        .lastInsertRowid,
    ),
    slug,
  };
}

/** A contributor account (in the English edition) nobody can sign in to (its hash is not a valid one). */
export function createStaffFixture(): number {
  const email = `${unique('authz-staff')}@example.test`;
  const sqlite = conn().$client;
  return sqlite.transaction(() => {
    const id = Number(
      sqlite
        .prepare("INSERT INTO staff_users (email, name, password_hash, role) VALUES (?, 'Fixture', 'x', 'contributor')")
        .run(email).lastInsertRowid,
    );
    sqlite.prepare("INSERT INTO staff_editions (staff_id, edition, role) VALUES (?, 'en', 'contributor')").run(id);
    return id;
  })();
}

export interface TableFingerprint {
  rows: number;
  /** SHA-256 over the table's rows (each as JSON, sorted, so row order does not matter). */
  sha256: string;
}

/**
 * Every table's row count and a hash of its rows, read through a read-only connection of its
 * own (the hostile-input journey proves a corpus of refused requests writes nothing). The FTS
 * index is covered by its shadow tables; SQLite's planner statistics are not content.
 */
export function databaseFingerprint(): Record<string, TableFingerprint> {
  const sqlite = new Database(databasePath(), { readonly: true, fileMustExist: true });
  try {
    const tables = (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const json = (row: unknown[]) =>
      JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    const result: Record<string, TableFingerprint> = {};
    // One read transaction, so every table is seen at the same moment.
    sqlite.transaction(() => {
      for (const table of tables) {
        const rows = (
          sqlite
            .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
            .raw(true)
            .safeIntegers(true)
            .all() as unknown[][]
        )
          .map(json)
          .sort();
        const hash = createHash('sha256');
        for (const row of rows) hash.update(row).update('\n');
        result[table] = { rows: rows.length, sha256: hash.digest('hex') };
      }
    })();
    return result;
  } finally {
    sqlite.close();
  }
}

/** Two-factor sign-in turned on for an account (a fixed key), for the reset row of the authorization table. */
export function enableTwoFactorFixture(staffId: number): void {
  conn()
    .$client.prepare(
      "INSERT INTO staff_two_factor (staff_id, secret, enabled_at) VALUES (?, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', unixepoch())",
    )
    .run(staffId);
}

/** The roles that require two-factor sign-in now. */
export function rolesRequiringTwoFactorNow(): string[] {
  return (conn().$client.prepare('SELECT role FROM two_factor_roles ORDER BY role').all() as { role: string }[]).map(
    (r) => r.role,
  );
}

/** Stops requiring two-factor sign-in of every role (a journey that turned it on leaves nothing behind). */
export function clearTwoFactorRoles(): void {
  conn().$client.prepare('DELETE FROM two_factor_roles').run();
}

/**
 * The one database connection of this process: SQLite in WAL mode through better-sqlite3,
 * migrated on first open. Only db/ imports this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Absolute path of the SQLite file named by DATABASE_URL (default `file:data/news.db`). */
export function databasePath(url = process.env.DATABASE_URL ?? 'file:data/news.db'): string {
  const file = url.replace(/^file:(\/\/)?/, '');
  if (!file || file === ':memory:') throw new Error('DATABASE_URL must name a SQLite file');
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/**
 * Every statement the process-wide connection runs, with its values, while SQL_TRACE is set
 * (tests read it to check each page's query plans; `drainSqlTrace` empties it).
 */
const sqlTrace: string[] = [];
export function drainSqlTrace(): string[] {
  return sqlTrace.splice(0);
}

export function openDatabase(file: string, options: { migrate?: boolean; trace?: boolean } = {}): DB {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, options.trace ? { verbose: (statement) => sqlTrace.push(String(statement)) } : {});
  sqlite.pragma('journal_mode = WAL');
  // FULL: every commit's WAL frames are on disk before the write is answered, so an
  // acknowledged save or bookmark survives a power cut as well as a killed process (NORMAL
  // survives only the latter). Writes are rare here (saves, bookmarks, sign-ins); it cost
  // 0.08 ms per commit against 0.012 ms on this machine, and reads never sync.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as DB;
  // Every transaction here writes. BEGIN IMMEDIATE takes the write lock at once, so a writer that
  // meets another process's write waits (busy_timeout) instead of failing. A deferred transaction
  // that read first cannot wait: when another connection commits before its first write, SQLite
  // answers SQLITE_BUSY at once (seen in the end-to-end run as a failed staff save while a test
  // process wrote to the same file).
  const deferred = db.transaction.bind(db);
  db.transaction = ((run, config) => deferred(run, { behavior: 'immediate', ...config })) as DB['transaction'];
  if (options.migrate !== false) {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    sqlite
      .prepare("INSERT OR IGNORE INTO site_meta (key, value) VALUES ('instance_id', lower(hex(randomblob(8))))")
      .run();
  }
  return db;
}

/**
 * An id that changes whenever this database is created or reseeded. It is part of every
 * data-cache key, so a cache left in .next by another database is never served.
 */
export function instanceId(db: DB = getDb()): string {
  const row = db.$client.prepare("SELECT value FROM site_meta WHERE key = 'instance_id'").get() as
    { value: string } | undefined;
  return row?.value ?? 'none';
}

/** Gives the database a new instance id (after reseeding), so no cached data outlives it. */
export function renewInstanceId(db: DB): void {
  db.$client
    .prepare("INSERT OR REPLACE INTO site_meta (key, value) VALUES ('instance_id', lower(hex(randomblob(8))))")
    .run();
}

const globalForDb = globalThis as unknown as { __newsroomDb?: { file: string; db: DB } };

/** The process-wide connection, opened (and migrated) on first use. */
export function getDb(): DB {
  const file = databasePath();
  const current = globalForDb.__newsroomDb;
  if (current && current.file === file) return current.db;
  const db = openDatabase(file, { trace: Boolean(process.env.SQL_TRACE) });
  globalForDb.__newsroomDb = { file, db };
  return db;
}

/** Closes the process-wide connection (tests and scripts). */
export function closeDb(): void {
  globalForDb.__newsroomDb?.db.$client.close();
  globalForDb.__newsroomDb = undefined;
}

/** What /api/health asks the database: is it answering, and are all of this code's migrations applied? */
import fs from 'node:fs';
import path from 'node:path';
import { getDb, MIGRATIONS_DIR } from '../client';

/** Migrations this code expects: the entries of db/migrations/meta/_journal.json. */
export function expectedMigrations(dir = MIGRATIONS_DIR): number {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

let expected: number | null = null;

/**
 * Runs a query on the process's connection (opening it if needed) and counts drizzle's applied
 * migrations. Throws when the database cannot be opened or read.
 */
export function migrationState(): { applied: number; expected: number } {
  const sqlite = getDb().$client;
  const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  expected ??= expectedMigrations();
  return { applied, expected };
}

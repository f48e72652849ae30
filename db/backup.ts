/**
 * Online backups and restores of the site's SQLite database, through SQLite's backup API
 * (better-sqlite3's `db.backup()`).
 *
 * A backup copies every page in one step, inside one read transaction: in WAL mode that is a
 * consistent snapshot of the last commit before it started, and the server's writers are never
 * blocked (they append to the WAL meanwhile). Copying in small steps instead would restart
 * from the beginning each time another connection writes, and might never finish on a busy site.
 *
 * A restore refuses anything that is not a sound database of ours, refuses while our server
 * runs on the target (see `serverLockPath`), keeps the current database beside it, copies
 * the backup in through the same API (so a stale WAL left by a crash is handled by SQLite, not
 * by file juggling), gives the result a new instance id (no page or data cache built from the
 * old contents is ever served for it) and checks it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { renewInstanceId, openDatabase } from './client';
import { expectedMigrations } from './queries/health';

/** Tables every database of ours has (drizzle's migration log, the instance id, the content). */
const OUR_TABLES = ['__drizzle_migrations', 'site_meta', 'articles', 'sections'] as const;
const SQLITE_HEADER = 'SQLite format 3\0';

export class BackupError extends Error {}

export interface DatabaseCheck {
  integrity: string;
  migrations: { applied: number; expected: number };
  tables: Record<string, number>;
}

/** Row counts of every table (FTS5 shadow tables included: they are part of a consistent copy). */
export function tableCounts(db: Database.Database): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names) {
    // The FTS5 virtual table itself is counted through its shadow tables.
    if (isVirtual(db, name)) continue;
    counts[name] = db
      .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

function isVirtual(db: Database.Database, name: string): boolean {
  const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string | null;
  return /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(sql ?? '');
}

/**
 * Opens FILE read-only and checks it is a sound database of ours: an SQLite file, `PRAGMA
 * integrity_check` = ok, our tables present, no migration newer than this code knows.
 * Throws a BackupError that says what is wrong.
 */
export function checkDatabaseFile(file: string): DatabaseCheck {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`);
  if (!fs.statSync(file).isFile()) throw new BackupError(`${file} is not a file`);
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new BackupError(`${file} is not an SQLite database`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened: ${(error as Error).message}`);
  }
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    if (integrity !== 'ok') throw new BackupError(`${file} fails PRAGMA integrity_check: ${integrity.slice(0, 500)}`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = OUR_TABLES.filter((t) => !tables.has(t));
    if (missing.length)
      throw new BackupError(`${file} is not a database of this site (no ${missing.join(', ')} table)`);
    const applied = db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
    const expected = expectedMigrations();
    if (applied > expected) {
      throw new BackupError(
        `${file} has ${applied} migrations applied, newer than this code (${expected}): restore it with the code that made it`,
      );
    }
    return { integrity, migrations: { applied, expected }, tables: tableCounts(db) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Copies the live database SOURCE into DEST (which must not exist) with the backup API, while
 * other processes keep reading and writing SOURCE. Written to a temporary file beside DEST,
 * checked, then renamed, so DEST is either a complete, checked backup or absent.
 */
export async function backupDatabase(
  source: string,
  dest: string,
): Promise<DatabaseCheck & { bytes: number; ms: number }> {
  const started = Date.now();
  if (!fs.existsSync(source)) throw new BackupError(`the database ${source} does not exist`);
  if (path.resolve(source) === path.resolve(dest))
    throw new BackupError('the backup must go to another file than the database');
  if (fs.existsSync(dest)) throw new BackupError(`${dest} already exists: name a new file`);
  fs.mkdirSync(path.dirname(path.resolve(dest)), { recursive: true });
  const partial = `${dest}.partial-${process.pid}`;
  removeDatabaseFiles(partial);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // All remaining pages in one step: one read transaction, one consistent snapshot.
    await db.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    removeDatabaseFiles(partial);
    throw new BackupError(`backup failed: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  try {
    // One self-contained file: fold any WAL the copy left into it.
    const copy = new Database(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const check = checkDatabaseFile(partial);
    fs.renameSync(partial, dest);
    return { ...check, bytes: fs.statSync(dest).size, ms: Date.now() - started };
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
}

/**
 * While our server (scripts/serve.ts) runs on a database it holds `<database>.server.pid`;
 * restoring under a running server would leave its page and data caches describing other contents.
 */
export function serverLockPath(database: string): string {
  return `${database}.server.pid`;
}

/** The pid of a live server holding DATABASE, or null (a lock left by a killed server is ignored). */
export function runningServer(database: string): number | null {
  const lock = serverLockPath(database);
  if (!fs.existsSync(lock)) return null;
  const pid = Number(fs.readFileSync(lock, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

export interface RestoreResult {
  backup: DatabaseCheck;
  restored: DatabaseCheck;
  /** Where the database that was there before was kept (null when there was none). */
  previous: string | null;
  ms: number;
}

/**
 * Replaces the database TARGET with the backup FILE. Refuses (BackupError) when FILE is not a
 * sound database of ours or a server runs on TARGET; otherwise keeps the current TARGET as
 * `<target>.before-restore-<time>`, copies FILE in, renews the instance id and checks the result.
 */
export async function restoreDatabase(file: string, target: string, now = new Date()): Promise<RestoreResult> {
  const started = Date.now();
  if (path.resolve(file) === path.resolve(target))
    throw new BackupError('the backup and the database are the same file');
  const backup = checkDatabaseFile(file);
  const pid = runningServer(target);
  if (pid !== null)
    throw new BackupError(`a server (pid ${pid}) is running on ${target}: stop it first (SIGTERM), then restore`);

  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    await backupDatabase(target, previous).catch((error: Error) => {
      throw new BackupError(
        `could not keep the current database before restoring (${error.message}); nothing was changed`,
      );
    });
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // Runs any migration the backup lacks, then a new instance id: caches of the old contents are never served.
  const db = openDatabase(target);
  renewInstanceId(db);
  db.$client.close();
  const restored = checkDatabaseFile(target);
  return { backup, restored, previous, ms: Date.now() - started };
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

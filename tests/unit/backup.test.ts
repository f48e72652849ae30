import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createTestDb, type TestDb } from '../helpers/db';

let t: TestDb;
let backup: typeof import('@/db/backup');
let client: typeof import('@/db/client');
let writer: ChildProcess | null = null;

before(async () => {
  t = await createTestDb('backup-');
  backup = await import('@/db/backup');
  client = await import('@/db/client');
  const { seedDatabase } = await import('@/db/seed');
  const mediaDir = path.join(t.dir, 'media');
  fs.mkdirSync(mediaDir);
  await seedDatabase(t.db, { articles: 150, mediaDir, now: new Date() });
});
after(() => {
  writer?.kill('SIGKILL');
  t.cleanup();
});

type Row = Record<string, unknown>;
/** Every row of every table of FILE, in rowid (or first column) order. */
function dump(file: string): Record<string, Row[]> {
  const db = client.openDatabase(file, { migrate: false }).$client;
  try {
    const out: Record<string, Row[]> = {};
    for (const name of Object.keys(backup.tableCounts(db))) {
      const withoutRowid = /WITHOUT\s+ROWID/i.test(
        db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string,
      );
      out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY ${withoutRowid ? '1, 2' : 'rowid'}`).all() as Row[];
    }
    return out;
  } finally {
    db.close();
  }
}
const meta = (rows: Row[], key: string) => rows.find((r) => r.key === key)?.value;

async function startWriter(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/site-meta-writer.ts'], {
    env: { ...process.env, DATABASE_URL: `file:${t.file}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`writer exited ${code}`)));
  });
  return child;
}

const writesSoFar = () =>
  Number(t.db.$client.prepare("SELECT value FROM site_meta WHERE key = 'writes'").pluck().get());

describe('online backup and restore', () => {
  it('backs up a seeded database while another process writes, and the restore holds the same rows table by table', async () => {
    writer = await startWriter();
    const dest = path.join(t.dir, 'backups', 'news-backup.db');
    const writesBefore = writesSoFar();
    const result = await backup.backupDatabase(t.file, dest);
    await new Promise((r) => setTimeout(r, 100));
    const writesAfter = writesSoFar();
    writer.kill('SIGKILL');
    await once(writer, 'exit');
    writer = null;
    assert.ok(writesAfter > writesBefore, `writes went on during the backup (${writesBefore} → ${writesAfter})`);
    assert.equal(result.integrity, 'ok');
    assert.equal(result.migrations.applied, result.migrations.expected);
    assert.ok(result.tables.articles > 150, `${result.tables.articles} articles backed up`);
    assert.ok(!fs.readdirSync(path.dirname(dest)).some((f) => f.includes('.partial')), 'no partial file is left');

    // A consistent snapshot: the writer's counter matches its rows exactly, at one moment between the two readings.
    const copied = dump(dest);
    const n = Number(meta(copied.site_meta, 'writes'));
    assert.ok(
      n >= writesBefore && n <= writesAfter,
      `snapshot at write ${n}, between ${writesBefore} and ${writesAfter}`,
    );
    assert.equal(
      copied.site_meta.filter((r) => String(r.key).startsWith('write-')).length,
      n,
      'every write up to the counter, none after it',
    );
    // The content the writer never touched is identical to the live database, row for row.
    const live = dump(t.file);
    for (const table of Object.keys(live).filter((name) => name !== 'site_meta')) {
      assert.deepEqual(copied[table], live[table], `${table} copied exactly`);
    }

    const target = path.join(t.dir, 'restored', 'news.db');
    const restored = await backup.restoreDatabase(dest, target);
    assert.equal(restored.previous, null);
    assert.equal(restored.backup.integrity, 'ok');
    assert.equal(restored.restored.integrity, 'ok');
    const back = dump(target);
    assert.deepEqual(Object.keys(back), Object.keys(copied), 'the same tables');
    for (const table of Object.keys(copied)) {
      assert.equal(back[table].length, copied[table].length, `${table}: same row count`);
      if (table !== 'site_meta') assert.deepEqual(back[table], copied[table], `${table}: same rows`);
    }
    const withoutId = (rows: Row[]) => rows.filter((r) => r.key !== 'instance_id');
    assert.deepEqual(
      withoutId(back.site_meta),
      withoutId(copied.site_meta),
      'site_meta: same rows but the instance id',
    );
    assert.notEqual(
      meta(back.site_meta, 'instance_id'),
      meta(copied.site_meta, 'instance_id'),
      'the restore gets a new instance id',
    );

    // Restoring over an existing database keeps the one that was there.
    const again = await backup.restoreDatabase(dest, target, new Date('2026-01-02T03:04:05Z'));
    assert.ok(again.previous && fs.existsSync(again.previous), 'the previous database is kept');
    assert.equal(backup.checkDatabaseFile(again.previous!).integrity, 'ok');
  });

  it('refuses missing, foreign and corrupt files, an existing backup file, and a target a server runs on', async () => {
    const target = path.join(t.dir, 'refusals', 'news.db');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const refuses = (p: Promise<unknown>, message: RegExp) =>
      assert.rejects(p, (e: Error) => e instanceof backup.BackupError && message.test(e.message));

    await refuses(backup.restoreDatabase(path.join(t.dir, 'nope.db'), target), /does not exist/);
    const text = path.join(t.dir, 'notes.txt');
    fs.writeFileSync(text, 'just some text, long enough to have a header');
    await refuses(backup.restoreDatabase(text, target), /not an SQLite database/);
    const foreign = path.join(t.dir, 'foreign.db');
    const other = client.openDatabase(foreign, { migrate: false });
    other.$client.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.$client.close();
    await refuses(backup.restoreDatabase(foreign, target), /not a database of this site/);

    // A page of the articles table overwritten with junk: integrity_check must catch it.
    const good = path.join(t.dir, 'good.db');
    await backup.backupDatabase(t.file, good);
    const corrupt = path.join(t.dir, 'corrupt.db');
    const bytes = fs.readFileSync(good);
    const db = client.openDatabase(good, { migrate: false }).$client;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").pluck().get() as number;
    db.close();
    bytes.fill(0x5a, (root - 1) * pageSize + 8, root * pageSize);
    fs.writeFileSync(corrupt, bytes);
    await refuses(backup.restoreDatabase(corrupt, target), /integrity_check|cannot be read|malformed/);
    assert.ok(!fs.existsSync(target), 'nothing was written by a refused restore');

    await refuses(backup.backupDatabase(t.file, good), /already exists/);

    // A live server's lock: restoring under it is refused; a dead one's is ignored.
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(backup.serverLockPath(target), String(sleeper.pid));
      await refuses(backup.restoreDatabase(good, target), new RegExp(`server \\(pid ${sleeper.pid}\\) is running`));
    } finally {
      sleeper.kill('SIGKILL');
      await once(sleeper, 'exit');
    }
    const done = await backup.restoreDatabase(good, target);
    assert.equal(done.restored.integrity, 'ok');
  });
});

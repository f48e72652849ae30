import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';

let t: TestDb;
let health: typeof import('@/lib/health');
let route: typeof import('@/app/api/health/route');

before(async () => {
  t = await createTestDb('health-');
  health = await import('@/lib/health');
  route = await import('@/app/api/health/route');
});
after(() => t.cleanup());

const expected = () =>
  (
    JSON.parse(fs.readFileSync(path.join('db', 'migrations', 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;

describe('/api/health', () => {
  it('answers 200 ok, no-store, with every migration applied', async () => {
    const response = route.GET();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), {
      status: 'ok',
      database: 'ok',
      migrations: { applied: expected(), expected: expected() },
    });
  });

  it('answers 503 when a migration is missing or the database is newer than the code', async () => {
    // drizzle's id column is SERIAL, which SQLite leaves NULL: rows are told apart by rowid.
    const last = t.db.$client
      .prepare('SELECT rowid, hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1')
      .get() as { rowid: number; hash: string; created_at: number };
    t.db.$client.prepare('DELETE FROM __drizzle_migrations WHERE rowid = ?').run(last.rowid);
    let answer = health.checkHealth();
    assert.equal(answer.httpStatus, 503);
    assert.deepEqual(answer.body, {
      status: 'error',
      database: 'ok',
      migrations: { applied: expected() - 1, expected: expected() },
      problem: 'migrations pending',
    });
    t.db.$client
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run(last.hash, last.created_at);
    t.db.$client.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 9999999999999)").run();
    answer = health.checkHealth();
    assert.equal(answer.httpStatus, 503);
    assert.equal(answer.body.problem, 'database is newer than this code');
    t.db.$client.prepare("DELETE FROM __drizzle_migrations WHERE hash = 'future'").run();
    assert.equal(health.checkHealth().httpStatus, 200);
  });

  it('answers 503 "unreachable" when the database cannot be opened, naming no path or error', async () => {
    const original = process.env.DATABASE_URL;
    t.client.closeDb();
    // A folder where the file should be: SQLite cannot open it.
    const folder = path.join(t.dir, 'not-a-file.db');
    fs.mkdirSync(folder);
    process.env.DATABASE_URL = `file:${folder}`;
    const logged: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const response = route.GET();
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const text = await response.text();
      assert.deepEqual(JSON.parse(text), {
        status: 'error',
        database: 'unreachable',
        migrations: null,
        problem: 'database unreachable',
      });
      assert.ok(!text.includes(t.dir) && !/sqlite|error:/i.test(text), 'no path or message in the answer');
      assert.equal(logged.length, 1, 'the cause goes to the log');
    } finally {
      console.error = consoleError;
      process.env.DATABASE_URL = original;
      t.client.closeDb();
    }
    assert.equal(health.checkHealth().httpStatus, 200, 'healthy again once the file is back');
  });
});

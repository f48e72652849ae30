import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '@/db/client';
import { siteMeta } from '@/db/schema';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transactions-'));
const file = path.join(dir, 'news.db');
const server = openDatabase(file);
// Another process on the same file (a CLI, a test helper, a backup): its own connection.
const other = openDatabase(file, { migrate: false });
other.$client.pragma('busy_timeout = 50');
after(() => {
  server.$client.close();
  other.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A transaction that reads, lets the other connection try a write, then writes itself. */
function readThenWrite(db: DB, key: string, behavior?: 'deferred' | 'immediate'): { otherWrite: string } {
  let otherWrite = 'committed';
  db.transaction(
    (tx) => {
      tx.select().from(siteMeta).all();
      try {
        other.$client.prepare("INSERT OR REPLACE INTO site_meta (key, value) VALUES ('other', ?)").run(key);
      } catch (error) {
        otherWrite = (error as Error).message;
      }
      tx.insert(siteMeta).values({ key, value: 'written' }).run();
    },
    behavior ? { behavior } : undefined,
  );
  return { otherWrite };
}

describe('write transactions against another connection on the same file', () => {
  it('take the write lock at BEGIN: the other writer waits (and here gives up), the transaction commits', () => {
    const { otherWrite } = readThenWrite(server, 'immediate-by-default');
    assert.equal(otherWrite, 'database is locked');
    assert.equal(
      server
        .select()
        .from(siteMeta)
        .all()
        .find((r) => r.key === 'immediate-by-default')?.value,
      'written',
    );
  });
  it('a deferred one would fail when the other connection commits between its read and its write (why the default is immediate)', () => {
    assert.throws(() => readThenWrite(server, 'deferred', 'deferred'), /database is locked/);
    assert.equal(
      server
        .select()
        .from(siteMeta)
        .all()
        .find((r) => r.key === 'deferred'),
      undefined,
      'nothing half-written',
    );
  });
});

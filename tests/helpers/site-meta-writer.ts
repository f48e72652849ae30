/**
 * A second process that keeps writing to DATABASE_URL until it is killed, for the backup test:
 * each transaction adds a `write-N` row to site_meta and sets `writes` to N, so a consistent
 * snapshot always holds exactly `writes` such rows. Prints "ready" after its first 50 writes.
 */
import { databasePath, openDatabase } from '@/db/client';

const db = openDatabase(databasePath(), { migrate: false }).$client;
const insert = db.prepare("INSERT INTO site_meta (key, value) VALUES ('write-' || ?, ?)");
const count = db.prepare("INSERT OR REPLACE INTO site_meta (key, value) VALUES ('writes', ?)");
const write = db.transaction((n: number) => {
  insert.run(n, 'x'.repeat(100));
  count.run(String(n));
});
let n = 0;
function burst() {
  for (let i = 0; i < 20; i++) write(++n);
  if (n === 60) console.log('ready');
  setTimeout(burst, 1);
}
burst();

/**
 * `npm run db:restore -- FILE`: replaces the database named by DATABASE_URL with the backup
 * FILE. Stop the server first: while scripts/serve.ts runs on the database this refuses. FILE
 * must be a sound database of this site (PRAGMA integrity_check = ok, our tables, no migration
 * newer than this code); the current database is kept beside it as `….before-restore-<time>`,
 * and the result is checked again. Restart the server (`npm start`) afterwards: the restored
 * database has a new instance id, so the next start rebuilds and no cache of the old contents is served.
 */
import path from 'node:path';
import { restoreDatabase } from '@/db/backup';
import { databasePath } from '@/db/client';
import { runWithFile, shown } from './db-file-command';

runWithFile('db:restore', 'npm run db:restore -- FILE   (stop the server first)', async (file) => {
  const target = databasePath();
  const result = await restoreDatabase(path.resolve(file), target);
  if (result.previous) console.log(`kept the previous database as ${shown(result.previous)}`);
  console.log(
    `restored ${file} into ${shown(target)}: ${result.restored.tables.articles ?? 0} articles, ` +
      `migrations ${result.restored.migrations.applied}/${result.restored.migrations.expected}, ` +
      `integrity_check of the backup ${result.backup.integrity}, of the result ${result.restored.integrity}, ${result.ms} ms`,
  );
  console.log('start the server again (npm start): it rebuilds for the restored database');
});

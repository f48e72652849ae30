/**
 * `npm run db:backup -- FILE`: a consistent online backup of the database named by
 * DATABASE_URL (default file:data/news.db) into FILE, a new file, while the site keeps serving
 * and writing (SQLite's backup API, see db/backup.ts). The copy is checked before it is kept.
 */
import path from 'node:path';
import { backupDatabase } from '@/db/backup';
import { databasePath } from '@/db/client';
import { runWithFile, shown } from './db-file-command';

runWithFile('db:backup', 'npm run db:backup -- FILE   (FILE must not exist yet)', async (file) => {
  const source = databasePath();
  const result = await backupDatabase(source, path.resolve(file));
  const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
  console.log(
    `backed up ${shown(source)} to ${file}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ` +
      `${Object.keys(result.tables).length} tables, ${rows} rows, ${result.tables.articles ?? 0} articles, ` +
      `migrations ${result.migrations.applied}/${result.migrations.expected}, integrity_check ${result.integrity}, ${result.ms} ms`,
  );
});

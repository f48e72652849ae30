/**
 * `npm run db:backup -- FILE`: a consistent online backup of the database named by
 * DATABASE_URL (default file:data/news.db) into FILE, a new file, while the site keeps serving
 * and writing (SQLite's backup API, see db/backup.ts). The copy is checked before it is kept.
 */
import path from 'node:path';
import { BackupError, backupDatabase } from '@/db/backup';
import { databasePath } from '@/db/client';

/** A path relative to the working directory when it is inside it, else absolute. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

async function main() {
  const [file, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
  if (!file || rest.length || file.startsWith('-')) {
    console.error('usage: npm run db:backup -- FILE   (FILE must not exist yet)');
    process.exit(2);
  }
  const source = databasePath();
  const result = await backupDatabase(source, path.resolve(file));
  const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
  console.log(
    `backed up ${shown(source)} to ${file}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ` +
      `${Object.keys(result.tables).length} tables, ${rows} rows, ${result.tables.articles ?? 0} articles, ` +
      `migrations ${result.migrations.applied}/${result.migrations.expected}, integrity_check ${result.integrity}, ${result.ms} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `db:backup refused: ${error.message}` : error);
  process.exit(1);
});

/**
 * Migrates the database named by DATABASE_URL and, when it is empty, seeds the demo
 * newsroom (unless --no-seed). Run before every build and start.
 */
import { databasePath, openDatabase } from '@/db/client';
import { isEmpty, seedDatabase } from '@/db/seed';
import path from 'node:path';

async function main() {
  const file = databasePath();
  const db = openDatabase(file); // runs migrations
  console.log(`database: ${path.relative(process.cwd(), file) || file} (migrated)`);
  if (!process.argv.includes('--no-seed') && isEmpty(db)) {
    const articles = Number(process.env.SEED_ARTICLES ?? 400);
    const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/media');
    console.log(`database is empty: seeding the demo newsroom (${articles} articles)…`);
    const result = await seedDatabase(db, { articles, mediaDir, log: (m) => console.log(`  ${m}`) });
    console.log(`seeded ${result.articles} articles in ${(result.ms / 1000).toFixed(1)} s`);
  }
  db.$client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

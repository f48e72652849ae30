/**
 * Migrates the database named by DATABASE_URL and, when it is empty, seeds the demo
 * newsroom (unless --no-seed). Run before every build and start.
 */
import { databasePath, openDatabase } from '@/db/client';
import { isEmpty, seedDatabase } from '@/db/seed';
import { seedInfoPages } from '@/db/seed/pages';
import { seedDemoMedia } from '@/lib/av/demo';
import path from 'node:path';
import { ensureFfmpeg } from './browser';

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
    // Video and audio need ffmpeg (installed with apt when run as root); without it the rest stays seeded.
    if (ensureFfmpeg({ fatal: false })) {
      const stories = await seedDemoMedia(db, { now: new Date(), log: (m) => console.log(`  ${m}`) });
      console.log(`seeded ${stories} video, audio, gallery and file stories`);
    }
  }
  // A database seeded before the site's pages existed gets them now (once: pages staff delete stay deleted).
  if (!process.argv.includes('--no-seed')) {
    const pages = seedInfoPages(db);
    if (pages) console.log(`seeded ${pages} site pages`);
  }
  db.$client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

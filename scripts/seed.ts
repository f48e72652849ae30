/**
 * `npm run db:seed -- [--articles N] [--seed S] [--now ISO-8601] [--reset]`: seeds the database named by
 * DATABASE_URL with the demo newsroom (pictures in MEDIA_DIR, default data/media).
 * A database that already has content is left alone unless --reset is given.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '@/db/client';
import { clearContent, DEFAULT_SEED, isEmpty, seedDatabase } from '@/db/seed';
import { seedDemoMedia } from '@/lib/av/demo';
import { ensureFfmpeg } from './browser';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    reset: { type: 'boolean', default: false },
    // Publication times are spread over the 60 days before this instant (default: now).
    now: { type: 'string' },
  },
});

const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || articles > 1_000_000) {
  console.error('--articles must be a whole number between 1 and 1000000');
  process.exit(2);
}
const now = values.now ? new Date(values.now) : undefined;
if (now && Number.isNaN(now.getTime())) {
  console.error('--now must be a date such as 2026-11-26T09:00:00Z');
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error('--seed must be a whole number');
  process.exit(2);
}

async function main() {
  const file = databasePath();
  const db = openDatabase(file);
  if (!isEmpty(db)) {
    if (!values.reset) {
      console.error(`${file} already has content; pass --reset to replace it.`);
      process.exit(1);
    }
    clearContent(db);
    console.log('cleared existing content');
  }
  const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/media');
  const result = await seedDatabase(db, { articles, seed, now, mediaDir, log: (m) => console.log(`  ${m}`) });
  if (ensureFfmpeg({ fatal: false }))
    await seedDemoMedia(db, { now: now ?? new Date(), log: (m) => console.log(`  ${m}`) });
  const counts = db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM sections) sections, (SELECT count(*) FROM tags) tags, (SELECT count(*) FROM authors) authors,
              (SELECT count(*) FROM articles WHERE status = 'published') published, (SELECT count(*) FROM articles) articles,
              (SELECT count(*) FROM media) media`,
    )
    .get();
  db.$client.close();
  console.log(`seeded ${file} in ${(result.ms / 1000).toFixed(1)} s:`, counts);
  console.log('A running server keeps its cached pages: restart it (npm start rebuilds for a new database).');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench:queries`: times the reader queries on the database named by DATABASE_URL
 * (seed a large one first: `DATABASE_URL=file:/tmp/big.db npm run db:seed -- --articles 100000`).
 * Prints figures; it is not a test. These are paid once per page render, not per request.
 */
import { getRelatedStories } from '@/db/queries/related';
import * as q from '@/db/queries/articles';
import { databasePath, getDb } from '@/db/client';

const runs = Number(process.env.RUNS ?? 20);
const sqlite = getDb().$client;
const ids = sqlite
  .prepare("SELECT min(id) AS oldest, max(id) AS newest, count(*) AS n FROM articles WHERE status = 'published'")
  .get() as { oldest: number; newest: number; n: number };
const firstTag = (sqlite.prepare('SELECT id FROM tags ORDER BY id LIMIT 1').get() as { id: number }).id;
const firstAuthor = (sqlite.prepare('SELECT id FROM authors ORDER BY id LIMIT 1').get() as { id: number }).id;
const firstSection = q.listSections('en')[0];
const middle = Math.floor((ids.oldest + ids.newest) / 2);

function time(label: string, fn: () => unknown) {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const p = (x: number) => samples[Math.min(samples.length - 1, Math.floor(x * samples.length))].toFixed(2);
  console.log(`${label.padEnd(28)} median ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

console.log(`${databasePath()}: ${ids.n} published articles, ${runs} runs each`);
time('article', () => q.getPublishedArticle(middle));
time('related (newest article)', () => getRelatedStories(ids.newest));
time('related (archive article)', () => getRelatedStories(middle));
time('home feed', () => q.getHomeFeed('en'));
time('section page 1', () => q.listSectionArticles(firstSection.id, 1, 20));
time('section page 100', () => q.listSectionArticles(firstSection.id, 100, 20));
time('tag page 1', () => q.listTagArticles(firstTag, 1, 20));
time('author page 1', () => q.listAuthorArticles(firstAuthor, 1, 20));

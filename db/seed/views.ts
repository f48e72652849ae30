/**
 * Plausible "most read" counts for the demo newsroom: views per hour over the 24 hours before
 * `now` for the newest published stories, so most read shows on a fresh `npm start` and in the
 * end-to-end tests. Deterministic for a seed and `now` (the visual fixture relies on that). Counts
 * only, like the real ones (lib/most-read): no reader is ever stored.
 */
import type { DB } from '../client';
import { mixSeed, Random } from './random';

const HOUR_MS = 3_600_000;

export function seedViews(db: DB, opts: { seed: number; now: Date; stories?: number }): number {
  const sqlite = db.$client;
  const nowSeconds = Math.floor(opts.now.getTime() / 1000);
  const currentHour = Math.floor(opts.now.getTime() / HOUR_MS);
  // The newest published stories of the last three days (ids and times; an indexed range).
  const stories = sqlite
    .prepare(
      `SELECT id, published_at AS at FROM articles
       WHERE status = 'published' AND published_at <= ? AND published_at > ?
       ORDER BY published_at DESC LIMIT ?`,
    )
    .all(nowSeconds, nowSeconds - 3 * 86_400, opts.stories ?? 80) as { id: number; at: number }[];
  const random = new Random(mixSeed(opts.seed, 0x76696577));
  const insert = sqlite.prepare(
    'INSERT INTO article_views (article_id, hour, views) VALUES (?, ?, ?) ' +
      'ON CONFLICT (article_id, hour) DO UPDATE SET views = excluded.views',
  );
  let rows = 0;
  sqlite.transaction(() => {
    for (const story of stories) {
      // A few stories take off (a long tail, as real readership has); each fades with its age.
      const appeal = Math.pow(random.next(), 3) * 900 + 5;
      const publishedHour = Math.floor((story.at * 1000) / HOUR_MS);
      for (let hour = Math.max(publishedHour, currentHour - 23); hour <= currentHour; hour++) {
        const age = hour - publishedHour;
        const views = Math.round(appeal * Math.exp(-age / 14) * random.float(0.6, 1.4));
        if (views <= 0) continue;
        insert.run(story.id, hour, views);
        rows++;
      }
    }
  })();
  return rows;
}

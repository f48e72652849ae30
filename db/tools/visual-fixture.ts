/**
 * The fixed-content newsroom that e2e/visual.spec.ts compares screenshots on: the demo seed with
 * a fixed seed, a fixed "now" far in the past and a few stories, so every run (on any machine)
 * renders the same pages. The live e2e database cannot serve for this: its dates are relative to
 * the run and the newsroom specs change it. Tests only; the application never imports this file.
 */
import { openDatabase } from '../client';
import { DEFAULT_SEED, seedDatabase } from '../seed';
import { DEFAULT_EDITION } from '@/lib/editions';

/** The fixture's "now": every story is published before it, and the browser's clock is frozen at it. */
export const VISUAL_NOW = new Date('2026-01-05T09:00:00Z');
const ARTICLES = 30;

export interface VisualFixture {
  /** A section front of the default edition with several stories (the baselines are English pages). */
  front: string;
  /** The newest story: the seed's showcase, with a picture and a pull quote. */
  article: string;
}

/**
 * Makes the database at FILE (migrated, then seeded). Pictures go to MEDIA_DIR; the seed skips
 * those that exist, and with the e2e run's seed and media folder they all do.
 */
export async function buildVisualFixture(file: string, mediaDir: string): Promise<VisualFixture> {
  const db = openDatabase(file);
  try {
    await seedDatabase(db, { articles: ARTICLES, seed: DEFAULT_SEED, now: VISUAL_NOW, mediaDir });
    const sqlite = db.$client;
    // Scheduled stories fall due (the fixture's future is the past) and the scheduler would publish
    // them while the server runs: make them drafts, so what is published never changes.
    sqlite.prepare("UPDATE articles SET status = 'draft', published_at = NULL WHERE status = 'scheduled'").run();
    const article = sqlite
      .prepare(
        `SELECT '/' || s.slug || '/' || a.id || '-' || a.slug AS path, s.slug AS section FROM articles a
         JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.hero_media_id IS NOT NULL AND a.edition = ? ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get(DEFAULT_EDITION) as { path: string; section: string };
    return { front: `/${article.section}`, article: article.path };
  } finally {
    db.$client.close();
  }
}

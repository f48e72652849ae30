/**
 * What `npm run bench` (scripts/bench.ts) measures on a seeded database: the newest published
 * article, the first section, and the busiest tag and author. Read-only; the application never
 * imports this file.
 */
import Database from 'better-sqlite3';

export interface BenchTargets {
  /** The English edition's newest story; `ru` and `ar` the other editions' (their path carries the prefix). */
  article: { id: number; slug: string; section: string };
  ru: string | null;
  ar: string | null;
  section: string;
  tag: string;
  author: string;
}

export function benchTargets(file: string): BenchTargets {
  const sqlite = new Database(file, { readonly: true });
  try {
    const article = sqlite
      .prepare(
        `SELECT a.id, a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.published_at <= unixepoch() AND a.edition = 'en'
         ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get() as BenchTargets['article'];
    const newestOf = (edition: string) => {
      const row = sqlite
        .prepare(
          `SELECT a.id, a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id
           WHERE a.status = 'published' AND a.published_at <= unixepoch() AND a.edition = ?
           ORDER BY a.published_at DESC LIMIT 1`,
        )
        .get(edition) as BenchTargets['article'] | undefined;
      return row ? `/${edition}/${row.section}/${row.id}-${row.slug}` : null;
    };
    const section = (
      sqlite.prepare("SELECT slug FROM sections WHERE edition = 'en' ORDER BY position LIMIT 1").get() as {
        slug: string;
      }
    ).slug;
    const busiest = (table: 'tags' | 'authors', link: 'article_tags' | 'article_authors', key: string) =>
      (
        sqlite
          .prepare(
            `SELECT x.slug FROM ${table} x JOIN ${link} l ON l.${key} = x.id WHERE x.edition = 'en'
             GROUP BY x.id ORDER BY count(*) DESC LIMIT 1`,
          )
          .get() as { slug: string }
      ).slug;
    return {
      article,
      ru: newestOf('ru'),
      ar: newestOf('ar'),
      section,
      tag: busiest('tags', 'article_tags', 'tag_id'),
      author: busiest('authors', 'article_authors', 'author_id'),
    };
  } finally {
    sqlite.close();
  }
}

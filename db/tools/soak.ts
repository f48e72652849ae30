/**
 * Database side of the soak (`npm run soak`, scripts/soak.ts): what the load reads (published
 * articles, sections, tags, authors, words for searches) and what the newsroom's editor would
 * show for an article (to correct its headline through the real save action). It opens the
 * soak's own copy of a database, beside the server that runs on it. Scripts only; the
 * application never imports this file.
 */
import { openDatabase, type DB } from '../client';
import { getEditableArticle, type EditableArticle } from '../queries/newsroom';

export interface SoakArticle {
  id: number;
  /** The canonical URL path: /{section}/{id}-{slug}. */
  path: string;
  title: string;
  section: string;
}

export interface SoakTargets {
  /** Published articles, newest first. */
  articles: SoakArticle[];
  sections: { id: number; slug: string }[];
  /** Tags and authors with at least one published article. */
  tags: string[];
  authors: string[];
  /** Distinct words (4+ letters) from published headlines, for searches. */
  words: string[];
}

export interface SoakDb {
  targets(): SoakTargets;
  /** An article's canonical path and headline, whatever its status (null when it does not exist). */
  article(id: number): (SoakArticle & { status: string }) | null;
  /** The article as the editor loads it. */
  editable(id: number): EditableArticle | null;
  close(): void;
}

const PUBLISHED = "a.status = 'published' AND a.published_at <= unixepoch()";

export function openSoakDb(file: string): SoakDb {
  const db: DB = openDatabase(file, { migrate: false });
  const sqlite = db.$client;
  const byId = sqlite.prepare(
    `SELECT a.id, '/' || s.slug || '/' || a.id || '-' || a.slug AS path, a.title, s.slug AS section, a.status
     FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?`,
  );
  return {
    targets() {
      const articles = sqlite
        .prepare(
          `SELECT a.id, '/' || s.slug || '/' || a.id || '-' || a.slug AS path, a.title, s.slug AS section
           FROM articles a JOIN sections s ON s.id = a.section_id WHERE ${PUBLISHED} ORDER BY a.published_at DESC, a.id DESC`,
        )
        .all() as SoakArticle[];
      const sections = sqlite.prepare('SELECT id, slug FROM sections ORDER BY position, id').all() as {
        id: number;
        slug: string;
      }[];
      const linked = (
        table: 'tags' | 'authors',
        link: 'article_tags' | 'article_authors',
        key: 'tag_id' | 'author_id',
      ) =>
        sqlite
          .prepare(
            `SELECT x.slug FROM ${table} x WHERE EXISTS (SELECT 1 FROM ${link} l JOIN articles a ON a.id = l.article_id WHERE l.${key} = x.id AND ${PUBLISHED}) ORDER BY x.id`,
          )
          .pluck()
          .all() as string[];
      const words = [...new Set(articles.flatMap((a) => a.title.toLowerCase().match(/\p{L}{4,}/gu) ?? []))].sort();
      return {
        articles,
        sections,
        tags: linked('tags', 'article_tags', 'tag_id'),
        authors: linked('authors', 'article_authors', 'author_id'),
        words,
      };
    },
    article(id) {
      return (byId.get(id) as (SoakArticle & { status: string }) | undefined) ?? null;
    },
    editable(id) {
      return getEditableArticle(id, db);
    },
    close() {
      sqlite.close();
    },
  };
}

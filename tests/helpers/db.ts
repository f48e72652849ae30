/**
 * A real, migrated SQLite database in a temp directory for query tests, plus small
 * insert helpers. DATABASE_URL is set before any db module is imported (the modules are
 * loaded with dynamic import afterwards), so the process-wide connection opens this file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DB } from '@/db/client';
import type { ArticleStatus } from '@/db/schema';

export const HOUR = 3600 * 1000;

/** Now, rounded down to whole seconds (SQLite stores unix seconds, so dates round-trip exactly). */
export function nowSeconds(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

export interface TestDb {
  dir: string;
  file: string;
  db: DB;
  schema: typeof import('@/db/schema');
  client: typeof import('@/db/client');
  cleanup(): void;
  /** Sections, tags and authors are the default edition's unless `edition` names another. */
  insertSection(v: { slug: string; name?: string; position?: number; edition?: string }): number;
  insertTag(v: { slug: string; name?: string; edition?: string }): number;
  insertAuthor(v: { slug: string; name?: string; jobTitle?: string; edition?: string }): number;
  insertMedia(v: {
    file: string;
    width?: number;
    height?: number;
    variants?: string;
    alt?: string;
    caption?: string;
    credit?: string;
  }): number;
  insertArticle(v: {
    sectionId: number;
    title?: string;
    slug?: string;
    status?: ArticleStatus;
    publishedAt?: Date | null;
    updatedAt?: Date | null;
    featured?: number;
    heroMediaId?: number | null;
    heroCaption?: string;
    lede?: string;
    body?: unknown[];
    tagIds?: number[];
    authorIds?: number[];
  }): number;
  tagArticle(articleId: number, tagId: number, position: number): void;
  addAuthor(articleId: number, authorId: number, position: number): void;
}

export async function createTestDb(prefix = 'newsroom-test-'): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, 'test.db');
  process.env.DATABASE_URL = `file:${file}`;
  const client = await import('@/db/client');
  const schema = await import('@/db/schema');
  const db = client.getDb();
  if (db.$client.name !== file) throw new Error(`test database opened ${db.$client.name}, expected ${file}`);

  const t: TestDb = {
    dir,
    file,
    db,
    schema,
    client,
    cleanup() {
      client.closeDb();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    insertSection: (v) =>
      db
        .insert(schema.sections)
        .values({ slug: v.slug, name: v.name ?? v.slug, position: v.position ?? 0, edition: v.edition ?? 'en' })
        .returning({ id: schema.sections.id })
        .get().id,
    insertTag: (v) =>
      db
        .insert(schema.tags)
        .values({ slug: v.slug, name: v.name ?? v.slug, edition: v.edition ?? 'en' })
        .returning({ id: schema.tags.id })
        .get().id,
    insertAuthor: (v) =>
      db
        .insert(schema.authors)
        .values({ slug: v.slug, name: v.name ?? v.slug, jobTitle: v.jobTitle ?? '', edition: v.edition ?? 'en' })
        .returning({ id: schema.authors.id })
        .get().id,
    insertMedia: (v) =>
      db
        .insert(schema.media)
        .values({
          file: v.file,
          mime: 'image/webp',
          width: v.width ?? 1600,
          height: v.height ?? 900,
          variants: v.variants ?? '320,640,1280',
          alt: v.alt ?? `${v.file} alt`,
          caption: v.caption ?? '',
          credit: v.credit ?? '',
        })
        .returning({ id: schema.media.id })
        .get().id,
    insertArticle: (v) => {
      const title = v.title ?? 'Untitled';
      // A story is always in its section's edition.
      const section = db.$client.prepare('SELECT edition FROM sections WHERE id = ?').get(v.sectionId) as
        { edition: string } | undefined;
      const edition = section?.edition ?? 'en';
      const id = db
        .insert(schema.articles)
        .values({
          sectionId: v.sectionId,
          edition,
          title,
          slug:
            v.slug ??
            title
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, ''),
          lede: v.lede ?? '',
          body: v.body ?? [],
          status: v.status ?? 'published',
          publishedAt: v.publishedAt === undefined ? new Date(nowSeconds().getTime() - HOUR) : v.publishedAt,
          updatedAt: v.updatedAt ?? null,
          featured: v.featured ?? 0,
          heroMediaId: v.heroMediaId ?? null,
          heroCaption: v.heroCaption ?? '',
        })
        .returning({ id: schema.articles.id })
        .get().id;
      v.tagIds?.forEach((tagId, i) => t.tagArticle(id, tagId, i));
      v.authorIds?.forEach((authorId, i) => t.addAuthor(id, authorId, i));
      return id;
    },
    tagArticle: (articleId, tagId, position) => {
      db.insert(schema.articleTags).values({ articleId, tagId, position }).run();
    },
    addAuthor: (articleId, authorId, position) => {
      db.insert(schema.articleAuthors).values({ articleId, authorId, position }).run();
    },
  };
  return t;
}

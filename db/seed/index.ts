/**
 * Writes the demo newsroom to the database: generated pictures, then sections, tags,
 * authors and articles with their tags and authors, in chunked transactions through
 * prepared statements (100,000 articles take well under two minutes).
 */
import { renewInstanceId, type DB } from '../client';
import { generateNewsroom } from './content';
import { generateImages } from './images';
import { forgetInfoPages, seedInfoPages } from './pages';
import { generatePortraits } from './portraits';
import { seedViews } from './views';

export const DEFAULT_SEED = 20261126;
export const IMAGE_COUNT = 40;

export function isEmpty(db: DB): boolean {
  const row = db.$client
    .prepare('SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM sections) AS n')
    .get() as { n: number };
  return row.n === 0;
}

/** Deletes all newsroom content (children first), in one transaction. */
export function clearContent(db: DB): void {
  db.$client.transaction(() => {
    for (const table of [
      'article_tags',
      'article_authors',
      'articles',
      'shows',
      'authors',
      'tags',
      'sections',
      'media_jobs',
      'media_captions',
      'media',
    ]) {
      db.$client.prepare(`DELETE FROM ${table}`).run();
    }
    db.$client
      .prepare(
        "DELETE FROM sqlite_sequence WHERE name IN ('articles','authors','tags','sections','media','shows','media_jobs','media_captions')",
      )
      .run();
    // The site's own pages are content too: a reseed starts from the seeded ones again.
    forgetInfoPages(db);
  })();
}

const seconds = (d: Date | null) => (d ? Math.floor(d.getTime() / 1000) : null);

export async function seedDatabase(
  db: DB,
  opts: { articles: number; seed?: number; now?: Date; mediaDir: string; log?: (msg: string) => void },
): Promise<{ articles: number; ms: number }> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEFAULT_SEED;
  const now = opts.now ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const sqlite = db.$client;

  const images = await generateImages({ dir: opts.mediaDir, seed, count: IMAGE_COUNT });
  log(`${images.length} pictures ready in ${opts.mediaDir} (${Date.now() - started} ms)`);

  const newsroom = generateNewsroom({ seed, articles: opts.articles, now, imageCount: images.length });
  // Every byline gets an illustrated portrait (the opinion cards show the columnist's face).
  const portraits = await generatePortraits({ dir: opts.mediaDir, authors: newsroom.authors });
  const mediaIds: number[] = [];
  const sectionIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  const authorIds = new Map<string, number>();

  sqlite.transaction(() => {
    const insertMedia = sqlite.prepare(
      'INSERT INTO media (file, mime, width, height, variants, alt, caption, credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // The scene pictures first (their ids are their positions, which stories refer to), then the portraits.
    const portraitIds: number[] = [];
    for (const img of [...images, ...portraits]) {
      const r = insertMedia.run(
        img.file,
        img.mime,
        img.width,
        img.height,
        img.variants.join(','),
        img.alt,
        img.caption,
        img.credit,
      );
      (mediaIds.length < images.length ? mediaIds : portraitIds).push(Number(r.lastInsertRowid));
    }
    const insertSection = sqlite.prepare(
      'INSERT INTO sections (slug, name, description, position) VALUES (?, ?, ?, ?)',
    );
    for (const s of newsroom.sections) {
      sectionIds.set(s.slug, Number(insertSection.run(s.slug, s.name, s.description, s.position).lastInsertRowid));
    }
    const insertTag = sqlite.prepare('INSERT INTO tags (slug, name, description) VALUES (?, ?, ?)');
    for (const t of newsroom.tags)
      tagIds.set(t.slug, Number(insertTag.run(t.slug, t.name, t.description).lastInsertRowid));
    const insertAuthor = sqlite.prepare(
      'INSERT INTO authors (slug, name, job_title, bio, avatar_media_id) VALUES (?, ?, ?, ?, ?)',
    );
    newsroom.authors.forEach((a, i) => {
      const id = insertAuthor.run(a.slug, a.name, a.jobTitle, a.bio, portraitIds[i] ?? null).lastInsertRowid;
      authorIds.set(a.slug, Number(id));
    });
  })();

  const insertArticle = sqlite.prepare(
    `INSERT INTO articles (slug, section_id, title, lede, body, hero_media_id, hero_caption, status, featured, published_at, updated_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertArticleTag = sqlite.prepare('INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)');
  const insertArticleAuthor = sqlite.prepare(
    'INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)',
  );
  const mediaIdFor = (index: number) => mediaIds[index] ?? null;

  let count = 0;
  let chunk: Parameters<typeof writeOne>[0][] = [];
  function writeOne(a: import('./types').SeedArticle) {
    const sectionId = sectionIds.get(a.sectionSlug);
    if (sectionId === undefined) throw new Error(`seed: unknown section ${a.sectionSlug}`);
    // Image blocks refer to pictures by position; map them to the media rows' ids.
    const body = a.body.map((b) =>
      b.type === 'image' ? { ...b, mediaId: mediaIdFor(b.mediaId - 1) ?? b.mediaId } : b,
    );
    const created = seconds(a.publishedAt) ?? seconds(now)!;
    const id = Number(
      insertArticle.run(
        a.slug,
        sectionId,
        a.title,
        a.lede,
        JSON.stringify(body),
        a.heroImage === null ? null : mediaIdFor(a.heroImage),
        a.heroCaption,
        a.status,
        a.featured,
        seconds(a.publishedAt),
        seconds(a.updatedAt),
        Math.min(created, seconds(now)!),
      ).lastInsertRowid,
    );
    a.tagSlugs.forEach((slug, position) => insertArticleTag.run(id, tagIds.get(slug)!, position));
    a.authorSlugs.forEach((slug, position) => insertArticleAuthor.run(id, authorIds.get(slug)!, position));
  }
  const flush = sqlite.transaction((rows: import('./types').SeedArticle[]) => rows.forEach(writeOne));

  // Insert oldest first, so ids grow with publication time as they would in a real newsroom.
  const all = [...newsroom.articles];
  for (let i = all.length - 1; i >= 0; i--) {
    chunk.push(all[i]);
    if (chunk.length === 5000) {
      flush(chunk);
      count += chunk.length;
      chunk = [];
      log(`${count} articles…`);
    }
  }
  flush(chunk);
  count += chunk.length;
  // Most read has something to show from the first start.
  seedViews(db, { seed, now });
  const pages = seedInfoPages(db, now);
  if (pages) log(`${pages} site pages (About, Privacy…)`);
  renewInstanceId(db);
  sqlite.pragma('optimize');
  return { articles: count, ms: Date.now() - started };
}

/**
 * Writes the demo newsroom to the database: generated pictures, then sections, tags,
 * authors and articles with their tags and authors, in chunked transactions through
 * prepared statements (100,000 articles take well under two minutes).
 */
import { renewInstanceId, type DB } from '../client';
import { generateNewsroom } from './content';
import { generateEditions } from './editions';
import { generateImages } from './images';
import { forgetInfoPages, seedInfoPages } from './pages';
import { generatePortraits } from './portraits';
import type { SeedArticle, SeedEdition } from './types';
import { seedViews } from './views';

export const DEFAULT_SEED = 20261126;

type EditionArticle = { edition: string; article: SeedArticle };

/** Drafts (no time) first, then by publication time. */
const time = (a: SeedArticle) => a.publishedAt?.getTime() ?? -Infinity;

/** Two lists in time order merged into one (the English stream may hold 100,000 stories: no sort of it). */
function mergeByTime(a: EditionArticle[], b: EditionArticle[]): EditionArticle[] {
  const out: EditionArticle[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && time(a[i].article) <= time(b[j].article))) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
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
      'tag_aliases',
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

  const options = { seed, articles: opts.articles, now, imageCount: images.length };
  const newsroom = generateNewsroom(options);
  // The Russian and Arabic editions, and the English sides of the stories told in several languages.
  const other = generateEditions(options);
  const editionsToWrite: SeedEdition[] = [
    { edition: 'en', sections: newsroom.sections, tags: newsroom.tags, authors: newsroom.authors, articles: [] },
    ...other.editions,
  ];
  const allAuthors = editionsToWrite.flatMap((e) => e.authors);
  // Every byline gets an illustrated portrait (the opinion cards show the columnist's face).
  const portraits = await generatePortraits({ dir: opts.mediaDir, authors: allAuthors });
  const mediaIds: number[] = [];
  // Slugs are unique within an edition: the maps are keyed `{edition}:{slug}`.
  const sectionIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  const authorIds = new Map<string, number>();
  const key = (edition: string, slug: string) => `${edition}:${slug}`;

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
      'INSERT INTO sections (edition, slug, name, description, position) VALUES (?, ?, ?, ?, ?)',
    );
    const insertTag = sqlite.prepare('INSERT INTO tags (edition, slug, name, description) VALUES (?, ?, ?, ?)');
    const insertAuthor = sqlite.prepare(
      'INSERT INTO authors (edition, slug, name, job_title, bio, avatar_media_id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let portrait = 0;
    for (const e of editionsToWrite) {
      for (const s of e.sections) {
        const id = insertSection.run(e.edition, s.slug, s.name, s.description, s.position).lastInsertRowid;
        sectionIds.set(key(e.edition, s.slug), Number(id));
      }
      for (const t of e.tags)
        tagIds.set(
          key(e.edition, t.slug),
          Number(insertTag.run(e.edition, t.slug, t.name, t.description).lastInsertRowid),
        );
      for (const a of e.authors) {
        const id = insertAuthor.run(e.edition, a.slug, a.name, a.jobTitle, a.bio, portraitIds[portrait++] ?? null);
        authorIds.set(key(e.edition, a.slug), Number(id.lastInsertRowid));
      }
    }
  })();

  const insertArticle = sqlite.prepare(
    `INSERT INTO articles (edition, slug, section_id, title, lede, body, hero_media_id, hero_caption, status, featured, published_at, updated_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertArticleTag = sqlite.prepare('INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)');
  const insertArticleAuthor = sqlite.prepare(
    'INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)',
  );
  const mediaIdFor = (index: number) => mediaIds[index] ?? null;

  let count = 0;
  let chunk: EditionArticle[] = [];
  // The stories of each translation group, by key, in order of writing (the first names the group).
  const groups = new Map<string, number[]>();
  function writeOne({ edition, article: a }: EditionArticle) {
    const sectionId = sectionIds.get(key(edition, a.sectionSlug));
    if (sectionId === undefined) throw new Error(`seed: unknown section ${edition}:${a.sectionSlug}`);
    // Image blocks refer to pictures by position; map them to the media rows' ids.
    const body = a.body.map((b) =>
      b.type === 'image' ? { ...b, mediaId: mediaIdFor(b.mediaId - 1) ?? b.mediaId } : b,
    );
    const created = seconds(a.publishedAt) ?? seconds(now)!;
    const id = Number(
      insertArticle.run(
        edition,
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
    a.tagSlugs.forEach((slug, position) => insertArticleTag.run(id, tagIds.get(key(edition, slug))!, position));
    a.authorSlugs.forEach((slug, position) =>
      insertArticleAuthor.run(id, authorIds.get(key(edition, slug))!, position),
    );
    if (a.translationKey) groups.set(a.translationKey, [...(groups.get(a.translationKey) ?? []), id]);
  }
  const flush = sqlite.transaction((rows: EditionArticle[]) => rows.forEach(writeOne));

  // Insert oldest first, so ids grow with publication time as they would in a real newsroom: the
  // English stream comes newest first with its drafts last; the other editions' stories (and the
  // English sides of the translated ones) are merged in by publication time.
  const english = [...newsroom.articles].reverse().map((article) => ({ edition: 'en', article }));
  const others = [
    ...other.english.map((article) => ({ edition: 'en', article })),
    ...other.editions.flatMap((e) => e.articles.map((article) => ({ edition: e.edition, article }))),
  ].sort((a, b) => time(a.article) - time(b.article));
  const all = mergeByTime(english, others);
  for (let i = 0; i < all.length; i++) {
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
  // Each translation group is named by its first story's id.
  const setGroup = sqlite.prepare('UPDATE articles SET translation_group = ? WHERE id = ?');
  sqlite.transaction(() => {
    for (const ids of groups.values()) if (ids.length > 1) for (const id of ids) setGroup.run(ids[0], id);
  })();
  // Most read has something to show from the first start.
  seedViews(db, { seed, now });
  const pages = seedInfoPages(db, now);
  if (pages) log(`${pages} site pages (About, Privacy…)`);
  renewInstanceId(db);
  sqlite.pragma('optimize');
  return { articles: count, ms: Date.now() - started };
}

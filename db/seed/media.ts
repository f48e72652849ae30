/**
 * The demo newsroom's video, audio, gallery and file stories (lib/av/demo.ts makes the media
 * with ffmpeg, then writes them through these). Plain inserts, as the rest of the seed.
 */
import type { DB } from '../client';
import type { GalleryItem, MediaFields, Rendition } from '../types';
import type { Block } from '@/lib/content/blocks';

export interface DemoAv {
  kind: 'video' | 'audio' | 'file';
  status: 'processing' | 'ready';
  storageKey: string;
  mime: string;
  bytes: number;
  title: string;
  description: string;
  credit: string;
  transcript?: string;
  originalName: string;
  allowDownload?: boolean;
  width?: number;
  height?: number;
  durationMs?: number;
  renditions?: Rendition[];
}

export function insertDemoAv(db: DB, v: DemoAv): number {
  const r = db.$client
    .prepare(
      `INSERT INTO media (file, mime, width, height, variants, alt, caption, credit, bytes, kind, status, storage_key,
         title, description, transcript, duration_ms, original_name, allow_download, renditions)
       VALUES (?, ?, ?, ?, '', '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      `av-${v.storageKey}`,
      v.mime,
      v.width ?? 0,
      v.height ?? 0,
      v.credit,
      v.bytes,
      v.kind,
      v.status,
      v.storageKey,
      v.title,
      v.description,
      v.transcript ?? '',
      v.durationMs ?? 0,
      v.originalName,
      v.allowDownload ? 1 : 0,
      JSON.stringify(v.renditions ?? []),
    );
  return Number(r.lastInsertRowid);
}

export function insertDemoCaption(db: DB, mediaId: number, lang: string, label: string, file: string): void {
  db.$client
    .prepare('INSERT INTO media_captions (media_id, lang, label, file) VALUES (?, ?, ?, ?)')
    .run(mediaId, lang, label, file);
}

export function insertDemoShow(
  db: DB,
  v: { slug: string; name: string; description: string; host: string; artworkMediaId: number | null },
): number {
  const r = db.$client
    .prepare('INSERT INTO shows (slug, name, description, host, category, artwork_media_id) VALUES (?, ?, ?, ?, ?, ?)')
    .run(v.slug, v.name, v.description, v.host, 'News', v.artworkMediaId);
  return Number(r.lastInsertRowid);
}

/** The id of the picture seeded at `position` (1-based, in insertion order), if there is one. */
export function seededPictureId(db: DB, position: number): number | null {
  const row = db.$client
    .prepare("SELECT id FROM media WHERE kind = 'image' AND storage_key IS NULL ORDER BY id LIMIT 1 OFFSET ?")
    .get(position - 1) as { id: number } | undefined;
  return row?.id ?? null;
}

export interface DemoStory {
  sectionSlug: string;
  slug: string;
  title: string;
  lede: string;
  body: Block[];
  heroMediaId?: number | null;
  heroGallery?: GalleryItem[];
  showId?: number | null;
  tagSlugs: string[];
  authorSlugs: string[];
  featured?: 0 | 1 | 2;
  publishedAt: Date;
}

/** A published story with its tags and bylines (unknown tags or authors are skipped). */
export function insertDemoStory(db: DB, s: DemoStory): number {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    // The demo media stories are the English edition's.
    const section = sqlite.prepare("SELECT id FROM sections WHERE edition = 'en' AND slug = ?").get(s.sectionSlug) as
      { id: number } | undefined;
    if (!section) throw new Error(`seed: unknown section ${s.sectionSlug}`);
    const at = Math.floor(s.publishedAt.getTime() / 1000);
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO articles (slug, section_id, title, lede, body, hero_media_id, hero_gallery, show_id, status, featured,
             published_at, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?)`,
        )
        .run(
          s.slug,
          section.id,
          s.title,
          s.lede,
          JSON.stringify(s.body),
          s.heroMediaId ?? null,
          JSON.stringify(s.heroGallery ?? []),
          s.showId ?? null,
          s.featured ?? 0,
          at,
          at,
          at,
        ).lastInsertRowid,
    );
    s.tagSlugs.forEach((slug, position) =>
      sqlite
        .prepare('INSERT INTO article_tags (article_id, tag_id, position) SELECT ?, id, ? FROM tags WHERE slug = ?')
        .run(id, position, slug),
    );
    s.authorSlugs.forEach((slug, position) =>
      sqlite
        .prepare(
          'INSERT INTO article_authors (article_id, author_id, position) SELECT ?, id, ? FROM authors WHERE slug = ?',
        )
        .run(id, position, slug),
    );
    return id;
  })();
}

/** A picture whose files are already stored (the demo show's artwork). */
export function insertDemoPicture(db: DB, v: MediaFields): number {
  const r = db.$client
    .prepare(
      'INSERT INTO media (file, mime, width, height, variants, alt, caption, credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(v.file, v.mime, v.width, v.height, v.variants.join(','), v.alt, v.caption, v.credit);
  return Number(r.lastInsertRowid);
}

/** When the English edition's newest story went out (its demo media stories are placed just after it in age). */
export function newestPublishedAt(db: DB): Date | null {
  const row = db.$client
    .prepare("SELECT max(published_at) AS at FROM articles WHERE status = 'published' AND edition = 'en'")
    .get() as {
    at: number | null;
  };
  return row.at === null ? null : new Date(row.at * 1000);
}

export function setDemoPoster(db: DB, mediaId: number, posterMediaId: number): void {
  db.$client.prepare('UPDATE media SET poster_media_id = ? WHERE id = ?').run(posterMediaId, mediaId);
}

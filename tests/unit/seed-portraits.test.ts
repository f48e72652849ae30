/**
 * The seeded bylines' illustrated portraits: every author (the op-ed columnists above all) has an
 * avatar in the media library, square, described, credited, with its files on disk; the scene
 * pictures keep their positions (stories refer to them by position), and the site's pages are seeded.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { EDITIONS } from '@/lib/editions';
import { createTestDb, type TestDb } from '../helpers/db';

let t: TestDb;
let mediaDir: string;

before(async () => {
  t = await createTestDb('seed-portraits-');
  const { seedDatabase } = await import('@/db/seed');
  mediaDir = path.join(t.dir, 'media');
  await seedDatabase(t.db, { articles: 40, mediaDir, now: new Date('2026-11-26T09:00:00Z') });
});
after(() => t.cleanup());

interface AvatarRow {
  edition: string;
  slug: string;
  name: string;
  file: string | null;
  width: number | null;
  height: number | null;
  variants: string | null;
  alt: string | null;
  credit: string | null;
}

const avatars = () =>
  t.db.$client
    .prepare(
      `SELECT a.edition, a.slug, a.name, m.file, m.width, m.height, m.variants, m.alt, m.credit
       FROM authors a LEFT JOIN media m ON m.id = a.avatar_media_id ORDER BY a.id`,
    )
    .all() as AvatarRow[];

describe('seeded portraits', () => {
  it('give every author, and so every op-ed columnist, a described square portrait', async () => {
    const rows = avatars();
    assert.equal(rows.filter((r) => r.edition === 'en').length, 12);
    // Every edition has its own bylines, and its opinion section (lib/editions.ts) its columnists.
    for (const edition of EDITIONS) {
      assert.ok(
        rows.some((r) => r.edition === edition.code),
        `${edition.code} has authors`,
      );
      const columnists = t.db.$client
        .prepare(
          `SELECT DISTINCT au.slug FROM article_authors aa JOIN authors au ON au.id = aa.author_id
           JOIN articles ar ON ar.id = aa.article_id JOIN sections s ON s.id = ar.section_id
           WHERE s.edition = ? AND s.slug = ?`,
        )
        .pluck()
        .all(edition.code, edition.opinionSection) as string[];
      assert.ok(columnists.length > 0, `the seed has ${edition.code} opinion stories`);
      for (const slug of columnists)
        assert.ok(
          rows.find((r) => r.edition === edition.code && r.slug === slug)?.file,
          `${edition.code} ${slug} has a portrait`,
        );
    }
    for (const r of rows) {
      assert.ok(r.file, `${r.slug} has a portrait`);
      assert.ok(r.alt?.includes(r.name), `${r.slug}: ${r.alt}`);
      if (r.edition === 'en') assert.equal(r.alt, `Illustrated portrait of ${r.name}`);
      assert.equal(r.credit, 'Illustration: Meridian');
      assert.equal(r.width, r.height);
      for (const width of r.variants!.split(',').map(Number)) {
        const meta: Metadata = await sharp(path.join(mediaDir, `${r.file}-${width}.webp`)).metadata();
        assert.equal(meta.width, width);
        assert.equal(meta.height, width);
      }
    }
    // Different people, different pictures.
    const bytes = rows.map((r) => fs.readFileSync(path.join(mediaDir, `${r.file}-160.webp`)).toString('base64'));
    assert.equal(new Set(bytes).size, rows.length);
  });

  it('come after the scene pictures, which keep ids 1–40', () => {
    const scenes = t.db.$client.prepare("SELECT id, file FROM media WHERE file LIKE 'seed-%' ORDER BY id").all() as {
      id: number;
      file: string;
    }[];
    assert.equal(scenes.length, 40);
    scenes.forEach((s, i) => assert.equal(s.id, i + 1));
  });

  it('arrive with the site pages', () => {
    const slugs = t.db.$client.prepare('SELECT slug FROM info_pages ORDER BY position').pluck().all();
    assert.deepEqual(slugs, ['about', 'contact', 'editorial-standards', 'corrections', 'privacy', 'terms']);
  });
});

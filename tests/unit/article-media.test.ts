/**
 * Video, audio, files and galleries in stories: what the article queries hand reader pages (a video
 * hero's poster as the story's picture, captions with public URLs), and what the newsroom accepts
 * (media ids of the right kind, a hero gallery, and no publishing before the media is playable).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import type { MediaStatus, Rendition } from '@/db/types';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let q: typeof import('@/db/queries/newsroom');
let aq: typeof import('@/db/queries/articles');
let av: typeof import('@/db/queries/av');
let editor: StaffUser;
let section = 0;
const pic = { a: 0, b: 0, poster: 0 };
const item = { video: 0, audio: 0, file: 0, processing: 0, failed: 0 };
let keyCount = 0;
const ORIGIN = 'https://news.example.com';
process.env.SITE_URL = ORIGIN;

const MP4: Rendition[] = [
  { file: '360.mp4', role: 'mp4', mime: 'video/mp4', bytes: 1000, width: 640, height: 360 },
  { file: '720.mp4', role: 'mp4', mime: 'video/mp4', bytes: 3000, width: 1280, height: 720 },
  { file: 'hls/master.m3u8', role: 'hls', mime: 'application/vnd.apple.mpegurl', bytes: 200 },
];

/** A video, audio or file row as the upload and the pipeline leave it. */
function insertAv(v: {
  kind: 'video' | 'audio' | 'file';
  title: string;
  status?: MediaStatus;
  error?: string;
  posterMediaId?: number;
  renditions?: Rendition[];
}): number {
  const storageKey = (++keyCount).toString(16).padStart(32, '0');
  return t.db
    .insert(t.schema.media)
    .values({
      kind: v.kind,
      status: v.status ?? 'ready',
      error: v.error ?? '',
      storageKey,
      file: `av-${storageKey}`,
      mime: v.kind === 'file' ? 'application/pdf' : v.kind === 'video' ? 'video/mp4' : 'audio/mpeg',
      width: v.kind === 'video' ? 1280 : 0,
      height: v.kind === 'video' ? 720 : 0,
      variants: '',
      alt: '',
      title: v.title,
      durationMs: v.kind === 'file' ? 0 : 64_000,
      originalName: v.kind === 'file' ? 'Annual report 2025.pdf' : 'clip.mov',
      posterMediaId: v.posterMediaId ?? null,
      renditions: v.renditions ?? [],
      bytes: 12345,
    })
    .returning({ id: t.schema.media.id })
    .get().id;
}

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}
const IP = '127.0.0.1';
const fields = (extra: Record<string, string> = {}) => ({
  title: `Story ${Math.random()}`,
  slug: '',
  sectionId: String(section),
  lede: 'A lede.',
  body: 'Text.',
  tags: '',
  heroMediaId: '',
  ...extra,
});
const save = (extra: Record<string, string> = {}, id: number | null = null, version?: number) =>
  nr.saveFromEditor(editor, id, form({ ...fields(extra), ...(version ? { version: String(version) } : {}) }), IP);
const errorsOf = (state: unknown) => (state as { fieldErrors: Record<string, string> }).fieldErrors;

before(async () => {
  t = await createTestDb('article-media-');
  nr = await import('@/lib/newsroom/articles');
  q = await import('@/db/queries/newsroom');
  aq = await import('@/db/queries/articles');
  av = await import('@/db/queries/av');
  const { createStaffUser } = await import('@/db/queries/staff');
  editor = createStaffUser({
    email: 'editor@example.test',
    name: 'Ed',
    passwordHash: 'x',
    role: 'editor',
    editions: ['en', 'ru', 'ar'],
  });
  section = t.insertSection({ slug: 'world', name: 'World' });
  pic.a = t.insertMedia({ file: 'pic-a', alt: 'A', caption: 'Library caption A', credit: 'AP' });
  pic.b = t.insertMedia({ file: 'pic-b', alt: 'B' });
  pic.poster = t.insertMedia({ file: 'poster', alt: 'A frame of the launch' });
  item.video = insertAv({ kind: 'video', title: 'Launch', posterMediaId: pic.poster, renditions: MP4 });
  item.audio = insertAv({
    kind: 'audio',
    title: 'Episode 1',
    renditions: [{ file: 'audio.m4a', role: 'audio', mime: 'audio/mp4', bytes: 500 }],
  });
  item.file = insertAv({
    kind: 'file',
    title: '',
    renditions: [{ file: 'document.pdf', role: 'file', mime: 'application/pdf', bytes: 12345 }],
  });
  item.processing = insertAv({ kind: 'video', title: 'Still going', status: 'processing' });
  item.failed = insertAv({ kind: 'audio', title: 'Broken', status: 'failed', error: 'the file has no audio stream' });
  t.db
    .insert(t.schema.mediaCaptions)
    .values({ mediaId: item.video, lang: 'en', label: 'English', file: 'captions-en-a1b2c3.vtt' })
    .run();
});
after(() => t.cleanup());

describe('db/queries/av.ts', () => {
  it('avByIds gives video, audio and file items with poster and caption URLs, and leaves pictures out', async () => {
    const items = av.avByIds([item.video, item.file, pic.a, 999_999]);
    assert.deepEqual(Object.keys(items).map(Number).sort(), [item.video, item.file].sort());
    const video = items[item.video];
    assert.equal(video.kind, 'video');
    assert.equal(video.title, 'Launch');
    assert.equal(video.poster?.id, pic.poster);
    assert.equal(video.poster?.file, 'poster');
    assert.deepEqual(video.renditions, MP4);
    const { avUrl } = await import('@/lib/av/storage');
    assert.deepEqual(video.captions, [
      { lang: 'en', label: 'English', url: avUrl(video.storageKey, 'captions-en-a1b2c3.vtt') },
    ]);
    assert.equal(items[item.file].originalName, 'Annual report 2025.pdf');
    assert.deepEqual(av.avByIds([]), {});
  });

  it('storedFileInfo names a stored item by its key, and nothing else', () => {
    const file = av.avByIds([item.file])[item.file];
    assert.deepEqual(av.storedFileInfo(file.storageKey), {
      kind: 'file',
      originalName: 'Annual report 2025.pdf',
      files: [{ file: 'document.pdf', mime: 'application/pdf' }],
    });
    assert.equal(av.storedFileInfo('f'.repeat(32)), null);
  });
});

describe('loadArticle with media', () => {
  it('a video hero: heroVideo is the item, hero its poster (for cards too), and the body’s items and galleries are loaded', () => {
    const id = t.insertArticle({
      sectionId: section,
      title: 'Launch day',
      heroMediaId: item.video,
      body: [
        { type: 'video', mediaId: item.video, caption: 'Again' },
        { type: 'audio', mediaId: item.audio },
        { type: 'file', mediaId: item.file },
        { type: 'gallery', items: [{ mediaId: pic.a }, { mediaId: pic.b, caption: 'Own' }] },
      ],
    });
    const a = aq.getPublishedArticle(id)!;
    assert.equal(a.heroVideo?.id, item.video);
    assert.equal(a.hero?.id, pic.poster, 'the hero picture is the poster');
    assert.deepEqual(Object.keys(a.av).map(Number).sort(), [item.video, item.audio, item.file].sort());
    assert.deepEqual(Object.keys(a.media).map(Number).sort(), [pic.a, pic.b].sort());
    assert.deepEqual(a.heroGallery, []);
    const [card] = aq.getPublishedCards([id]);
    assert.equal(card.hero?.id, pic.poster, 'cards show the poster, never the video row');
  });

  it('a hero gallery: its items, and its pictures in media; a picture hero stays the card picture', () => {
    const id = t.insertArticle({ sectionId: section, title: 'Gallery day', heroMediaId: pic.b });
    t.db
      .update(t.schema.articles)
      .set({ heroGallery: [{ mediaId: pic.a, credit: 'Own credit' }, { mediaId: pic.poster }] })
      .where(eq(t.schema.articles.id, id))
      .run();
    const a = aq.getPublishedArticle(id)!;
    assert.deepEqual(a.heroGallery, [{ mediaId: pic.a, credit: 'Own credit' }, { mediaId: pic.poster }]);
    assert.deepEqual(Object.keys(a.media).map(Number).sort(), [pic.a, pic.poster].sort());
    assert.equal(a.hero?.id, pic.b);
    assert.equal(a.heroVideo, null);
  });

  it('an audio item named as the hero is no picture at all (never a broken image)', () => {
    const id = t.insertArticle({ sectionId: section, title: 'Odd hero', heroMediaId: item.audio });
    assert.equal(aq.getPublishedArticle(id)!.hero, null);
    assert.equal(aq.getPublishedCards([id])[0].hero, null);
  });
});

describe('the editor: media references, the hero gallery and the publish rule', () => {
  it('refuses ids that name nothing or the wrong kind, with the field and the right syntax', () => {
    const wrong = save({
      body: `![](video:${pic.a})\n\n![x](media:${item.video})\n\n![](audio:999999)`,
      heroMediaId: String(item.file),
      heroGallery: `![](media:${pic.a})\n![](media:${item.audio})`,
      socialMediaId: String(item.video),
    });
    assert.equal(wrong.status, 'invalid');
    const errors = errorsOf(wrong);
    assert.match(errors.body, new RegExp(`video:${pic.a} is a picture, not a video \\(write media:${pic.a}\\)`));
    assert.match(errors.body, new RegExp(`media:${item.video} is a video, not a picture`));
    assert.match(errors.body, /audio:999999: there is no audio item with that id/);
    assert.match(errors.heroMediaId, /is a file: the hero is a picture or a video/);
    assert.match(errors.heroGallery, new RegExp(`media:${item.audio} is an audio item, not a picture`));
    assert.equal(errors.socialMediaId, 'There is no picture with that media id.');
  });

  it('refuses a hero gallery of one picture, with a title, or beside a video hero', () => {
    assert.match(errorsOf(save({ heroGallery: `![](media:${pic.a})` })).heroGallery, /2 to 60 pictures.*has 1/);
    assert.match(
      errorsOf(save({ heroGallery: `# T\n![](media:${pic.a})\n![](media:${pic.b})` })).heroGallery,
      /no title line/,
    );
    assert.equal(
      errorsOf(save({ heroMediaId: String(item.video), heroGallery: `![](media:${pic.a})\n![](media:${pic.b})` }))
        .heroGallery,
      'Choose a video hero or a hero gallery, not both.',
    );
  });

  it('saves a hero gallery with the article and its revision, and restores it', () => {
    const lines = `![First](media:${pic.a} "Cap") — Credit\n![](media:${pic.b})`;
    const saved = save({ heroGallery: lines }) as { status: 'saved'; id: number; version: number };
    assert.equal(saved.status, 'saved');
    const stored = q.getEditableArticle(saved.id)!;
    assert.deepEqual(stored.heroGallery, [
      { mediaId: pic.a, alt: 'First', caption: 'Cap', credit: 'Credit' },
      { mediaId: pic.b },
    ]);
    assert.deepEqual((q.getRevisionSnapshot(saved.id, 1) as { heroGallery: unknown }).heroGallery, stored.heroGallery);
    const cleared = save({ heroGallery: '' }, saved.id, 1) as { version: number };
    assert.deepEqual(q.getEditableArticle(saved.id)!.heroGallery, []);
    assert.deepEqual(nr.restoreRevision(editor, saved.id, 1, cleared.version, IP), { ok: true });
    assert.deepEqual(q.getEditableArticle(saved.id)!.heroGallery, stored.heroGallery);
  });

  it('saves a draft with processing media, but refuses to publish or schedule it until the media is ready', () => {
    const saved = save({
      heroMediaId: String(item.processing),
      body: `![Clip](video:${item.video})\n\n![](audio:${item.failed})\n\n![](file:${item.file})`,
    }) as { status: 'saved'; id: number; version: number };
    assert.equal(saved.status, 'saved', JSON.stringify(saved));
    const refused = nr.changeStatus(editor, saved.id, 'publish', saved.version, IP);
    assert.equal(refused.ok, false);
    assert.equal((refused as { reason: string }).reason, 'invalid');
    assert.equal(
      (refused as { message: string }).message,
      'Video “Still going” is still processing; publish once it is ready. Audio “Broken” failed: the file has no audio stream.',
    );
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16);
    assert.equal(nr.changeStatus(editor, saved.id, 'schedule', saved.version, IP, tomorrow).ok, false);
    assert.equal(q.getEditableArticle(saved.id)!.status, 'draft');

    t.db.update(t.schema.media).set({ status: 'ready' }).where(eq(t.schema.media.id, item.processing)).run();
    t.db.update(t.schema.media).set({ status: 'ready', error: '' }).where(eq(t.schema.media.id, item.failed)).run();
    // (Publishing itself expires Next's cache, which needs a running server: the e2e tests publish.)
    assert.equal(nr.unplayableMedia(q.getEditableArticle(saved.id)!), null);
    t.db.update(t.schema.articles).set({ status: 'published' }).where(eq(t.schema.articles.id, saved.id)).run();

    // A published story's saved text is live at once: the rule holds for its edits too.
    t.db.update(t.schema.media).set({ status: 'processing' }).where(eq(t.schema.media.id, item.failed)).run();
    const version = q.getEditableArticle(saved.id)!.version;
    const edit = save({ body: `![](audio:${item.failed})` }, saved.id, version);
    assert.equal(edit.status, 'invalid');
    assert.match(errorsOf(edit).body, /Audio “Broken” is still processing/);
    t.db.update(t.schema.media).set({ status: 'ready' }).where(eq(t.schema.media.id, item.failed)).run();
  });
});

describe('what crawlers get', () => {
  let story = 0;
  before(() => {
    story = t.insertArticle({
      sectionId: section,
      title: 'Launch day',
      lede: 'The rocket flew.',
      heroMediaId: item.video,
      body: [
        { type: 'paragraph', content: [{ text: 'Text.' }] },
        { type: 'video', mediaId: item.video, caption: 'Again' },
        { type: 'video', mediaId: item.processing },
        { type: 'audio', mediaId: item.audio, caption: 'The interview' },
        { type: 'gallery', items: [{ mediaId: pic.a, caption: 'Own caption' }, { mediaId: pic.b }] },
      ],
    });
  });

  it('JSON-LD: a VideoObject per playable video, an AudioObject per audio, the gallery pictures in image', async () => {
    const { articleJsonLd } = await import('@/lib/seo/jsonld');
    const { avUrl } = await import('@/lib/av/storage');
    const article = aq.getPublishedArticle(story)!;
    const [news] = articleJsonLd(article) as Record<string, unknown>[];
    const video = av.avByIds([item.video])[item.video];
    assert.deepEqual(news.video, [
      {
        '@type': 'VideoObject',
        name: 'Launch',
        description: 'The rocket flew.',
        thumbnailUrl: [`${ORIGIN}/media/poster-1280.webp`],
        uploadDate: video.createdAt,
        duration: 'PT1M4S',
        contentUrl: `${ORIGIN}${avUrl(video.storageKey, '720.mp4')}`,
        encodingFormat: 'video/mp4',
        width: 1280,
        height: 720,
      },
    ]);
    const audio = av.avByIds([item.audio])[item.audio];
    assert.deepEqual(news.audio, [
      {
        '@type': 'AudioObject',
        name: 'Episode 1',
        description: 'The interview',
        uploadDate: audio.createdAt,
        duration: 'PT1M4S',
        contentUrl: `${ORIGIN}${avUrl(audio.storageKey, 'audio.m4a')}`,
        encodingFormat: 'audio/mp4',
      },
    ]);
    const images = news.image as { url: string; caption?: string }[];
    // The poster's three crops, then the gallery's pictures.
    assert.equal(images.length, 5);
    assert.ok(
      images.slice(0, 3).every((i) => i.url.includes('poster')),
      JSON.stringify(images),
    );
    assert.deepEqual(images.slice(3), [
      {
        '@type': 'ImageObject',
        url: `${ORIGIN}/media/pic-a-1280.webp`,
        width: 1280,
        height: 720,
        caption: 'Own caption',
      },
      { '@type': 'ImageObject', url: `${ORIGIN}/media/pic-b-1280.webp`, width: 1280, height: 720 },
    ]);
  });

  it('og:video for a video hero: URL, secure URL, type and size; none without one', async () => {
    const { articleMetadata } = await import('@/lib/seo/metadata');
    const { avUrl } = await import('@/lib/av/storage');
    const video = av.avByIds([item.video])[item.video];
    const og = articleMetadata(aq.getPublishedArticle(story)!).openGraph as { videos: unknown };
    const url = `${ORIGIN}${avUrl(video.storageKey, '720.mp4')}`;
    assert.deepEqual(og.videos, [{ url, secureUrl: url, type: 'video/mp4', width: 1280, height: 720 }]);
    const plain = t.insertArticle({ sectionId: section, title: 'No video', heroMediaId: pic.a });
    assert.deepEqual((articleMetadata(aq.getPublishedArticle(plain)!).openGraph as { videos: unknown }).videos, []);
  });

  it('article sitemaps list the playable videos (hero first) as video:video, valid against the schema', async () => {
    const feeds = await import('@/db/queries/feeds');
    const { articleEntries, buildUrlset, withSitemapVideos } = await import('@/lib/sitemaps');
    const rows = feeds.listSitemapArticles(0, 1000);
    const row = rows.find((r) => r.id === story)!;
    assert.deepEqual(row.videoIds, [item.video, item.processing]);
    assert.equal(row.hero?.file, 'poster', 'the image entry is the poster');
    assert.ok(rows.filter((r) => r.id !== story).every((r) => !r.videoIds.includes(item.processing)));
    const [withVideos] = withSitemapVideos([row]);
    assert.equal(withVideos.videos.length, 1, 'only the ready video');
    assert.deepEqual(withVideos.videos[0], {
      thumbnailUrl: `${ORIGIN}/media/poster-1280.webp`,
      title: 'Launch',
      description: 'Launch',
      contentUrl: `${ORIGIN}/media/av/${av.avByIds([item.video])[item.video].storageKey}/720.mp4`,
      duration: 64,
      publicationDate: av.avByIds([item.video])[item.video].createdAt,
    });
    const xml = await buildUrlset(articleEntries([withVideos]), { image: true });
    const file = path.join(t.dir, 'sitemap.xml');
    fs.writeFileSync(file, xml);
    const schema = path.join(process.cwd(), 'e2e', 'schemas', 'urlset.xsd');
    const lint = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${lint.stdout}${lint.stderr}`);
    assert.match(xml, /<video:video><video:thumbnail_loc>/);
  });
});

describe('a story in a show (programme, podcast)', () => {
  const newShow = (slug: string) =>
    t.db.insert(t.schema.shows).values({ slug, name: slug }).returning({ id: t.schema.shows.id }).get().id;

  it('is saved with the article and its revision, cleared, and restored', () => {
    const show = newShow('episodes');
    const saved = save({ showId: String(show) }) as { status: string; id: number; version: number };
    assert.equal(saved.status, 'saved', JSON.stringify(saved));
    assert.equal(q.getEditableArticle(saved.id)!.showId, show);
    assert.equal((q.getRevisionSnapshot(saved.id, 1) as { showId: unknown }).showId, show);
    const cleared = save({ showId: '' }, saved.id, 1) as { version: number };
    assert.equal(q.getEditableArticle(saved.id)!.showId, null);
    assert.deepEqual(nr.restoreRevision(editor, saved.id, 1, cleared.version, IP), { ok: true });
    assert.equal(q.getEditableArticle(saved.id)!.showId, show);
  });

  it('an unknown or malformed show is a field message, and nothing is saved', () => {
    const articles = () => t.db.select({ id: t.schema.articles.id }).from(t.schema.articles).all().length;
    const before = articles();
    assert.match(errorsOf(save({ showId: '999999' })).showId, /no longer exists/);
    assert.ok(errorsOf(save({ showId: 'the-meridian' })).showId);
    assert.equal(articles(), before);
  });

  it('a restored revision whose show was deleted meanwhile is outside any show', () => {
    const show = newShow('short-lived');
    const saved = save({ showId: String(show) }) as { id: number };
    const moved = save({ showId: '' }, saved.id, 1) as { version: number };
    t.db.delete(t.schema.shows).where(eq(t.schema.shows.id, show)).run();
    assert.deepEqual(nr.restoreRevision(editor, saved.id, 1, moved.version, IP), { ok: true });
    const restored = q.getEditableArticle(saved.id)!;
    assert.equal(restored.showId, null);
    assert.equal(restored.version, moved.version + 1);
  });
});

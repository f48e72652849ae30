import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Parser from 'rss-parser';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import type { Rendition } from '@/db/types';

process.env.SITE_URL = 'https://news.example.com';
const HOSTILE = `Talk "quotes" <b>tags</b> & ]]> — Москва`;

let t: TestDb;
let showId: number;
let audioId: number;

/** An audio item as processing leaves it (the files themselves are not needed to build the feed). */
function insertAudio(status: 'ready' | 'processing', key: string): number {
  const renditions: Rendition[] = [{ file: 'audio.m4a', role: 'audio', mime: 'audio/mp4', bytes: 123456 }];
  const r = t.db.$client
    .prepare(
      `INSERT INTO media (file, mime, width, height, alt, kind, status, storage_key, title, duration_ms, renditions)
       VALUES (?, 'audio/wav', 0, 0, '', 'audio', ?, ?, 'Episode audio', 64400, ?)`,
    )
    .run(`av-${key}`, status, key, JSON.stringify(renditions));
  return Number(r.lastInsertRowid);
}

before(async () => {
  t = await createTestDb('podcasts-');
  const sectionId = t.insertSection({ slug: 'world-news' });
  const artwork = t.insertMedia({ file: 'art', width: 1600, height: 1600, variants: '320,1600' });
  showId = Number(
    t.db.$client
      .prepare(
        "INSERT INTO shows (slug, name, description, host, artwork_media_id, explicit) VALUES ('briefing', ?, 'Daily news.', 'Elena', ?, 0)",
      )
      .run(HOSTILE, artwork).lastInsertRowid,
  );
  audioId = insertAudio('ready', 'a'.repeat(32));
  const processing = insertAudio('processing', 'b'.repeat(32));
  const now = nowSeconds();
  const episode = (title: string, mediaId: number, hoursAgo: number, status: 'published' | 'draft' = 'published') =>
    t.insertArticle({
      sectionId,
      title,
      status,
      publishedAt: new Date(now.getTime() - hoursAgo * HOUR),
      body: [{ type: 'audio', mediaId }],
    });
  const ids = [episode('Newest episode', audioId, 1), episode('Older episode', audioId, 30)];
  episode('A draft', audioId, 2, 'draft');
  ids.push(episode('Still processing', processing, 3));
  // Not in the show at all.
  t.insertArticle({ sectionId, title: 'Other story', status: 'published', publishedAt: now, body: [] });
  for (const id of ids) t.db.$client.prepare('UPDATE articles SET show_id = ? WHERE id = ?').run(showId, id);
});

after(() => t.cleanup());

describe('shows and podcast feeds', () => {
  it('lists published episodes with ready audio, newest first', async () => {
    const { listEpisodes } = await import('@/db/queries/shows');
    const page = listEpisodes(showId, 1, 20);
    assert.deepEqual(
      page.items.map((e) => e.title),
      ['Newest episode', 'Older episode'],
    );
    assert.equal(page.items[0].audio.id, audioId);
  });

  it('writes a feed podcast apps read: enclosure with length and type, duration, artwork, explicit, guid', async () => {
    const { getShowBySlug, listEpisodes } = await import('@/db/queries/shows');
    const { buildPodcastRss } = await import('@/lib/podcasts');
    const show = getShowBySlug('en', 'briefing')!;
    const xml = buildPodcastRss(show, listEpisodes(showId, 1, 20).items);
    const feed = await new Parser().parseString(xml);
    assert.equal(feed.title, HOSTILE);
    assert.equal(feed.itunes?.explicit, 'false');
    assert.equal(feed.itunes?.author, 'Elena');
    assert.equal(feed.itunes?.image, `https://news.example.com/shows/briefing/artwork-${show.artwork!.id}.jpg`);
    assert.match(xml, /<itunes:category text="News"\s*\/>/);
    assert.equal(feed.items.length, 2);
    const [first] = feed.items;
    assert.equal(first.title, 'Newest episode');
    assert.deepEqual(
      { ...first.enclosure },
      {
        url: `https://news.example.com/media/av/${'a'.repeat(32)}/audio.m4a`,
        length: '123456',
        type: 'audio/mp4',
      },
    );
    assert.equal(first.itunes?.duration, '64');
    assert.match(first.guid ?? '', /^tag:news\.example\.com,2026:article:\d+$/);
  });

  it('formats durations for clocks and for schema.org', async () => {
    const { formatDuration, isoDuration } = await import('@/lib/format');
    assert.equal(formatDuration(64_400), '1:04');
    assert.equal(formatDuration(3_725_000), '1:02:05');
    assert.equal(isoDuration(64_400), 'PT1M4S');
    assert.equal(isoDuration(3_600_000), 'PT1H');
    assert.equal(isoDuration(0), 'PT0S');
  });
});

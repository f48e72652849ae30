/**
 * The players' and the gallery's markup (issue 18): what a reader gets without JavaScript (the
 * native player, plain links) and what the islands need (the hidden bar, data attributes, the
 * closed lightbox); and the size of the islands' code against budgets.json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderToStaticMarkup } from 'react-dom/server';
import { withIntl } from '../helpers/intl';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { AudioPlayer } from '@/components/media/AudioPlayer';
import { Gallery, type GalleryPicture } from '@/components/media/Gallery';
import { VideoPlayer } from '@/components/media/VideoPlayer';
import type { AvItem, MediaItem } from '@/lib/content/reader';
import { CHUNK_NAME, islandChunkResponse } from '@/lib/islands/chunks';
import { bundleAll, CHUNKS_URL, HLS_SOURCE, ISLAND_CHUNK_ENTRIES, writeIslands } from '@/scripts/islands';

const KEY = 'ab'.repeat(16);
const picture = (id: number, file: string, variants = [320, 640, 960, 1280, 1600]): MediaItem => ({
  id,
  file,
  mime: 'image/webp',
  width: 1600,
  height: 900,
  variants,
  alt: '',
  caption: '',
  credit: '',
});

function video(overrides: Partial<AvItem> = {}): AvItem {
  return {
    id: 1,
    kind: 'video',
    status: 'ready',
    error: '',
    storageKey: KEY,
    title: 'Flood barrier closes',
    description: 'The barrier at dawn.',
    credit: 'Meridian',
    transcript: '',
    durationMs: 83_600,
    width: 1920,
    height: 1080,
    mime: 'video/quicktime',
    bytes: 9_000_000,
    originalName: 'barrier.mov',
    allowDownload: false,
    poster: picture(50, 'up-poster'),
    captions: [
      { lang: 'en', label: 'English', url: `/media/av/${KEY}/captions-en-a1b2c3.vtt` },
      { lang: 'ru', label: 'Русский', url: `/media/av/${KEY}/captions-ru-d4e5f6.vtt` },
    ],
    createdAt: '2026-12-07T00:00:00Z',
    renditions: [
      { file: '360.mp4', role: 'mp4', mime: 'video/mp4', bytes: 1_000_000, width: 640, height: 360 },
      { file: '1080.mp4', role: 'mp4', mime: 'video/mp4', bytes: 6_500_000, width: 1920, height: 1080 },
      { file: '720.mp4', role: 'mp4', mime: 'video/mp4', bytes: 3_000_000, width: 1280, height: 720 },
      { file: 'hls/master.m3u8', role: 'hls', mime: 'application/vnd.apple.mpegurl', bytes: 300 },
    ],
    ...overrides,
  };
}

const audio = (overrides: Partial<AvItem> = {}): AvItem =>
  video({
    kind: 'audio',
    title: 'Morning bulletin',
    width: 0,
    height: 0,
    durationMs: 1_805_000,
    poster: null,
    captions: [],
    renditions: [{ file: 'audio.m4a', role: 'audio', mime: 'audio/mp4', bytes: 900_000, bitrate: 96_000 }],
    ...overrides,
  });

const dom = (element: React.ReactElement) => parseDocument(renderToStaticMarkup(withIntl(element)));
const all = (root: ReturnType<typeof parseDocument>, test: (e: Element) => boolean) =>
  DomUtils.findAll(test, root.children) as Element[];
const byTag = (root: ReturnType<typeof parseDocument>, tag: string) => all(root, (e) => e.name === tag);
const one = (root: ReturnType<typeof parseDocument>, test: (e: Element) => boolean, what: string) => {
  const found = all(root, test);
  assert.equal(found.length, 1, what);
  return found[0];
};
const hasClass = (name: string) => (e: Element) => (e.attribs.class ?? '').split(' ').includes(name);
const action = (name: string) => (e: Element) => e.attribs['data-action'] === name;

describe('VideoPlayer', () => {
  it('is a native player without JavaScript: poster, MP4 sources 720 then 360, caption tracks, a fallback link', () => {
    const doc = dom(<VideoPlayer video={video()} caption="Block caption" />);
    const el = byTag(doc, 'video')[0];
    assert.ok('controls' in el.attribs);
    assert.equal(el.attribs.preload, 'none');
    assert.equal(el.attribs.poster, '/media/up-poster-960.webp');
    assert.equal(el.attribs.width, '1920');
    assert.equal(el.attribs.height, '1080');
    assert.ok('playsinline' in el.attribs);
    assert.equal(el.attribs.controlslist, 'nodownload');
    // Largest sensible first, with a media condition; 1080p is left to HLS and the download.
    assert.deepEqual(
      byTag(doc, 'source').map((s) => [s.attribs.src, s.attribs.type, s.attribs.media]),
      [
        [`/media/av/${KEY}/720.mp4`, 'video/mp4', '(min-width: 40em)'],
        [`/media/av/${KEY}/360.mp4`, 'video/mp4', undefined],
      ],
    );
    const tracks = byTag(doc, 'track');
    assert.deepEqual(
      tracks.map((t) => [t.attribs.kind, t.attribs.srclang, t.attribs.label, t.attribs.src]),
      [
        ['subtitles', 'en', 'English', `/media/av/${KEY}/captions-en-a1b2c3.vtt`],
        ['subtitles', 'ru', 'Русский', `/media/av/${KEY}/captions-ru-d4e5f6.vtt`],
      ],
    );
    assert.ok(
      tracks.every((t) => !('default' in t.attribs)),
      'no track is on by default',
    );
    const fallback = one(
      doc,
      (e) =>
        e.name === 'a' &&
        DomUtils.findAll((v) => v.name === 'video', [e]).length === 0 &&
        e.parent !== null &&
        (e.parent as Element).name === 'p',
      'the fallback link',
    );
    assert.equal(fallback.attribs.href, `/media/av/${KEY}/720.mp4`);
    const caption = DomUtils.textContent(byTag(doc, 'figcaption')[0]);
    assert.match(caption, /Flood barrier closes/);
    assert.match(caption, /Block caption/);
    assert.match(caption, /Meridian/);
  });

  it('carries the island’s data, its hidden bar, and every control with a label', () => {
    const doc = dom(<VideoPlayer video={video()} />);
    const figure = one(doc, (e) => e.attribs['data-island'] === 'player', 'the island');
    assert.equal(figure.attribs['data-hls'], `/media/av/${KEY}/hls/master.m3u8`);
    assert.equal(figure.attribs['data-source'], 'mp4');
    assert.equal(figure.attribs['data-duration'], '83.6');
    assert.equal(figure.attribs['data-step'], '10');
    const bar = one(doc, hasClass('player__bar'), 'the bar');
    assert.ok('hidden' in bar.attribs, 'the bar is hidden without JavaScript');
    assert.equal(bar.attribs.role, 'group');
    const buttons = byTag(doc, 'button');
    assert.deepEqual(
      buttons.map((b) => b.attribs['data-action']),
      ['start', 'play', 'back', 'forward', 'mute', 'captions', 'pip', 'fullscreen'],
    );
    // The large play button over the poster is for pointers only: out of the tab order and the accessibility tree.
    const start = one(doc, action('start'), 'start');
    assert.equal(start.attribs.tabindex, '-1');
    assert.equal(start.attribs['aria-hidden'], 'true');
    for (const b of buttons.slice(1)) assert.ok(b.attribs['aria-label'], `${b.attribs['data-action']} has a label`);
    assert.equal(one(doc, action('play'), 'play').attribs['data-label-on'], 'Pause');
    for (const toggle of ['mute', 'captions', 'pip', 'fullscreen'])
      assert.equal(one(doc, action(toggle), toggle).attribs['aria-pressed'], 'false', toggle);
    assert.ok('hidden' in one(doc, action('pip'), 'pip').attribs, 'picture-in-picture only where the island finds it');
    const seek = one(doc, (e) => e.attribs['data-control'] === 'seek', 'seek');
    assert.equal(seek.attribs.type, 'range');
    assert.equal(seek.attribs.max, '83.6');
    assert.equal(seek.attribs['aria-valuetext'], '0:00 of 1:24');
    assert.equal(DomUtils.textContent(one(doc, (e) => e.attribs['data-time'] === 'duration', 'duration')), '1:24');
    const speeds = byTag(doc, 'option').map((o) => o.attribs.value);
    assert.deepEqual(speeds, ['0.5', '0.75', '1', '1.25', '1.5', '1.75', '2']);
    assert.ok(all(doc, (e) => e.name === 'svg').length >= buttons.length, 'icons are inline SVG');
  });

  it('offers the download (the largest MP4, a real link) only when staff allow it, and captions only with tracks', () => {
    const without = dom(<VideoPlayer video={video()} />);
    assert.equal(all(without, (e) => e.name === 'a' && 'download' in e.attribs).length, 0);
    const allowed = dom(<VideoPlayer video={video({ allowDownload: true, captions: [] })} />);
    const link = one(allowed, (e) => e.name === 'a' && 'download' in e.attribs, 'the download link');
    assert.equal(link.attribs.href, `/media/av/${KEY}/1080.mp4`);
    assert.equal(link.attribs.download, 'Flood-barrier-closes.mp4');
    assert.match(link.attribs['aria-label'], /Download video \(MP4, 6\.2 MB\)/);
    assert.equal(byTag(allowed, 'video')[0].attribs.controlslist, undefined);
    assert.equal(all(allowed, action('captions')).length, 0);
    assert.equal(byTag(allowed, 'track').length, 0);
  });

  it('preloads the poster at high priority when it is the hero, and not otherwise', () => {
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="preload" as="image" href="([^"]+)" fetchPriority="high"/g)].map((m) => m[1]);
    assert.deepEqual(preloads(renderToStaticMarkup(withIntl(<VideoPlayer video={video()} hero />))), [
      '/media/up-poster-960.webp',
    ]);
    assert.deepEqual(preloads(renderToStaticMarkup(withIntl(<VideoPlayer video={video()} />))), []);
  });

  it('keeps a video smaller than 360p playable (its only rendition), and a poster smaller than 960', () => {
    const small = video({
      poster: picture(51, 'up-small', [320, 480]),
      renditions: [{ file: '240.mp4', role: 'mp4', mime: 'video/mp4', bytes: 1, width: 426, height: 240 }],
    });
    const doc = dom(<VideoPlayer video={small} />);
    assert.deepEqual(
      byTag(doc, 'source').map((s) => s.attribs.src),
      [`/media/av/${KEY}/240.mp4`],
    );
    assert.equal(byTag(doc, 'video')[0].attribs.poster, '/media/up-small-480.webp');
    assert.equal(one(doc, (e) => e.attribs['data-island'] === 'player', 'island').attribs['data-hls'], undefined);
  });
});

describe('AudioPlayer', () => {
  it('is a native player without JavaScript, with a hidden compact bar: play, ±15 s, speed, seek and time', () => {
    const doc = dom(<AudioPlayer audio={audio()} />);
    const el = byTag(doc, 'audio')[0];
    assert.ok('controls' in el.attribs);
    assert.equal(el.attribs.preload, 'metadata');
    assert.deepEqual(
      byTag(doc, 'source').map((s) => [s.attribs.src, s.attribs.type]),
      [[`/media/av/${KEY}/audio.m4a`, 'audio/mp4']],
    );
    assert.ok('hidden' in one(doc, hasClass('player__bar'), 'bar').attribs);
    assert.deepEqual(
      byTag(doc, 'button').map((b) => [b.attribs['data-action'], b.attribs['aria-label']]),
      [
        ['play', 'Play'],
        ['back', 'Back 15 seconds'],
        ['forward', 'Forward 15 seconds'],
      ],
    );
    assert.equal(one(doc, (e) => e.attribs['data-island'] === 'player', 'island').attribs['data-step'], '15');
    assert.equal(all(doc, (e) => e.attribs['data-control'] === 'speed').length, 1);
    assert.equal(DomUtils.textContent(one(doc, (e) => e.attribs['data-time'] === 'duration', 'time')), '30:05');
    assert.equal(byTag(doc, 'details').length, 0, 'no transcript, no disclosure');
    assert.equal(all(doc, hasClass('player__artwork')).length, 0);
  });

  it('shows the transcript below in a <details>, paragraph by paragraph, and the artwork small', () => {
    const doc = dom(
      <AudioPlayer
        audio={audio({ transcript: 'Good morning.\n\nThe <news> & more.', poster: picture(60, 'up-art') })}
      />,
    );
    const details = byTag(doc, 'details')[0];
    assert.equal(DomUtils.textContent(byTag(doc, 'summary')[0]), 'Transcript');
    assert.deepEqual(
      DomUtils.findAll((e) => e.name === 'p', details.children).map((p) => DomUtils.textContent(p)),
      ['Good morning.', 'The <news> & more.'],
    );
    const art = one(doc, hasClass('player__artwork'), 'artwork');
    const img = DomUtils.findOne((e) => e.name === 'img', art.children)!;
    assert.equal(img.attribs.alt, '');
    assert.equal(img.attribs.sizes, '8rem');
  });
});

describe('Gallery', () => {
  const pictures: GalleryPicture[] = [1, 2, 3].map((n) => ({
    image: picture(n, `up-${n}`),
    alt: `Alt ${n}`,
    caption: `Caption ${n}`,
    credit: n === 2 ? '' : `Credit ${n}`,
  }));

  it('is a grid of plain links to the largest picture, #img-N each, with the lightbox closed', () => {
    const doc = dom(<Gallery pictures={pictures} title="The flood" />);
    assert.equal(one(doc, (e) => e.attribs['data-island'] === 'gallery', 'island').name, 'figure');
    const links = all(doc, hasClass('gallery__link'));
    assert.deepEqual(
      links.map((a) => [a.attribs.id, a.attribs.href, a.attribs['data-caption'], a.attribs['data-credit']]),
      [
        ['img-1', '/media/up-1-1600.webp', 'Caption 1', 'Credit 1'],
        ['img-2', '/media/up-2-1600.webp', 'Caption 2', undefined],
        ['img-3', '/media/up-3-1600.webp', 'Caption 3', 'Credit 3'],
      ],
    );
    for (const [i, a] of links.entries()) {
      const img = DomUtils.findOne((e) => e.name === 'img', a.children)!;
      assert.equal(img.attribs.alt, `Alt ${i + 1}`);
      assert.equal(img.attribs.loading, 'lazy');
      assert.equal(img.attribs.sizes, '8rem');
      assert.match(a.attribs['data-srcset'], /\/media\/up-\d-320\.webp 320w, .*1600w$/);
    }
    const dialog = byTag(doc, 'dialog')[0];
    assert.ok(!('open' in dialog.attribs));
    assert.equal(dialog.attribs['aria-label'], 'The flood');
    assert.deepEqual(
      all(doc, (e) => e.name === 'button').map((b) => b.attribs['aria-label']),
      ['Close', 'Previous picture', 'Next picture'],
    );
    assert.equal(
      byTag(doc, 'dialog')[0] && all(doc, (e) => e.attribs['data-lightbox'] === 'image')[0].attribs.loading,
      'lazy',
    );
    assert.match(DomUtils.textContent(byTag(doc, 'figcaption')[0]), /The flood.*Gallery, 3 pictures/);
  });

  it('as the hero shows the first picture large and preloaded, the rest as a strip, numbered from firstNumber', () => {
    const doc = dom(<Gallery pictures={pictures} hero firstNumber={4} />);
    assert.ok(hasClass('gallery--hero')(one(doc, (e) => e.attribs['data-island'] === 'gallery', 'island')));
    const links = all(doc, hasClass('gallery__link'));
    assert.deepEqual(
      links.map((a) => a.attribs.id),
      ['img-4', 'img-5', 'img-6'],
    );
    const lead = DomUtils.findOne((e) => e.name === 'img', links[0].children)!;
    assert.equal(lead.attribs.fetchpriority, 'high');
    assert.equal(lead.attribs.loading, 'eager');
    assert.equal(DomUtils.findOne((e) => e.name === 'img', links[1].children)!.attribs.sizes, '8rem');
  });
});

describe('the islands’ code', () => {
  const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8')) as {
    articleClientJsGzipBytes: number;
    growthTolerance: number;
    ownClientJsGzipMaxBytes: number;
  };
  const { reader, chunks } = bundleAll();
  const gz = (code: Buffer) => gzipSync(code).length;

  it('stays within budgets.json: the inline script, and our own islands with their chunks', () => {
    const own = chunks.filter((c) => c.source !== HLS_SOURCE);
    assert.deepEqual(own.map((c) => c.source).sort(), Object.values(ISLAND_CHUNK_ENTRIES).sort());
    const sizes = Object.fromEntries([['reader', gz(reader)], ...own.map((c) => [c.name, gz(c.code)])]);
    console.log('islands, gzipped bytes:', sizes);
    assert.ok(
      gz(reader) <= Math.round(budgets.articleClientJsGzipBytes * (1 + budgets.growthTolerance)),
      `the inline script is ${gz(reader)} B gzipped`,
    );
    const total = gz(reader) + own.reduce((n, c) => n + gz(c.code), 0);
    assert.ok(total <= budgets.ownClientJsGzipMaxBytes, `our islands are ${total} B gzipped`);
  });

  it('loads the chunks by their hashed URLs, hls.js from the player only, and never inlines them', () => {
    const text = reader.toString();
    const hls = chunks.find((c) => c.source === HLS_SOURCE)!;
    for (const c of chunks) assert.match(c.name, CHUNK_NAME);
    for (const c of chunks.filter((c) => c !== hls)) assert.ok(text.includes(`"${CHUNKS_URL}${c.name}"`), c.name);
    assert.ok(!text.includes(hls.name), 'the inline script does not name hls.js');
    const player = chunks.find((c) => c.source === ISLAND_CHUNK_ENTRIES.player)!;
    assert.ok(player.code.toString().includes(`"${CHUNKS_URL}${hls.name}"`));
    assert.ok(reader.length < 16_000 && player.code.length < 16_000, 'no library was bundled in');
  });

  it('serves a chunk immutable, and 404s (null) for any other name', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-'));
    try {
      fs.cpSync('components', path.join(root, 'components'), { recursive: true });
      fs.cpSync('tsconfig.json', path.join(root, 'tsconfig.json'));
      fs.mkdirSync(path.join(root, path.dirname(HLS_SOURCE)), { recursive: true });
      fs.cpSync(HLS_SOURCE, path.join(root, HLS_SOURCE));
      fs.mkdirSync(path.join(root, 'lib/islands'), { recursive: true });
      for (const f of ['lib/islands/messages.ts', 'lib/islands/media-messages.ts']) fs.cpSync(f, path.join(root, f));
      writeIslands(root);
      const name = fs.readdirSync(path.join(root, '.islands/chunks')).find((n) => n.startsWith('player-'))!;
      const response = (await islandChunkResponse(name, root))!;
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.match(await response.text(), /export\s*{[^}]*as enhance\s*}/);
      for (const bad of ['player-0000000000.js', '../reader.js', 'reader.js', 'player-abc.js.map', '.%2e/x.js'])
        assert.equal(await islandChunkResponse(bad, root), null, bad);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import {
  CROPS,
  CROP_RATIOS,
  cropPath,
  parseCropName,
  parseShareImageName,
  SHARE_IMAGE,
  shareImagePath,
  shareImageVersion,
  type CropRatio,
} from '@/lib/og/paths';

type Render = typeof import('@/lib/og/render');
type Drawing = typeof import('@/components/og/ShareImage');
type Card = typeof import('@/lib/og/card');

const MAX_BYTES = 300 * 1024;

const base = { id: 42, title: 'Ceasefire holds', section: { name: 'World news' }, hero: { file: 'seed-001' } };

describe('share image paths', () => {
  it('versions are 10 hex characters, stable for the same input', () => {
    const v = shareImageVersion(base);
    assert.match(v, /^[0-9a-f]{10}$/);
    assert.equal(shareImageVersion({ ...base, section: { name: 'World news' } }), v);
    assert.equal(shareImagePath(base), `/og/42-${v}.jpg`);
  });

  it('the version changes with the headline, the section and the hero picture', () => {
    const v = shareImageVersion(base);
    const others = [
      shareImageVersion({ ...base, title: 'Ceasefire holds!' }),
      shareImageVersion({ ...base, section: { name: 'Russia' } }),
      shareImageVersion({ ...base, hero: { file: 'seed-002' } }),
      shareImageVersion({ ...base, hero: null }),
      // Fields are separated, so moving text between them is a change too.
      shareImageVersion({ ...base, title: 'Ceasefire holdsWorld', section: { name: ' news' } }),
    ];
    for (const other of others) assert.notEqual(other, v);
    assert.equal(new Set(others).size, others.length);
  });

  it('parses share image names strictly', () => {
    assert.deepEqual(parseShareImageName('42-0123456789.jpg'), { id: 42, version: '0123456789' });
    assert.deepEqual(parseShareImageName(shareImagePath(base).slice('/og/'.length)), {
      id: 42,
      version: shareImageVersion(base),
    });
    for (const junk of [
      '042-0123456789.jpg',
      '0-0123456789.jpg',
      '42-012345678.jpg',
      '42-01234567890.jpg',
      '42-ABCDEF0123.jpg',
      '42-0123456789.jpeg',
      '42-0123456789.png',
      '42-0123456789.jpg.png',
      '42-0123456789',
      '../42-0123456789.jpg',
      '42-0123456789.jpg\n',
      '1234567890123456-0123456789.jpg',
      '',
    ]) {
      assert.equal(parseShareImageName(junk), null, junk);
    }
  });

  it('crops: sizes at least 1200 px wide in the right ratios, paths and names round-trip', () => {
    assert.deepEqual(CROPS['16x9'], { width: 1600, height: 900 });
    assert.deepEqual(CROPS['4x3'], { width: 1600, height: 1200 });
    assert.deepEqual(CROPS['1x1'], { width: 1200, height: 1200 });
    for (const ratio of CROP_RATIOS) {
      const [w, h] = ratio.split('x').map(Number);
      assert.ok(CROPS[ratio].width >= 1200);
      assert.equal(CROPS[ratio].width * h, CROPS[ratio].height * w, ratio);
      const p = cropPath('seed-001', ratio);
      assert.equal(p, `/media/crops/seed-001-${ratio}-f500x500.jpg`);
      assert.deepEqual(parseCropName(p.slice('/media/crops/'.length)), {
        file: 'seed-001',
        ratio,
        focal: { x: 0.5, y: 0.5 },
      });
      const moved = cropPath('seed-001', ratio, { x: 0.25, y: 0.125 });
      assert.equal(moved, `/media/crops/seed-001-${ratio}-f250x125.jpg`);
      assert.deepEqual(parseCropName(moved.slice('/media/crops/'.length))?.focal, { x: 0.25, y: 0.125 });
    }
  });

  it('parses crop names strictly', () => {
    // The older names without a focal point still parse (the route redirects them to the current one).
    assert.deepEqual(parseCropName('a-1x1.jpg'), { file: 'a', ratio: '1x1', focal: null });
    assert.deepEqual(parseCropName('my-photo-2-4x3.jpg'), { file: 'my-photo-2', ratio: '4x3', focal: null });
    assert.deepEqual(parseCropName(`${'a'.repeat(81)}-16x9.jpg`), { file: 'a'.repeat(81), ratio: '16x9', focal: null });
    assert.deepEqual(parseCropName('a-1x1-f0x1000.jpg'), { file: 'a', ratio: '1x1', focal: { x: 0, y: 1 } });
    for (const junk of [
      `${'a'.repeat(82)}-16x9.jpg`,
      '-a-1x1.jpg',
      'A-1x1.jpg',
      'a_b-1x1.jpg',
      'a-2x1.jpg',
      'a-1x1.png',
      'a-1x1.jpg.webp',
      '../a-1x1.jpg',
      'a/b-1x1.jpg',
      '1x1.jpg',
      '-1x1.jpg',
      'a-16x9',
      'a-16x9-f1001x0.jpg',
      'a-16x9-f050x500.jpg',
      'a-16x9-f500.jpg',
      'a-16x9-F500x500.jpg',
      'a-16x9-f500x500.png',
    ]) {
      assert.equal(parseCropName(junk), null, junk);
    }
  });
});

describe('share images and crops (sharp, next/og)', () => {
  let dir: string;
  let render: Render;
  let drawing: Drawing;
  let card: Card;
  const savedMediaDir = process.env.MEDIA_DIR;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-test-'));
    process.env.MEDIA_DIR = dir;
    // A 16:9 "photo": a gradient sky, a sun and a horizon, in the largest and a small variant.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
      <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d4e89"/><stop offset="1" stop-color="#f4a259"/></linearGradient></defs>
      <rect width="1600" height="900" fill="url(#g)"/><circle cx="1100" cy="420" r="120" fill="#ffd166"/>
      <rect y="640" width="1600" height="260" fill="#2b3a2e"/></svg>`;
    await sharp(Buffer.from(svg)).webp({ quality: 80 }).toFile(path.join(dir, 't-1600.webp'));
    await sharp(Buffer.from(svg)).resize(320, 180).webp().toFile(path.join(dir, 't-320.webp'));
    // The worst case for JPEG: pure noise.
    const noise = Buffer.alloc(1600 * 900 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(Math.random() * 256);
    await sharp(noise, { raw: { width: 1600, height: 900, channels: 3 } })
      .webp({ quality: 90 })
      .toFile(path.join(dir, 'noise-1600.webp'));
    // Two flat halves, to see which side a focal crop kept.
    const halves = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
      <rect width="800" height="900" fill="#e00000"/><rect x="800" width="800" height="900" fill="#0000e0"/></svg>`;
    await sharp(Buffer.from(halves)).webp({ lossless: true }).toFile(path.join(dir, 'halves-1600.webp'));
    render = await import('@/lib/og/render');
    drawing = await import('@/components/og/ShareImage');
    card = await import('@/lib/og/card');
  });

  after(() => {
    if (savedMediaDir === undefined) delete process.env.MEDIA_DIR;
    else process.env.MEDIA_DIR = savedMediaDir;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function assertShareImage(buf: Buffer) {
    const meta = await sharp(buf).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.width, SHARE_IMAGE.width);
    assert.equal(meta.height, SHARE_IMAGE.height);
    assert.ok(buf.length < MAX_BYTES, `${buf.length} bytes`);
  }

  /** RGB of one pixel. */
  async function pixel(buf: Buffer, x: number, y: number): Promise<[number, number, number]> {
    const data = await sharp(buf).extract({ left: x, top: y, width: 1, height: 1 }).removeAlpha().raw().toBuffer();
    return [data[0], data[1], data[2]];
  }

  function near(actual: number[], expected: number[], tolerance = 24) {
    assert.ok(
      actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance),
      `expected ~${expected.join(',')}, got ${actual.join(',')}`,
    );
  }

  it('renders the mark as standalone SVG markup', () => {
    const svg = drawing.markSvg(72);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32" width="72" height="72">/);
    assert.match(svg, /fill="#b3122b"/);
    assert.doesNotMatch(svg, /aria-hidden|focusable/);
  });

  it('draws a card for an article without a picture: Cyrillic and "<>&\' headline, no network', async () => {
    const originalFetch = globalThis.fetch;
    const fetched: string[] = [];
    // next/og loads its own WebAssembly through fetch of a data: URL; anything else is the network
    // (Google Fonts, emoji CDNs), which it reaches for glyphs our fonts lack.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return originalFetch(input, init);
      fetched.push(url);
      throw new Error('no network in share image rendering');
    }) as typeof fetch;
    try {
      const buf = await render.renderShareImage(
        {
          id: 1,
          title: 'Кремль и «рынок»: "<b>Tom & Jerry\'s</b>" — Łódź, Αθήνα, 100 € 🚀',
          section: { name: 'Россия' },
          hero: null,
        },
        drawing.shareArt,
      );
      await assertShareImage(buf);
      assert.deepEqual(fetched, []);
      near(await pixel(buf, 600, 6), [0xb3, 0x12, 0x2b]); // the red band
      near(await pixel(buf, 1150, 320), [0x14, 0x14, 0x14]); // the dark background
    } finally {
      globalThis.fetch = originalFetch;
    }
  });

  it('draws a card for an overlong headline (clamped to four lines)', async () => {
    const title = 'Parliament debates the budget again as ministers trade blame over delays '.repeat(8);
    await assertShareImage(
      await render.renderShareImage({ id: 2, title, section: { name: 'Business' }, hero: null }, drawing.shareArt),
    );
  });

  it('drops characters the card fonts cannot draw', () => {
    assert.equal(card.drawableText('  Rocket 🚀 launch\u0000  — 中文 Ок '), 'Rocket launch — Ок');
  });

  it('crops the hero to 1200×630 with the mark in the bottom-right corner', async () => {
    const buf = await render.renderShareImage(
      {
        id: 3,
        title: 'Sunset',
        section: { name: 'Science' },
        hero: { file: 't', width: 1600, variants: [320, 1600] },
      },
      drawing.shareArt,
    );
    await assertShareImage(buf);
    near(await pixel(buf, 1200 - 32 - 72 + 5, 630 - 32 - 36), [0xb3, 0x12, 0x2b]); // the mark's red
    near(await pixel(buf, 1200 - 32 - 72 + 36, 630 - 32 - 72 + 10), [0xb3, 0x12, 0x2b]); // above the letter
    const sky = await pixel(buf, 200, 40);
    assert.ok(sky[2] > sky[0], `sky should be blue, got ${sky.join(',')}`);
  });

  it('keeps a noisy hero under 300 KB', async () => {
    const buf = await render.renderShareImage(
      {
        id: 4,
        title: 'Static',
        section: { name: 'Science' },
        hero: { file: 'noise', width: 1600, variants: [1600] },
      },
      drawing.shareArt,
    );
    await assertShareImage(buf);
  });

  it('caches share images on disk under derived/og, atomically', async () => {
    const article = {
      id: 5,
      title: 'Cached',
      section: { name: 'World' },
      hero: { file: 't', width: 1600, variants: [1600] },
    };
    const [a, b] = await Promise.all([
      render.getShareImage(article, drawing.shareArt),
      render.getShareImage(article, drawing.shareArt),
    ]);
    assert.ok(a.equals(b));
    const file = path.join(dir, 'derived', 'og', `5-${shareImageVersion(article)}.jpg`);
    assert.ok(fs.readFileSync(file).equals(a));
    assert.deepEqual(
      fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp')),
      [],
    );
    // Served from disk: a changed file on disk is what comes back.
    fs.writeFileSync(file, Buffer.from('cached'));
    assert.equal((await render.getShareImage(article, drawing.shareArt)).toString(), 'cached');
  });

  it('falls back to the card, uncached, when the hero file is missing', async () => {
    const article = {
      id: 6,
      title: 'Lost picture',
      section: { name: 'World' },
      hero: { file: 'gone', width: 1600, variants: [1600] },
    };
    const originalWarn = console.warn;
    console.warn = () => {};
    try {
      await assertShareImage(await render.getShareImage(article, drawing.shareArt));
    } finally {
      console.warn = originalWarn;
    }
    assert.equal(fs.existsSync(path.join(dir, 'derived', 'og', `6-${shareImageVersion(article)}.jpg`)), false);
  });

  it('makes JSON-LD crops in each ratio from the widest variant, cached under derived/crops', async () => {
    for (const ratio of CROP_RATIOS) {
      const buf = await render.getCrop('t', ratio);
      assert.ok(buf);
      const meta = await sharp(buf).metadata();
      assert.equal(meta.format, 'jpeg');
      assert.equal(meta.width, CROPS[ratio].width, ratio);
      assert.equal(meta.height, CROPS[ratio].height, ratio);
      assert.ok(fs.existsSync(path.join(dir, 'derived', 'crops', `t-${ratio}-f500x500.jpg`)));
    }
  });

  it('cuts crops and the share image around the focal point', async () => {
    // halves-1600.webp (made in before()): left half red, right half blue. A 1:1 crop is 900 px
    // wide, so a point at the left edge gives a red square and one at the right edge a blue one.
    const left = (await render.getCrop('halves', '1x1', { x: 0, y: 0.5 }))!;
    const right = (await render.getCrop('halves', '1x1', { x: 1, y: 0.5 }))!;
    const centre = (await render.getCrop('halves', '1x1'))!;
    near(await pixel(left, 600, 600), [0xe0, 0, 0]);
    near(await pixel(right, 600, 600), [0, 0, 0xe0]);
    // Centred: the split runs down the middle of the square.
    near(await pixel(centre, 100, 600), [0xe0, 0, 0]);
    near(await pixel(centre, 1100, 600), [0, 0, 0xe0]);
    for (const token of ['f0x500', 'f1000x500', 'f500x500'])
      assert.ok(fs.existsSync(path.join(dir, 'derived', 'crops', `halves-1x1-${token}.jpg`)), token);
    // The share image (1.91:1: 1600×838 of 1600×900) has no room to move sideways, so test it
    // upright: a 900×1600 picture, top half green, bottom half yellow.
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1600">
      <rect width="900" height="800" fill="#00c000"/><rect y="800" width="900" height="800" fill="#e0e000"/></svg>`;
    await sharp(Buffer.from(tall)).webp({ lossless: true }).toFile(path.join(dir, 'tall-900.webp'));
    const share = (y: number) =>
      render.renderShareImage(
        {
          id: 9,
          title: 'Tall',
          section: { name: 'World' },
          hero: { file: 'tall', width: 900, variants: [900], focalX: 0.5, focalY: y },
        },
        drawing.shareArt,
      );
    near(await pixel(await share(0), 600, 300), [0, 0xc0, 0]);
    near(await pixel(await share(1), 600, 300), [0xe0, 0xe0, 0]);
  });

  it('answers null for crops of pictures that do not exist or names that are not media names', async () => {
    assert.equal(await render.getCrop('missing', '1x1'), null);
    assert.equal(await render.renderCrop('missing', '16x9'), null);
    assert.equal(await render.getCrop('../t', '1x1'), null);
    assert.equal(await render.getCrop('t', '2x1' as CropRatio), null);
    assert.equal(fs.existsSync(path.join(dir, 'derived', 'crops', 'missing-1x1.jpg')), false);
  });
});

/**
 * A reader meets the newsroom's media (issue 18), on the demo stories lib/av/demo.ts seeds:
 * plays a video with the outlet's controls and keyboard, plays an episode, opens a gallery at a
 * deep link, and downloads a file; with JavaScript off the browser's own players and plain links
 * are there; crawlers get VideoObject, og:video and a podcast feed a podcast reader parses.
 */
import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { articleBySlug, expectNoAxeViolations, pathOf } from './helpers';
import { jsonLd } from './seo';

const VIDEO_STORY = 'how-broadcasters-check-a-picture-before-it-goes-on-air';
const BODY_STORY = 'central-bank-publishes-its-annual-report';
const GALLERY_STORY = 'in-pictures-the-week-around-the-world';
const EPISODE = 'the-meridian-briefing-ceasefire-talks-resume';

const story = (slug: string) => pathOf(articleBySlug(slug));
const currentTime = (page: Page, selector: string) =>
  page.locator(selector).evaluate((m: HTMLMediaElement) => m.currentTime);

test.describe('with JavaScript', () => {
  test('a reader plays the hero video with the outlet controls and the keyboard', async ({ page }) => {
    await page.goto(story(VIDEO_STORY));
    const player = page.locator('.article-hero figure.player--video, figure.player--hero').first();
    const video = player.locator('video');
    const bar = player.locator('.player__bar');
    // The island swaps the native controls for the outlet's bar.
    await expect(bar).toBeVisible();
    await expect(video).not.toHaveAttribute('controls', /.*/);

    const play = player.locator('[data-action="play"]');
    await play.click();
    await expect.poll(() => currentTime(page, '.player--hero video'), { timeout: 15_000 }).toBeGreaterThan(0.3);
    await expect(play).toHaveAttribute('aria-label', /pause/i);

    // Keyboard, with focus in the player: k pauses, m mutes, l steps 10 s forward, j back.
    await play.focus();
    await page.keyboard.press('k');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    await page.keyboard.press('m');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.muted)).toBe(true);
    await expect(player.locator('[data-action="mute"]')).toHaveAttribute('aria-pressed', 'true');
    const before = await currentTime(page, '.player--hero video');
    await page.keyboard.press('l');
    await expect
      .poll(() => currentTime(page, '.player--hero video'))
      .toBeGreaterThanOrEqual(Math.min(before + 9.5, 15.9));
    const forward = await currentTime(page, '.player--hero video');
    await page.keyboard.press('j');
    await expect.poll(() => currentTime(page, '.player--hero video')).toBeLessThanOrEqual(Math.max(forward - 9.5, 0));

    // Captions on and off by keyboard.
    const showing = () =>
      video.evaluate((v: HTMLVideoElement) => [...v.textTracks].filter((t) => t.mode === 'showing').length);
    await page.keyboard.press('c');
    await expect.poll(showing).toBe(1);
    await expect(player.locator('[data-action="captions"]')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('c');
    await expect.poll(showing).toBe(0);

    // Full screen in and out.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    // Staff allowed the download: a real link to an MP4.
    const download = player.locator('a[download]');
    await expect(download).toHaveAttribute('href', /^\/media\/av\/[a-f0-9]{32}\/\d+\.mp4$/);
  });

  test('a reader plays an episode with the compact audio bar and reads its transcript', async ({ page }) => {
    await page.goto(story(EPISODE));
    const player = page.locator('figure.player--audio').first();
    await expect(player.locator('.player__bar')).toBeVisible();
    await player.locator('[data-action="play"]').click();
    await expect
      .poll(() => player.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(0.3);
    await expect(page.getByText('This is the Meridian Briefing.', { exact: false })).toBeAttached();
  });

  test('a gallery opens at its deep link, moves next and back, and closes with Escape', async ({ page }) => {
    await page.goto(`${story(GALLERY_STORY)}#img-2`);
    const dialog = page.locator('dialog.lightbox[open]');
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    const counter = dialog.locator('[data-lightbox="counter"]');
    await expect(counter).toHaveText(/^2\D+6$/);
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(/^3\D+6$/);
    await expect(page).toHaveURL(/#img-3$/);
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText(/^2\D+6$/);
    await dialog.locator('[data-lightbox="next"]').click();
    await expect(counter).toHaveText(/^3\D+6$/);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.lightbox[open]')).toHaveCount(0);
  });

  test('the media stories have no axe violations, light and dark', async ({ page }) => {
    // Ten pages through axe.
    test.setTimeout(120_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const slug of [VIDEO_STORY, BODY_STORY, GALLERY_STORY, EPISODE])
        await expectNoAxeViolations(page, story(slug));
      await expectNoAxeViolations(page, '/shows/the-meridian-briefing');
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the native players, captions, gallery links and download link are there', async ({ page, request }) => {
    await page.goto(story(BODY_STORY));
    const video = page.locator('.article-body video');
    await expect(video).toHaveAttribute('controls', '');
    await expect(video).toHaveAttribute('poster', /^\/media\//);
    await expect(video).toHaveAttribute('preload', /^(none|metadata)$/);
    expect(await video.locator('source[type="video/mp4"]').count()).toBeGreaterThan(0);
    await expect(video.locator('track[kind="subtitles"][srclang="en"]')).toHaveCount(1);
    await expect(page.locator('.article-body .player__bar')).toBeHidden();

    const links = page.locator('.article-body a.gallery__link');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await expect(links.first()).toHaveAttribute('href', /^\/media\/[^/]+\.webp$/);

    const download = page.locator('.article-body a[download]').last();
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/media\/av\/[a-f0-9]{32}\/document\.pdf$/);
    await expect(page.locator('.article-body')).toContainText(/PDF/);
    const file = await request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toMatch(/^attachment;.*annual-report-2026\.pdf/);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(story(EPISODE));
    await expect(page.locator('audio')).toHaveAttribute('controls', '');
  });

  test('seeking works: a video answers byte ranges with 206', async ({ page, request }) => {
    await page.goto(story(VIDEO_STORY));
    const src = await page.locator('.player--hero video source').first().getAttribute('src');
    const whole = await request.head(src!);
    expect(whole.headers()['accept-ranges']).toBe('bytes');
    expect(whole.headers()['cache-control']).toContain('immutable');
    const part = await request.get(src!, { headers: { Range: 'bytes=100-199' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toMatch(/^bytes 100-199\/\d+$/);
    expect((await part.body()).length).toBe(100);
  });
});

test.describe('crawlers', () => {
  test('the raw head carries og:video and the JSON-LD a VideoObject', async ({ request }) => {
    const html = await (await request.get(story(VIDEO_STORY))).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = (property: string) =>
      new RegExp(`<meta property="${property.replace(/:/g, ':')}" content="([^"]+)"`).exec(head)?.[1];
    expect(meta('og:video')).toMatch(/^http:\/\/localhost:\d+\/media\/av\/[a-f0-9]{32}\/\d+\.mp4$/);
    expect(meta('og:video:secure_url')).toBeTruthy();
    expect(meta('og:video:type')).toBe('video/mp4');
    expect(Number(meta('og:video:width'))).toBeGreaterThan(0);
    expect(Number(meta('og:video:height'))).toBeGreaterThan(0);

    const [news] = jsonLd(html) as { video?: Record<string, string>[] }[];
    const video = news.video?.find((v) => v['@type'] === 'VideoObject');
    if (!video) throw new Error('no VideoObject in the JSON-LD');
    expect(video.name).toBeTruthy();
    expect(video.duration).toBe('PT16S');
    expect(video.contentUrl).toMatch(/\.mp4$/);
    expect(video.thumbnailUrl).toBeTruthy();
    expect(video.uploadDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test('the podcast feed parses with a podcast reader', async ({ request }) => {
    const response = await request.get('/shows/the-meridian-briefing/feed.xml');
    expect(response.status()).toBe(200);
    const feed = await new Parser().parseString(await response.text());
    expect(feed.title).toBe('The Meridian Briefing');
    expect(feed.itunes?.image).toMatch(/artwork-\d+\.jpg$/);
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(item.enclosure?.type).toBe('audio/mp4');
      expect(Number(item.enclosure?.length)).toBeGreaterThan(0);
      expect(Number(item.itunes?.duration)).toBeGreaterThan(0);
      expect(item.guid).toMatch(/^tag:/);
    }
    const artwork = await request.get(new URL(feed.itunes!.image!).pathname);
    expect(artwork.headers()['content-type']).toBe('image/jpeg');
    const enclosure = await request.get(new URL(feed.items[0].enclosure!.url).pathname, {
      headers: { Range: 'bytes=0-15' },
    });
    expect(enclosure.status()).toBe(206);
  });
});

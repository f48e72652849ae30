import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, staffAccounts } from './helpers';

// Staff upload video and files through the resumable (tus) form: the progress bar, processing by
// the media worker, a refusal by content, and resuming a cut-off upload from the stored offset.
// Serial: the counts of the library are read before and after.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'newsroom av password 42';
const AUTHOR = { email: 'vera.video@example.test', name: 'Vera Video', role: 'author' };
const signedIn = staffAccounts(PASSWORD, [AUTHOR]);
const CHUNK = 8 * 1024 * 1024;
const stamp = Date.now().toString(36);

let dir = '';
test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'av-upload-e2e-'));
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Records in sessionStorage the highest percent the upload's progress bar showed (it survives navigation). */
async function watchProgress(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = () => {
      const bar = document.getElementById('av-progress');
      const value = bar ? Number(bar.getAttribute('value') ?? (bar as HTMLProgressElement).value) : 0;
      if (value > Number(sessionStorage.getItem('maxProgress') ?? 0))
        sessionStorage.setItem('maxProgress', String(value));
      const text = bar?.parentElement?.querySelector('[aria-live]')?.textContent ?? '';
      if (text.startsWith('100 %')) sessionStorage.setItem('fullText', text);
    };
    new MutationObserver(seen).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

async function chooseUpload(page: Page, kind: 'Video' | 'Audio' | 'File', file: string, title?: string) {
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await page.getByLabel('Choose the file', { exact: true }).setInputFiles(file);
  if (title) await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Send to the library' }).click();
}

/** The library's count of one kind ("3 videos"). */
async function countOf(page: Page, noun: RegExp): Promise<number> {
  await page.goto('/admin/media');
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(new RegExp(`(\\d+) ${noun.source}`).exec(text)?.[1] ?? NaN);
}

test('staff upload a short video: the progress bar reaches 100 %, the item is processing, then ready', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const clip = path.join(dir, 'harbour-walk.mp4');
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=3'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-c:v', 'libx264', '-pix_fmt', 'yuv420p'],
    ...['-c:a', 'aac', '-shortest', clip],
  ]);
  const page = await signedIn(browser, AUTHOR, '198.51.100.61');
  await watchProgress(page);
  await page.goto('/admin/media');
  await page.getByRole('link', { name: 'Upload video, audio or a file' }).click();
  await expect(page).toHaveURL(/\/admin\/media\/new#av-heading$/);
  await chooseUpload(page, 'Video', clip, `Harbour walk ${stamp}`);

  await expect(page).toHaveURL(/\/admin\/media\/\d+\?uploaded=1$/);
  expect(await page.evaluate(() => sessionStorage.getItem('maxProgress'))).toBe('100');
  expect(await page.evaluate(() => sessionStorage.getItem('fullText'))).toMatch(/^100 % — [\d.]+ KB of [\d.]+ KB$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Video #\\d+: Harbour walk ${stamp}$`));
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'processing');
  await expect(page.getByText('Processing', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('640 × 360 pixels')).toBeVisible();

  // The page refreshes itself while processing; the media worker makes the renditions meanwhile.
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', { timeout: 150_000 });
  await expect(page.getByRole('link', { name: /^\d+\.mp4$/ }).first()).toBeVisible();
  await expect(page.getByText('None yet: a frame is picked while it is processing.')).toHaveCount(0);

  // Captions: SubRip is converted to WebVTT; a corrupt file is refused with its line, nothing stored.
  const srt = path.join(dir, 'harbour.srt');
  fs.writeFileSync(srt, '1\r\n00:00:00,000 --> 00:00:02,000\r\nWaves on the harbour wall.\r\n');
  await page.getByLabel('Caption file').setInputFiles(srt);
  await page.getByLabel('Language code').fill('en');
  await page.getByLabel('Label', { exact: true }).fill('English');
  await page.getByRole('button', { name: 'Add captions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Captions added.' })).toBeVisible();
  const track = page.getByRole('link', { name: /^captions-en-[0-9a-f]{6}\.vtt$/ });
  const vtt = await page.request.get((await track.getAttribute('href'))!);
  expect(await vtt.text()).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nWaves on the harbour wall.\n');
  const broken = path.join(dir, 'broken.vtt');
  fs.writeFileSync(broken, 'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n');
  await page.getByLabel('Caption file').setInputFiles(broken);
  await page.getByLabel('Language code').fill('fr');
  await page.getByLabel('Label', { exact: true }).fill('Français');
  await page.getByRole('button', { name: 'Add captions' }).click();
  await expect(page.getByRole('alert')).toContainText('The caption file is damaged (line 3');
  await page.getByRole('link', { name: 'Back to the item' }).click();
  await expect(page.getByRole('link', { name: /^captions-/ })).toHaveCount(1);

  const id = /media\/(\d+)/.exec(page.url())![1];
  await page.goto('/admin/media?kind=video');
  const card = page.locator(`[data-media-id="${id}"]`);
  await expect(card).toContainText(`Harbour walk ${stamp}`);
  await expect(card).toContainText('Video, 0:03');
  await expect(card).toContainText('Ready');
  await expectNoAxeViolations(page, `/admin/media/${id}`);
  await expectNoAxeViolations(page, '/admin/media/new');
});

test('a renamed text file is refused by its content with the reason; nothing is added', async ({ browser }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.62');
  const before = await countOf(page, /videos?/);
  const fake = path.join(dir, 'interview.mp4');
  fs.writeFileSync(fake, 'This is the transcript of an interview, not a video.\n'.repeat(200));
  await page.goto('/admin/media/new');
  await chooseUpload(page, 'Video', fake);
  // (Next's route announcer is an alert region too: the form's own is the one with the message.)
  await expect(
    page.getByRole('alert').filter({ hasText: 'This file is not a video or audio file we can read' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/media\/new$/);
  expect(await countOf(page, /videos?/)).toBe(before);
});

test('an upload cut off after its first chunk resumes from the stored offset', async ({ browser }) => {
  test.setTimeout(120_000);
  // 12 MB of CSV: two chunks of the form's 8 MB.
  const csv = path.join(dir, `figures-${stamp}.csv`);
  const row = 'region,year,people,households\n';
  fs.writeFileSync(csv, row + 'North,2026,123456,54321\n'.repeat(Math.ceil((12 * 1024 * 1024) / 24)));
  const bytes = fs.statSync(csv).size;

  const page = await signedIn(browser, AUTHOR, '198.51.100.63');
  const offsets: string[] = [];
  let cut = true;
  await page.route('**/admin/media/uploads/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'PATCH') return route.continue();
    const offset = request.headers()['upload-offset'];
    offsets.push(offset);
    // The connection drops for every chunk after the first, until the page is opened again.
    if (cut && offset !== '0') return route.abort('connectionreset');
    return route.continue();
  });
  await page.goto('/admin/media/new');
  await chooseUpload(page, 'File', csv, `Population figures ${stamp}`);
  await expect.poll(() => offsets.filter((o) => o !== '0').length, { timeout: 60_000 }).toBeGreaterThan(0);
  expect(offsets[0]).toBe('0');
  expect(offsets.filter((o) => o !== '0').every((o) => o === String(CHUNK))).toBe(true);

  // A new page (the tab was closed and opened again) with the connection back.
  await page.goto('/admin/media/new');
  cut = false;
  const resumedFrom = offsets.length;
  await chooseUpload(page, 'File', csv);
  await expect(page).toHaveURL(/\/admin\/media\/\d+\?uploaded=1$/, { timeout: 60_000 });
  // The new page's upload sent only the rest: its first chunk starts at the stored offset.
  expect(offsets.slice(resumedFrom)).toEqual([String(CHUNK)]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^File #\\d+: Population figures ${stamp}$`),
  );
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByText(`figures-${stamp}.csv, text/csv; charset=utf-8, 12 MB`)).toBeVisible();
  const link = page.getByRole('link', { name: 'document.csv' });
  const stored = await page.request.get((await link.getAttribute('href'))!);
  expect(stored.status()).toBe(200);
  expect((await stored.body()).length).toBe(bytes);
});

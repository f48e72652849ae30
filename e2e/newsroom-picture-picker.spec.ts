import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { slugify } from '@/lib/urls';
import { expectNoAxeViolations, staffAccounts, writeNewArticle } from './helpers';
import { jsonLd, parseHead } from './seo';

// An author picks a hero from the picture picker's grid (after uploading it from inside the
// picker), sets its focal point, and publishes: the JSON-LD crops, the share image and the cards
// are cut around that point. Moving the point on the media page (no JavaScript) moves them all.
// Serial: each step builds on the one before.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'picture picker password 42';
const AUTHOR = { email: 'pia.picker@example.test', name: 'Pia Picker', role: 'author' };
const signedIn = staffAccounts(PASSWORD, [AUTHOR]);

const stamp = Date.now().toString(36);
const ALT = `Four coloured quarters ${stamp}`;
const RED = [220, 0, 0];
const BLUE = [0, 0, 220];
const GREEN = [0, 170, 0];

/** 1600×1600: top left red, top right blue, bottom left green, bottom right yellow. */
const quarters = () =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600">
      <rect width="800" height="800" fill="rgb(${RED})"/><rect x="800" width="800" height="800" fill="rgb(${BLUE})"/>
      <rect y="800" width="800" height="800" fill="rgb(${GREEN})"/><rect x="800" y="800" width="800" height="800" fill="#e0e000"/></svg>`),
  )
    .png()
    .toBuffer();

async function pixel(data: Buffer, x: number, y: number): Promise<number[]> {
  const raw = await sharp(data).extract({ left: x, top: y, width: 1, height: 1 }).removeAlpha().raw().toBuffer();
  return [...raw];
}

function expectNear(actual: number[], expected: number[], label: string) {
  const off = Math.max(...actual.map((v, i) => Math.abs(v - expected[i])));
  expect(off, `${label}: ${actual.join(',')} should be near ${expected.join(',')}`).toBeLessThanOrEqual(40);
}

let mediaId = 0;
let articleUrl = '';

/** The published article's JSON-LD crops and share image, fetched as a crawler would. */
async function published(request: APIRequestContext) {
  const response = await request.get(articleUrl, { headers: { 'User-Agent': 'facebookexternalhit/1.1' } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  const news = jsonLd(html).find((j) => j['@type'] === 'NewsArticle')!;
  const crops = (news.image as { url: string }[]).slice(0, 3).map((i) => new URL(i.url).pathname);
  const share = new URL(parseHead(html).meta.get('og:image')![0]).pathname;
  const get = async (path: string) => {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
    return r.body();
  };
  return { crops, share, crop16x9: await get(crops[0]), shareImage: await get(share) };
}

async function openPicker(page: Page) {
  await page.getByRole('button', { name: 'Choose from the library…' }).click();
  const dialog = page.getByRole('dialog', { name: /Choose a picture|Focal point/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('picking a picture from the grid and setting its focal point', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const page = await signedIn(browser, AUTHOR, '198.51.100.61');
  const headline = `Quarters ${stamp} in four colours`;
  await writeNewArticle(page, {
    headline,
    section: 'Business',
    lede: 'A picture in four quarters.',
    body: 'The picture shows four colours.',
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  // Upload from inside the picker: the new picture opens on its focal point.
  let dialog = await openPicker(page);
  await expect(dialog.getByRole('list', { name: 'Pictures' }).getByRole('listitem').first()).toBeVisible();
  await dialog.getByText('Upload a new picture').click();
  await dialog
    .getByLabel('Picture (JPEG, PNG, WebP or AVIF)')
    .setInputFiles({ name: 'quarters.png', mimeType: 'image/png', buffer: await quarters() });
  await dialog.getByLabel('Alt text (required)').fill(ALT);
  await dialog.getByRole('button', { name: 'Upload and choose' }).click();
  await expect(dialog.getByRole('heading', { name: 'Focal point' })).toBeVisible();
  await expect(dialog.getByText(ALT)).toBeVisible();
  await dialog.getByRole('button', { name: 'Back to the pictures' }).click();

  // Search the grid by alt text; choose with the keyboard.
  await dialog.getByLabel(/Search by alt text/).fill(`quarters ${stamp}`);
  await dialog.getByRole('button', { name: 'Search' }).click();
  const option = dialog.getByRole('list', { name: 'Pictures' }).getByRole('button', { name: new RegExp(ALT) });
  await expect(option).toHaveCount(1);
  mediaId = Number(/#(\d+)/.exec((await option.textContent())!)![1]);
  await option.focus();
  await page.keyboard.press('Enter');

  // The focal point: a click near the bottom left, then arrow keys.
  const area = dialog.getByRole('slider', { name: /Focal point/ });
  await expect(area).toHaveAttribute('aria-valuetext', '50% across, 50% down');
  const box = (await area.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.12, box.y + box.height * 0.88);
  await area.press('ArrowLeft');
  await area.press('ArrowLeft');
  await area.press('ArrowDown');
  await area.press('ArrowDown');
  const x = Number(await area.getAttribute('data-focal-x'));
  const y = Number(await area.getAttribute('data-focal-y'));
  expect(x).toBeGreaterThan(0.05);
  expect(x).toBeLessThan(0.15);
  expect(y).toBeGreaterThan(0.85);
  expect(y).toBeLessThan(0.95);
  // The previews show the crops the server will cut: 16:9 of a square is its full width, at the bottom.
  await expect(dialog.locator('img[data-crop="16:9"]')).toHaveCSS('object-position', '50% 100%');
  await expect(dialog.locator('img[data-crop="1:1"]')).toHaveCSS('object-position', '50% 50%');
  await dialog.getByRole('button', { name: 'Save the focal point and use this picture' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Hero picture or video (media id, optional)')).toHaveValue(String(mediaId));
  await expect(page.locator('#f-heroMediaId-hint')).toHaveText(`#${mediaId}: ${ALT}`);
  // Focus goes back to the button that opened the picker.
  await expect(page.getByRole('button', { name: 'Choose from the library…' })).toBeFocused();

  // Reopened, the picker shows the chosen picture's saved point.
  dialog = await openPicker(page);
  await expect(dialog.getByRole('slider', { name: /Focal point/ })).toHaveAttribute('data-focal-x', String(x));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText('Published.');
  articleUrl = `/business/${id}-${slugify(headline)}`;
  expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);

  // The server cut the crops and the share image around the point (bottom left: green).
  const token = `f${Math.round(x * 1000)}x${Math.round(y * 1000)}`;
  const now = await published(request);
  expect(now.crops).toEqual(
    ['16x9', '4x3', '1x1'].map((r) => expect.stringMatching(new RegExp(`-${r}-${token}\\.jpg$`))),
  );
  // 16:9 (1600×900 of 1600×1600) at the bottom: its upper part is green, where a centred cut is red.
  expectNear(await pixel(now.crop16x9, 100, 300), GREEN, '16:9 crop');
  // The share image (1600×840 of 1600×1600, then 1200×630) the same.
  expectNear(await pixel(now.shareImage, 100, 200), GREEN, 'share image');

  // The section's list draws the story's card cut the same way (16:9 lead or 5:4 thumbnail: bottom).
  const section = await page.goto('/business');
  expect(section?.status()).toBe(200);
  // A square cut of a square picture has no room to move (50% 50%); any wider cut sits at the bottom.
  const card = page.getByRole('img', { name: ALT }).first();
  await expect(card).toBeAttached();
  const drawn = await card.evaluate((img: HTMLImageElement) => ({
    ratio: img.style.aspectRatio,
    position: getComputedStyle(img).objectPosition,
  }));
  expect(drawn.position, drawn.ratio).toBe(drawn.ratio === '1 / 1' ? '50% 50%' : '50% 100%');
  expect(drawn.ratio).not.toBe('');
});

test('the media page moves the focal point without JavaScript; crops and share image follow', async ({
  browser,
  request,
}) => {
  expect(mediaId).toBeGreaterThan(0);
  const before = await published(request);
  const page = await signedIn(browser, AUTHOR, '198.51.100.62', false);
  await page.goto(`/admin/media/${mediaId}`);
  // The browser's own check would stop 150 (max 100); the server's check is what counts.
  await page.getByLabel('Across (% from the left)').evaluate((input) => input.removeAttribute('max'));
  await page.getByLabel('Across (% from the left)').fill('150');
  await page.getByLabel('Down (% from the top)').fill('10');
  await page.getByRole('button', { name: 'Save the focal point' }).click();
  await expect(page.getByRole('alert')).toContainText('The focal point was not saved');
  await expect(page.getByLabel('Across (% from the left)')).toHaveValue('150');
  await page.getByLabel('Across (% from the left)').fill('90');
  await page.getByRole('button', { name: 'Save the focal point' }).click();
  await expect(page.getByRole('status')).toHaveText('Focal point saved.');

  // The published page was expired: new crop and share URLs, now cut at the top right (blue).
  await expect.poll(async () => (await published(request)).share, { timeout: 15_000 }).not.toBe(before.share);
  const after = await published(request);
  expect(after.crops[0]).toMatch(/-16x9-f900x100\.jpg$/);
  expectNear(await pixel(after.crop16x9, 1500, 300), BLUE, '16:9 crop');
  expectNear(await pixel(after.shareImage, 1100, 100), BLUE, 'share image');
  // The old crop URL leads to the current one.
  const old = await request.get(before.crops[0], { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()['location']).toBe(after.crops[0]);
  expectNear(await pixel(await (await request.get(before.crops[0])).body(), 100, 300), RED, 'followed crop');
});

test('the picker and the media page have no axe violations', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, AUTHOR, '198.51.100.63');
  await expectNoAxeViolations(page, `/admin/media/${mediaId}`);
  await page.goto('/admin/articles/new');
  const dialog = await openPicker(page);
  await expect(dialog.getByRole('list', { name: 'Pictures' }).getByRole('listitem').first()).toBeVisible();
  const grid = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(grid.violations.map((v) => v.id)).toEqual([]);
  // The author's own picture: the setter (others' pictures are shown without it).
  await dialog.getByLabel(/Search by alt text/).fill(stamp);
  await dialog.getByRole('button', { name: 'Search' }).click();
  await dialog
    .getByRole('list', { name: 'Pictures' })
    .getByRole('button', { name: new RegExp(ALT) })
    .click();
  await expect(dialog.getByRole('slider', { name: /Focal point/ })).toBeVisible();
  const setter = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(setter.violations.map((v) => v.id)).toEqual([]);
});

test('screenshots of the picker and the focal point setter (1366 and 390 px, light and dark)', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const width of [1366, 390])
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await signedIn(browser, AUTHOR, '198.51.100.64', true, {
        viewport: { width, height: width > 400 ? 900 : 844 },
        colorScheme,
      });
      await page.goto('/admin/articles/new');
      const dialog = await openPicker(page);
      await expect(dialog.getByRole('list', { name: 'Pictures' }).getByRole('listitem').nth(1)).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `test-results/screenshots/picker-grid-${width}-${colorScheme}.png` });
      await dialog.getByLabel(/Search by alt text/).fill(stamp);
      await dialog.getByRole('button', { name: 'Search' }).click();
      await expect(dialog.getByRole('list', { name: 'Pictures' }).getByRole('listitem')).toHaveCount(1);
      await dialog
        .getByRole('list', { name: 'Pictures' })
        .getByRole('button', { name: new RegExp(ALT) })
        .click();
      const area = dialog.getByRole('slider', { name: /Focal point/ });
      await area.focus();
      await expect
        .poll(() =>
          dialog
            .locator('img')
            .evaluateAll((imgs: HTMLImageElement[]) => imgs.every((i) => i.complete && i.naturalWidth > 0)),
        )
        .toBe(true);
      await page.screenshot({ path: `test-results/screenshots/picker-focal-${width}-${colorScheme}.png` });
      await page.goto(`/admin/media/${mediaId}`);
      await page.screenshot({
        path: `test-results/screenshots/media-focal-${width}-${colorScheme}.png`,
        fullPage: true,
      });
      await page.context().close();
    }
});

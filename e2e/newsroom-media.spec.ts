import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { slugify } from '@/lib/urls';
import { GPS_TAG, withGpsExif } from '../tests/helpers/images';
import { expectNoAxeViolations, staffAccounts, writeNewArticle } from './helpers';
import { parseHead } from './seo';

// An author uploads a picture, uses it in a story with the SEO panel's overrides, and
// publishes; crawlers then read the overrides. Serial: each step builds on the one before.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'newsroom media password 42';
const AUTHOR = { email: 'mira.media@example.test', name: 'Mira Media', role: 'author' };
const CONTRIBUTOR = { email: 'carl.contrib@example.test', name: 'Carl Contributor', role: 'contributor' };

const signedIn = staffAccounts(PASSWORD, [AUTHOR, CONTRIBUTOR]);

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#1a4f8b"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer();

const stamp = Date.now().toString(36);
let mediaId = 0;

test('an author uploads a picture; alt text is required and the typed text survives a refusal', async ({ browser }) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.41');
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Media' }).click();
  await page.getByRole('link', { name: 'Upload a picture' }).click();
  await expect(page).toHaveURL(/\/admin\/media\/new$/);
  await page
    .getByLabel('Picture', { exact: true })
    .setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: await png(1400, 800) });
  await page.getByLabel('Caption').fill(`Cranes at the harbour ${stamp}`);
  await page.getByLabel('Credit').fill('Mira Media/Meridian');
  // The browser's own check would stop an empty required field; the server's check is what counts.
  await page.getByLabel('Alt text (required)').evaluate((input) => input.removeAttribute('required'));
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByText('Describe the picture for readers who cannot see it (alt text).')).toBeVisible();
  await expect(page.getByLabel('Caption')).toHaveValue(`Cranes at the harbour ${stamp}`);
  await page.getByLabel('Alt text (required)').fill('Two blue cranes over an orange harbour');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page).toHaveURL(/\/admin\/media\/\d+\?uploaded=1$/);
  mediaId = Number(/media\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByRole('status')).toContainText('Uploaded');
  await expect(page.getByText(`![Two blue cranes over an orange harbour](media:${mediaId})`)).toBeVisible();
  // The responsive picture, not the focal-point setter's copy of it (same alt text, no srcset).
  const img = page
    .getByRole('img', { name: 'Two blue cranes over an orange harbour' })
    .and(page.locator('img[srcset]'));
  await expect(img).toHaveAttribute('srcset', /-320\.webp 320w, .*-1400\.webp 1400w$/);
  // Polled: the picture may still be loading when the page is there (a transcode can be running meanwhile).
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
});

test('without JavaScript a refused upload comes back with its message and text; SVG is refused', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.42', false);
  await page.goto('/admin/media/new');
  await page.getByLabel('Picture', { exact: true }).setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="400" height="400"/></svg>',
    ),
  });
  await page.getByLabel('Alt text (required)').fill('A logo');
  await page.getByLabel('Credit').fill('Somebody');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page).toHaveURL(/\/admin\/media\/new\?/);
  await expect(page.getByRole('alert')).toHaveText('SVG files are not accepted.');
  await expect(page.getByLabel('Alt text (required)')).toHaveValue('A logo');
  await expect(page.getByLabel('Credit')).toHaveValue('Somebody');
});

test('the upload route answers 413 for an oversized body, 415 for a non-picture, 403 for a contributor, 401 without a session', async ({
  browser,
  request,
  baseURL,
}) => {
  const author = await signedIn(browser, AUTHOR, '198.51.100.43');
  const api = author.context().request;
  const post = (
    r: typeof api,
    multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
  ) =>
    r.post('/admin/media/upload', {
      multipart,
      headers: { Origin: baseURL!, Accept: 'application/json' },
      maxRedirects: 0,
    });
  const before = (await (await api.get('/admin/media')).text()).match(/(\d+)(?:<!-- -->)? pictures/)![1];

  const big = await post(api, {
    alt: 'Too big',
    file: { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(16 * 1024 * 1024, 1) },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).message).toMatch(/larger than 15 MB/);

  const text = await post(api, {
    alt: 'Not a picture',
    file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('just some text, not a JPEG') },
  });
  expect(text.status()).toBe(415);
  expect((await text.json()).fieldErrors.file).toMatch(/JPEG, PNG, WebP or AVIF/);

  const contributor = await signedIn(browser, CONTRIBUTOR, '198.51.100.44');
  const refused = await post(contributor.context().request, {
    alt: 'Mine',
    file: { name: 'a.png', mimeType: 'image/png', buffer: await png(800, 500) },
  });
  expect(refused.status()).toBe(403);
  expect((await contributor.context().request.get('/admin/media/new', { maxRedirects: 0 })).status()).toBe(403);

  const anonymous = await post(request, {
    alt: 'Anon',
    file: { name: 'a.png', mimeType: 'image/png', buffer: await png(800, 500) },
  });
  expect(anonymous.status()).toBe(401);

  const crossSite = await api.post('/admin/media/upload', {
    multipart: { alt: 'x', file: { name: 'a.png', mimeType: 'image/png', buffer: await png(800, 500) } },
    headers: { Origin: 'https://evil.example', Accept: 'application/json' },
  });
  expect(crossSite.status()).toBe(403);

  const after = (await (await api.get('/admin/media')).text()).match(/(\d+)(?:<!-- -->)? pictures/)![1];
  expect(after).toBe(before);
});

test('an uploaded photo with EXIF GPS is stored under a generated name, and no served variant keeps any metadata', async ({
  browser,
  baseURL,
}) => {
  const author = await signedIn(browser, AUTHOR, '198.51.100.47');
  const api = author.context().request;
  const base = await sharp({ create: { width: 1000, height: 640, channels: 3, background: { r: 30, g: 110, b: 70 } } })
    .jpeg()
    .toBuffer();
  const photo = await withGpsExif(base, { Make: 'SpyCam', Model: 'Locator 3000', Copyright: 'owner-secret-name' });
  // The fixture really carries the camera and the GPS directory.
  const source = (await sharp(photo).metadata()).exif!;
  expect(source.includes('SpyCam')).toBe(true);
  expect(source.includes(GPS_TAG)).toBe(true);

  // A hostile file name and a wrong browser type: neither is used.
  const upload = await api.post('/admin/media/upload', {
    multipart: {
      alt: `A green field ${stamp}`,
      file: { name: '../../evil name.gif', mimeType: 'image/gif', buffer: photo },
    },
    headers: { Origin: baseURL!, Accept: 'application/json' },
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: number };
  const page = await (await api.get(`/admin/media/${id}`)).text();
  const urls = [...new Set([...page.matchAll(/\/media\/(up-[0-9a-f]{16})-(\d+)\.webp/g)].map((m) => m[0]))];
  expect(urls.length).toBeGreaterThanOrEqual(5); // 320, 480, 640, 960 and 1000
  expect(page).not.toContain('evil name');
  for (const url of urls) {
    const response = await api.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('image/webp');
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    const body = await response.body();
    const meta = await sharp(body).metadata();
    expect(meta.format, url).toBe('webp');
    expect(meta.exif, url).toBeUndefined();
    expect(meta.xmp, url).toBeUndefined();
    expect(meta.iptc, url).toBeUndefined();
    for (const secret of ['SpyCam', 'Locator 3000', 'owner-secret-name', 'Exif'])
      expect(body.includes(secret), `${url} contains ${secret}`).toBe(false);
  }
});

test('the picture goes into a story with SEO overrides; the preview, the page and the crawlers show them', async ({
  browser,
  request,
}) => {
  expect(mediaId).toBeGreaterThan(0);
  const page = await signedIn(browser, AUTHOR, '198.51.100.45');
  const headline = `Harbour cranes ${stamp} return to work`;
  await writeNewArticle(page, {
    headline,
    section: 'Business',
    lede: 'The port’s cranes moved again on Thursday.',
    body: `The first ships were unloaded at dawn.\n\n![Two blue cranes over an orange harbour](media:${mediaId} "Cranes at work")\n\nMore ships are due.`,
  });
  // A refused save keeps every field, the chosen section included.
  await page.getByLabel('Body (Markdown)').fill('![A picture from elsewhere](https://example.org/x.jpg)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/images must come from the media library/)).toBeVisible();
  await expect(page.getByLabel('Section', { exact: true }).locator('option:checked')).toHaveText('Business');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await page
    .getByLabel('Body (Markdown)')
    .fill(
      `The first ships were unloaded at dawn.\n\n![Two blue cranes over an orange harbour](media:${mediaId} "Cranes at work")\n\nMore ships are due.`,
    );
  await page.getByLabel('Hero picture or video (media id, optional)').fill(String(mediaId));
  await expect(page.locator('#f-heroMediaId-hint')).toHaveText(`#${mediaId}: Two blue cranes over an orange harbour`);
  // The SEO panel: counters and the share card follow the typing.
  await page.getByLabel('Social title').fill(`Cranes swing back ${stamp}`);
  await expect(page.getByRole('region', { name: 'Share card' })).toContainText(`Cranes swing back ${stamp}`);
  await expect(page.getByRole('region', { name: 'Share card' }).getByRole('img')).toHaveAttribute(
    'alt',
    'Share picture: Two blue cranes over an orange harbour',
  );
  const longTitle = 'A meta title that is much longer than search engines show in their results';
  await page.getByLabel('Meta title').fill(longTitle);
  await expect(page.locator('#f-metaTitle-count')).toHaveText(
    `${longTitle.length} of about 60 characters: longer text is cut off`,
  );
  await page.getByLabel('Meta title').fill(`Cranes return ${stamp} | Port news`);
  await page.getByLabel('Meta description').fill('Dock cranes are working again after the strike.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByLabel('Social title')).toHaveValue(`Cranes swing back ${stamp}`);

  const previewHref = (await page.getByRole('link', { name: 'preview' }).getAttribute('href'))!;
  const preview = await (await request.get(previewHref)).text();
  expect(preview).toContain(`alt="Two blue cranes over an orange harbour"`);
  expect(preview).toContain('Cranes at work');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText('Published.');
  const response = await request.get(`/business/${id}-${slugify(headline)}`, {
    headers: { 'User-Agent': 'facebookexternalhit/1.1' },
  });
  expect(response.status()).toBe(200);
  const head = parseHead(await response.text());
  expect(head.title).toBe(`Cranes return ${stamp} | Port news`);
  expect(head.meta.get('description')).toEqual(['Dock cranes are working again after the strike.']);
  expect(head.meta.get('og:title')).toEqual([`Cranes swing back ${stamp}`]);
  expect(head.meta.get('twitter:title')).toEqual([`Cranes swing back ${stamp}`]);
  const ogImage = new URL(head.meta.get('og:image')![0]);
  const image = await request.get(ogImage.pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  const { width, height } = await sharp(await image.body()).metadata();
  expect([width, height]).toEqual([1200, 630]);
});

test('the newsroom pages staff use daily have no axe violations (WCAG 2.1 AA)', async ({ browser }) => {
  // Several pages, each a full axe run: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  const page = await signedIn(browser, AUTHOR, '198.51.100.46');
  for (const url of [
    '/admin',
    '/admin/articles',
    '/admin/articles/new',
    '/admin/media',
    '/admin/media/new',
    `/admin/media/${mediaId}`,
  ])
    await expectNoAxeViolations(page, url);
});

import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, findArticles, findTranslated } from './helpers';
import { hreflangsOf } from './seo';

// A reader in three editions: English at /, Russian at /ru, Arabic at /ar (right to left).
const noRedirect = { maxRedirects: 0 } as const;
const EDITIONS = [
  { code: 'en', prefix: '', lang: 'en-GB', hreflang: 'en', dir: 'ltr' },
  { code: 'ru', prefix: '/ru', lang: 'ru-RU', hreflang: 'ru', dir: 'ltr' },
  { code: 'ar', prefix: '/ar', lang: 'ar', hreflang: 'ar', dir: 'rtl' },
] as const;

const storyPath = (prefix: string, a: { id: number; slug: string; section: string }) =>
  `${prefix}/${a.section}/${a.id}-${a.slug}`;

async function html(request: APIRequestContext, url: string) {
  const response = await request.get(url, noRedirect);
  return { status: response.status(), body: await response.text() };
}

test('each edition answers in its language and direction; an unknown prefix is a 404', async ({ request }) => {
  for (const e of EDITIONS) {
    const page = await html(request, e.prefix || '/');
    expect(page.status, e.code).toBe(200);
    expect(page.body, e.code).toContain(`<html lang="${e.lang}" dir="${e.dir}"`);
  }
  expect((await request.get('/xx/world-news', noRedirect)).status()).toBe(404);
  expect((await request.get('/ru/no-such-section', noRedirect)).status()).toBe(404);
  // The default edition has one address per page, without its code.
  const en = await request.get('/en/world-news', noRedirect);
  expect(en.status()).toBe(308);
  expect(new URL(en.headers()['location'], 'http://x').pathname).toBe('/world-news');
});

test('a story and its translations link to each other for readers and crawlers', async ({ page, request }) => {
  const [story] = findTranslated('en', 'ru');
  expect(story, 'the demo newsroom has translated stories').toBeTruthy();
  const url = storyPath('', story);
  const own = await html(request, url);
  expect(own.status).toBe(200);
  const links = hreflangsOf(own.body);
  expect(Object.keys(links)).toEqual(expect.arrayContaining(['en', 'ru', 'x-default']));
  expect(new URL(links.en).pathname).toBe(url);
  expect(new URL(links['x-default']).pathname).toBe(url);
  expect(own.body).toMatch(/<meta property="og:locale:alternate" content="ru_RU"/);
  expect(own.body).toContain('"workTranslation"');
  // Each alternate answers 200 (no redirect), is in its language, and links back.
  for (const [lang, href] of Object.entries(links)) {
    const target = await html(request, new URL(href).pathname);
    expect(target.status, `${lang} ${href}`).toBe(200);
    expect(hreflangsOf(target.body)).toEqual(links);
  }
  const ru = await html(request, new URL(links.ru).pathname);
  expect(ru.body).toContain('<html lang="ru-RU"');
  expect(ru.body).toContain('"translationOfWork"');
  expect(ru.body).toContain('"inLanguage":"ru"');

  // The header's switcher goes to the translation, not the Russian home page.
  await page.goto(url);
  // One control in the header (the edition's flag) opens the others, without JavaScript as with it.
  await page.locator('details[data-menu="editions"] > summary').click();
  await page.getByRole('navigation', { name: 'Editions' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(links.ru).pathname}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  // And back: the Russian page's switcher names English in English.
  await page.locator('details[data-menu="editions"] > summary').click();
  await page.getByRole('navigation', { name: 'Версии сайта' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
});

test('every page type of every edition: each hreflang target answers 200 and links back', async ({ request }) => {
  const pages: string[] = [];
  for (const e of EDITIONS) {
    pages.push(e.prefix || '/');
    const [story] = findArticles('published', 1, e.code);
    pages.push(storyPath(e.prefix, story));
    const [translated] = findTranslated(e.code, e.code === 'en' ? 'ar' : 'en');
    if (translated) pages.push(storyPath(e.prefix, translated));
    pages.push(`${e.prefix}/${story.section}`, `${e.prefix}/search?q=a`);
  }
  for (const url of pages) {
    const page = await html(request, url);
    expect(page.status, url).toBe(200);
    const links = hreflangsOf(page.body);
    if (!Object.keys(links).length) continue;
    // Self-referencing, and reciprocal: every version lists this page.
    const pathnames = (l: Record<string, string>) => Object.values(l).map((h) => new URL(h).pathname);
    expect(pathnames(links), url).toContain(url);
    for (const [lang, href] of Object.entries(links)) {
      const target = await html(request, new URL(href).pathname);
      expect(target.status, `${url} → ${lang} ${href}`).toBe(200);
      expect(pathnames(hreflangsOf(target.body)), `${href} links back to ${url}`).toContain(url);
    }
  }
});

test('search stays within its edition', async ({ page }) => {
  await page.goto('/ru/search?q=%D0%BC%D0%B8%D1%80');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  const results = page.locator('main article a[href^="/ru/"]');
  await expect(results.first()).toBeVisible();
  expect(await page.locator('main article a[href^="/"]:not([href^="/ru/"])').count()).toBe(0);
});

test('Arabic pages are right to left, without axe violations, in light and dark', async ({ browser }) => {
  test.setTimeout(180_000);
  const [story] = findArticles('published-with-hero', 1, 'ar');
  const out = path.join('test-results', 'editions');
  fs.mkdirSync(out, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1366]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const url of ['/ar', storyPath('/ar', story)]) {
        await expectNoAxeViolations(page, url);
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        // Nothing sticks out sideways: a mirrored layout that broke would scroll horizontally.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${url} at ${width} px`).toBeLessThanOrEqual(0);
        const name = `${url === '/ar' ? 'home' : 'article'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(out, `ar-${name}`), fullPage: false });
      }
      await context.close();
    }
  }
});

test('the header row fits 320 and 390 px in every edition, nothing drawn over anything', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 700 });
    for (const e of EDITIONS) {
      const where = `${e.code} at ${width} px`;
      await page.goto(e.prefix || '/');
      const row = await page.evaluate(() => {
        const span = (el: Element) => {
          const box = el.getBoundingClientRect();
          return { left: Math.round(box.left), right: Math.round(box.right) };
        };
        const logo = document.querySelector('.site-logo')!;
        const actions = [...document.querySelector('.site-header__actions')!.children].filter((el) =>
          el.checkVisibility(),
        );
        return {
          width: innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          // The mark and the name, which a shrunk link once let run under the next item.
          logo: span(logo),
          logoParts: [...logo.querySelectorAll(':scope > svg, :scope > span:not(.sr-only)')].map(span),
          items: [logo, ...actions].map(span).sort((a, b) => a.left - b.left),
        };
      });
      expect(row.scrollWidth, where).toBeLessThanOrEqual(row.width);
      const [first, ...rest] = row.items;
      expect(first.left, where).toBeGreaterThanOrEqual(0);
      rest.reduce((before, item) => {
        expect(item.left, `${where}: ${JSON.stringify(row.items)}`).toBeGreaterThanOrEqual(before.right);
        return item;
      }, first);
      expect(rest.at(-1)!.right, where).toBeLessThanOrEqual(row.width);
      expect(row.logoParts, where).toHaveLength(2);
      for (const part of row.logoParts) {
        expect(part.left, `${where}: the logo's mark and name stay inside it`).toBeGreaterThanOrEqual(row.logo.left);
        expect(part.right, `${where}: the logo's mark and name stay inside it`).toBeLessThanOrEqual(row.logo.right);
      }
    }
  }
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { buildVisualFixture, VISUAL_NOW, type VisualFixture } from '@/db/tools/visual-fixture';
import { startServer, type RunningServer } from '../scripts/faults/server';
import { findArticles, pathOf, staffAccounts } from './helpers';

// Looking at the site: full-page screenshots of the main pages at a phone's and a laptop's width,
// light and dark, kept as files (test-results/screenshots, also attached to the report), and
// Playwright's screenshot comparison on a fixed-content fixture that fails on a visual regression.
//
// After an intended change of design, regenerate the baselines (e2e/visual.spec.ts-snapshots/) and
// commit them after looking at them:
//   flock /tmp/e2e.lock npx tsx scripts/e2e.ts --project=visual --no-deps --update-snapshots=all e2e/visual.spec.ts

const WIDTHS = [390, 1366] as const;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const VARIANTS = WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ width, scheme })));

/** Where the screenshots go: a fixed folder inside Playwright's output, so CI can keep it (scripts/screenshots.ts copies from it). */
const SCREENSHOT_DIR = path.join(process.cwd(), 'test-results', 'screenshots');

/**
 * Waits until the page is what a reader sees: web fonts loaded, every picture loaded (lazy ones
 * too, which a full-page screenshot would otherwise show empty below the fold).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const img of Array.from(document.images)) img.loading = 'eager';
    await document.fonts.ready;
    await Promise.all(Array.from(document.images).map((img) => (img.complete ? null : img.decode().catch(() => null))));
  });
}

/** A page worth a screenshot: its main landmark and a headline are there, and nothing is wider than the screen. */
async function expectRendered(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('main'), label).toBeVisible();
  await expect(page.locator('h1').first(), label).toHaveText(/\S/);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label}: no horizontal scrolling`).toBeLessThanOrEqual(innerWidth);
}

async function show(page: Page, url: string, width: number, scheme: Scheme): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await settle(page);
}

/** Shoots the page at every width and scheme into SCREENSHOT_DIR, attaching each to the report. */
async function shootAll(page: Page, testInfo: TestInfo, name: string, url: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const { width, scheme } of VARIANTS) {
    await show(page, url, width, scheme);
    const label = `${name} at ${width} px, ${scheme}`;
    await expectRendered(page, label);
    const file = path.join(SCREENSHOT_DIR, `${name}-${width}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    await testInfo.attach(`${name}-${width}-${scheme}.png`, { path: file, contentType: 'image/png' });
  }
}

test.describe('screenshots of the e2e site', () => {
  const readerPages = () => {
    const article = findArticles('published-with-hero', 1)[0];
    return [
      { name: 'home', url: '/' },
      { name: 'front', url: '/world-news' },
      { name: 'article', url: pathOf(article) },
    ];
  };
  for (const name of ['home', 'front', 'article'] as const) {
    test(`${name}: 390 and 1366 px, light and dark`, async ({ page }, testInfo) => {
      const { url } = readerPages().find((p) => p.name === name)!;
      await shootAll(page, testInfo, name, url);
    });
  }

  test('search with results: 390 and 1366 px, light and dark', async ({ page }, testInfo) => {
    await show(page, '/search?q=oil', 1366, 'light');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await shootAll(page, testInfo, 'search', '/search?q=oil');
  });

  test.describe('the newsroom, signed in as an editor', () => {
    // One worker: the account is created once, before its tests.
    test.describe.configure({ mode: 'serial' });
    const EDITOR = { email: 'vera.visual@example.test', name: 'Vera Visual', role: 'editor' };
    const signedIn = staffAccounts('visual e2e password 4', [EDITOR]);

    test('the article list and an article in the editor: 390 and 1366 px, light and dark', async ({
      browser,
    }, testInfo) => {
      const page = await signedIn(browser, EDITOR, '198.51.100.96');
      await shootAll(page, testInfo, 'newsroom-articles', '/admin/articles');
      const article = findArticles('published-with-hero', 1)[0];
      await shootAll(page, testInfo, 'newsroom-editor', `/admin/articles/${article.id}`);
      await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(article.title);
    });
  });
});

/*
 * Screenshot comparison on a fixture whose content never changes: its own small database (a fixed
 * seed, every date before 2026-01-05), served by a production server of the same build on a port
 * of its own, with the browser's clock frozen at the fixture's "now".
 *
 * Tolerance: a pixel counts as different past Playwright's default colour distance (threshold 0.2,
 * in YIQ space), which absorbs antialiasing shades; a page may differ in up to 0.5% of its pixels,
 * room for a few glyph edges hinted or positioned differently on another machine (the fonts are
 * self-hosted, so the glyphs are the same everywhere). A regression that matters (a colour, a
 * font, a spacing, a picture missing) moves far more than that; see the figures in the report of issue 19.
 */
const TOLERANCE = { maxDiffPixelRatio: 0.005, threshold: 0.2 };

test.describe('screenshot comparison on the fixed fixture', () => {
  // VISUAL_BUILD compares another build folder, e.g. a copy with a deliberate change, to see the comparison fail.
  const distDir = process.env.VISUAL_BUILD || process.env.NEXT_DIST_DIR || '.next-e2e';
  const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/e2e-media');
  let work = '';
  let database = '';
  let visualDist = '';
  let fixture: VisualFixture;
  let server: RunningServer | null = null;

  test.beforeAll(async ({}, testInfo) => {
    test.setTimeout(120_000);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-visual-'));
    database = path.join(work, 'news.db');
    fixture = await buildVisualFixture(database, mediaDir);
    // A copy of the build without its prerendered pages: those were rendered from the e2e database
    // (and a server writes the pages it renders back into its build folder, which the e2e server reads).
    visualDist = `.next-visual-${testInfo.parallelIndex}`;
    copyBuildWithoutPages(distDir, visualDist);
    server = await startServer({ port: 3330 + (testInfo.parallelIndex % 10), database, distDir: visualDist, mediaDir });
  });

  test.afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    fs.rmSync(work, { recursive: true, force: true });
    if (visualDist) fs.rmSync(visualDist, { recursive: true, force: true });
  });

  for (const name of ['home', 'front', 'article'] as const) {
    test(`${name} looks as it did: 390 and 1366 px, light and dark`, async ({ page }) => {
      test.setTimeout(180_000);
      const url = server!.origin + { home: '/', front: fixture.front, article: fixture.article }[name];
      await page.clock.setFixedTime(VISUAL_NOW);
      for (const { width, scheme } of VARIANTS) {
        await show(page, url, width, scheme);
        await expectRendered(page, `${name} at ${width} px, ${scheme}`);
        if (name !== 'article') await expect(page.locator(`a[href$="${fixture.article}"]`).first()).toBeVisible();
        await expect.soft(page).toHaveScreenshot(`${name}-${width}-${scheme}.png`, {
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
          // Two identical full-page screenshots in a row: seconds each for a long page on a busy machine.
          timeout: 30_000,
          // The footer's copyright year comes from the server's clock, not the fixture.
          mask: [page.locator('footer').getByText(/©/)],
          ...TOLERANCE,
        });
      }
    });
  }
});

/** Copies Next's build folder FROM to TO without any page rendered from another database (at build time or since). */
function copyBuildWithoutPages(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  // cache: Next's data cache; server/route-cache: the pages a running server rendered.
  const skip = new Set(['cache', path.join('server', 'route-cache')]);
  fs.cpSync(from, to, { recursive: true, filter: (src) => !skip.has(path.relative(from, src)) });
  const manifest = JSON.parse(fs.readFileSync(path.join(to, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  for (const route of Object.keys(manifest.routes)) {
    // Error pages and files (icons) are the same whatever the database holds.
    if (route.startsWith('/_') || route.includes('.')) continue;
    const base = path.join(to, 'server', 'app', route === '/' ? 'index' : route);
    for (const ext of ['.html', '.rsc', '.meta', '.segments']) fs.rmSync(base + ext, { recursive: true, force: true });
  }
}

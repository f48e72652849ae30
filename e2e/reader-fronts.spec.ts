import { expect, test, type Page } from '@playwright/test';

/** Every story link a front shows in its curated containers and its "More from…" list (not the rail). */
async function frontStoryLinks(page: Page): Promise<string[]> {
  return page
    .locator('.front-body > :not(.front-rail)')
    .locator('.fc__link, .list-stories h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('the home page is a front: lead, top stories of mixed sizes, opinion with faces, section rows, most read', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeAttached();

  // The lead: one splash with its picture, its headline bigger than any other card's.
  const lead = page.locator('section[data-container="lead"]');
  await expect(lead).toHaveCount(1);
  await expect(lead.locator('.fc--splash img')).toBeVisible();
  const leadSize = await lead
    .locator('.fc__headline')
    .first()
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));

  // Top stories: a named region whose cards are not all one size.
  const top = page.getByRole('region', { name: 'Top stories' });
  await expect(top).toBeVisible();
  const sizes = await top
    .locator('.fc')
    .evaluateAll((cards) => cards.map((c) => [...c.classList].find((k) => /^fc--(large|medium|small|text)$/.test(k))));
  expect(new Set(sizes).size).toBeGreaterThan(1);
  const topSize = await top
    .locator('.fc__headline')
    .first()
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(leadSize).toBeGreaterThan(topSize);

  // Section rows: headed by a link to their section, four stories each.
  const rows = page.locator('section[data-container="row"]');
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  const sport = page.getByRole('region', { name: 'Sport' });
  await expect(sport.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', '/sport');
  await expect(sport.locator('.fc')).toHaveCount(4);

  // Opinion: the columnist's name and a round cut-out (their portrait, or initials on a disc).
  const opinion = page.locator('section[data-container="opinion"]');
  await expect(opinion).toHaveCount(1);
  const columnists = opinion.locator('.fc');
  expect(await columnists.count()).toBeGreaterThan(0);
  await expect(columnists.first().locator('.fc__columnist')).not.toBeEmpty();
  const cutout = columnists.first().locator('.fc__avatar');
  await expect(cutout).toBeVisible();
  expect(await cutout.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('50%');
  // A portrait is decoration here (the name is printed beside it): its alt is empty.
  for (const alt of await opinion
    .locator('.fc__avatar img')
    .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))))
    expect(alt).toBe('');

  // Most read: ten stories when there are counts, in the rail on wide screens.
  const mostRead = page.locator('.front-rail .most-read');
  await expect(mostRead).toBeVisible();
  expect(await mostRead.locator('li').count()).toBeGreaterThanOrEqual(1);

  // No story twice in the curated containers.
  const links = await frontStoryLinks(page);
  expect(links.length).toBeGreaterThan(20);
  expect(links.filter((l, i) => links.indexOf(l) !== i)).toEqual([]);
});

test('a section front: header, lead, top stories, then "More from…" and real pagination', async ({ page }) => {
  await page.goto('/sport');
  await expect(page.getByRole('heading', { level: 1, name: 'Sport' })).toBeVisible();
  await expect(page.locator('.front-header__description')).not.toBeEmpty();
  await expect(page.locator('section[data-container="lead"] .fc--splash')).toHaveCount(1);
  await expect(page.locator('section[data-container="top"] .fc').first()).toBeVisible();
  const more = page.getByRole('region', { name: 'More from Sport' });
  await expect(more.locator('.list-stories > li').first()).toBeVisible();
  // The pagination follows the list; page 2 is the plain list.
  const pager = more.getByRole('navigation', { name: 'Pagination' });
  await expect(pager.getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/sport?page=2');
  await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', /\/sport\?page=2$/);

  // Nothing twice, and nothing of the front repeated in the list below it.
  const links = await frontStoryLinks(page);
  expect(links.filter((l, i) => links.indexOf(l) !== i)).toEqual([]);

  await pager.getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/sport\?page=2$/);
  await expect(page.locator('.list-count')).toContainText('page 2 of');
  const page2 = await page
    .locator('.list-stories h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(page2.filter((l) => links.includes(l))).toEqual([]);
});

test('the largest picture loads first and eagerly; every other picture is lazy', async ({ page }) => {
  for (const url of ['/', '/sport', '/op-ed']) {
    await page.goto(url);
    const loading = await page
      .locator('main img')
      .evaluateAll((imgs) =>
        imgs.map((i) => ({ loading: i.getAttribute('loading'), priority: i.getAttribute('fetchpriority') })),
      );
    expect(loading.length, url).toBeGreaterThan(1);
    const eager = loading.filter((l) => l.loading === 'eager');
    expect(eager, url).toEqual([{ loading: 'eager', priority: 'high' }]);
    expect(
      loading.filter((l) => l.loading !== 'lazy' && l.loading !== 'eager'),
      url,
    ).toEqual([]);
    // The eager one is the lead's (or, with no lead picture, the first picture of the page).
    const first = page.locator('main img').first();
    await expect(first, url).toHaveAttribute('loading', 'eager');
  }
});

test('fronts fit a 320 px phone: nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const url of ['/', '/sport', '/op-ed', '/tags/oil']) {
    await page.goto(url);
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(scroll, url).toBeLessThanOrEqual(inner);
  }
});

test('every picture on a front or list asks for about the width it is drawn at, on a phone and a desktop', async ({
  browser,
}) => {
  // `sizes` must follow the layout (lib/media.ts): a 104 px list thumbnail that says "100vw" makes a
  // phone download a picture nine times the pixels it shows.
  for (const { width, scale } of [
    { width: 390, scale: 2 },
    { width: 1366, scale: 1 },
  ]) {
    for (const url of ['/', '/sport', '/tags/oil']) {
      // A fresh context per page: no larger copy of a picture in the memory cache to reuse.
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: scale });
      const page = await context.newPage();
      await page.goto(url);
      // Load every picture now (the lazy ones included) and wait for them.
      await page
        .locator('main img[srcset]')
        .evaluateAll((imgs) => imgs.forEach((i) => i.setAttribute('loading', 'eager')));
      await expect
        .poll(() =>
          page.locator('main img[srcset]').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete)),
        )
        .toBe(true);
      const pictures = await page.locator('main img[srcset]').evaluateAll(
        (imgs, dpr) =>
          imgs
            .map((i) => i as HTMLImageElement)
            .filter((i) => i.getBoundingClientRect().width > 0)
            .map((i) => ({
              src: i.currentSrc,
              needed: Math.ceil(i.getBoundingClientRect().width * dpr),
              variants: i.srcset
                .split(',')
                .map((c) => Number(c.trim().split(/\s+/)[1].replace('w', '')))
                .sort((a, b) => a - b),
            })),
        scale,
      );
      expect(pictures.length, url).toBeGreaterThan(1);
      // A picture shown twice on a page (the lead's, again in a row below) is fetched once, at the larger width.
      const file = (src: string) => src.replace(/-\d+\.webp$/, '');
      const once = pictures.filter((p) => pictures.filter((q) => file(q.src) === file(p.src)).length === 1);
      // The smallest variant that covers the drawn width (or the largest there is); the browser may take a smaller one.
      const tooWide = once.filter(({ src, needed, variants }) => {
        const chosen = Number(/-(\d+)\.webp$/.exec(src)?.[1]);
        return chosen > (variants.find((v) => v >= needed) ?? Math.max(...variants));
      });
      expect(
        tooWide.map((p) => `${p.src} drawn ${p.needed} px wide`),
        `${url} at ${width} px`,
      ).toEqual([]);
      await context.close();
    }
  }
});

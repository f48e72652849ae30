import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { changeArticle, findArticles, FROM_CACHE, pathOf, REVALIDATE_TOKEN } from './helpers';
import { decodeEntities, jsonLd, parseHead } from './seo';

// This journey edits the shared e2e database, so its steps run in order.
test.describe.configure({ mode: 'serial' });

/**
 * What the page says once an invalidation has taken. Next expires a tag by time, so a cache
 * write that began before the invalidation and lands after it (a loaded machine's slow write)
 * counts as newer: lib/cache.ts repeats every invalidation FOLLOWUP_DELAY_MS later for exactly
 * that. Readers see the change at once or, in that race, within the follow-up's seconds.
 */
const soon = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, intervals: [100, 250, 500] });
test('reader pages are served from the cache with CDN-friendly Cache-Control, longer for older stories', async ({
  request,
}) => {
  const [fresh] = findArticles('published', 1);
  const [week] = findArticles('published-this-week', 1);
  const [archive] = findArticles('published-archive', 1);
  const week7 = 7 * 24 * 3600;
  const expected: [string, number][] = [
    ['/', 60],
    ['/business', 60],
    ['/business?page=2', 60],
    ['/tags/oil', 60],
    [pathOf(fresh), 60],
    [pathOf(week), 300],
    // An archive story would keep an hour, but its rail shows most read, which refreshes every
    // five minutes (readMostRead, ADR 0012): the page lives as long as its shortest read.
    [pathOf(archive), 300],
  ];
  for (const [url, maxAge] of expected) {
    await request.get(url); // first request renders (or finds the prerendered page)
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control'], url).toBe(
      `public, s-maxage=${maxAge}, stale-while-revalidate=${week7 - maxAge}, stale-if-error=${week7}`,
    );
    expect(response.headers()['x-nextjs-cache'], url).toMatch(FROM_CACHE);
  }
  const media = await request.get(
    (await (await request.get(pathOf(fresh))).text()).match(/\/media\/[a-z0-9-]+-\d+\.webp/)![0],
  );
  expect(media.status()).toBe(200);
  expect(media.headers()['content-type']).toBe('image/webp');
  expect(media.headers()['cache-control']).toContain('immutable');
});

test('a change reaches readers as soon as the article is invalidated, and not before', async ({ request }) => {
  // An older article, away from the home page that other tests read.
  const [article] = findArticles('published', 200).slice(-1);
  const url = pathOf(article);
  const original = article.title;
  const corrected = `${original} (corrected)`;
  const invalidate = () =>
    request.post('/api/revalidate', {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: article.id },
    });

  try {
    // The production server keeps Next's cached answer for a second (lib/response-cache.ts) and
    // replays it: once Next has the page in its cache (this older story may first be rendered).
    let again = await request.get(url);
    await expect
      .poll(async () => (again = await request.get(url)).headers()['x-server-cache'], { timeout: 10_000 })
      .toBe('HIT');
    expect(again.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
    expect(await again.text()).toContain(original.replace(/&/g, '&amp;'));
    // Requests with any cookie, and React's own requests, always reach Next.
    expect((await request.get(url, { headers: { Cookie: 'theme=dark' } })).headers()['x-server-cache']).toBeUndefined();
    expect((await request.get(url, { headers: { RSC: '1' } })).headers()['x-server-cache']).toBeUndefined();

    changeArticle(article.id, { title: corrected });
    // Still the cached page: a database change alone never reaches readers.
    expect(await (await request.get(url)).text()).not.toContain('(corrected)');

    expect((await invalidate()).status()).toBe(200);
    // The invalidation emptied the server's kept answers too.
    const fresh = await request.get(url);
    expect(fresh.status()).toBe(200);
    expect(fresh.headers()['x-server-cache']).toBe('MISS');
    await soon(async () => (await request.get(url)).text()).toContain('(corrected)');
    // The section front shows it too (if the article is on its first page) — and the tag pages are expired.
    // Unpublishing makes it a 404 at once after invalidation.
    changeArticle(article.id, { status: 'unpublished' });
    expect((await invalidate()).status()).toBe(200);
    await soon(async () => (await request.get(url, { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    changeArticle(article.id, { title: original, status: 'published' });
    await invalidate();
  }
  await soon(async () => {
    const restored = await request.get(url);
    return restored.status() === 200 && !(await restored.text()).includes('(corrected)');
  }).toBe(true);
});

test('search follows every edit at once: a corrected headline is found, an unpublished story is gone', async ({
  request,
}) => {
  const [article] = findArticles('published', 150).slice(-1);
  const marker = `Zephyrine${Date.now().toString(36)}`;
  const results = async (q: string) => {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status()).toBe(200);
    return response.text();
  };
  try {
    expect(await results(marker)).toContain('No stories match');
    changeArticle(article.id, { title: `${marker} ${article.title}` });
    // No invalidation needed: search is per request and its index follows the write.
    const found = await results(marker);
    expect(found).toContain(`href="${pathOf(article)}"`);
    expect(found).toContain(`<mark>${marker}</mark>`);
    changeArticle(article.id, { status: 'unpublished' });
    expect(await results(marker)).not.toContain(`href="${pathOf(article)}"`);
  } finally {
    changeArticle(article.id, { title: article.title, status: 'published' });
  }
  expect(await results(marker)).toContain('No stories match');
});

test('publishing puts a story on the home page and its section front at once', async ({ request }) => {
  const [draft] = findArticles('draft', 1);
  expect(draft).toBeTruthy();
  const invalidate = () =>
    request.post('/api/revalidate', {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: draft.id },
    });
  await request.get('/');
  expect(await (await request.get('/')).text()).not.toContain(`/${draft.id}-${draft.slug}`);
  try {
    changeArticle(draft.id, { status: 'published', publishedAt: 'now' });
    expect((await invalidate()).status()).toBe(200);
    await soon(async () => (await request.get('/')).text()).toContain(`/${draft.id}-${draft.slug}`);
    await soon(async () => (await request.get(`/${draft.section}`)).text()).toContain(`/${draft.id}-${draft.slug}`);
    await soon(async () => (await request.get(pathOf(draft))).status()).toBe(200);
  } finally {
    changeArticle(draft.id, { status: 'draft', publishedAt: null });
    await invalidate();
  }
  await soon(async () => (await request.get(pathOf(draft))).status()).toBe(404);
});

test("unpublishing takes a story out of other articles' related blocks at once", async ({ request }) => {
  const [article] = findArticles('published', 150).slice(-1);
  const relatedHrefs = (html: string) =>
    [...(html.split('id="related-heading"')[1] ?? '').matchAll(/href="(\/[a-z-]+\/\d+-[^"]+)"/g)].map((m) => m[1]);
  await request.get(pathOf(article));
  const before = relatedHrefs(await (await request.get(pathOf(article))).text());
  expect(before.length).toBeGreaterThanOrEqual(4);
  const victimId = Number(/\/(\d+)-/.exec(before[0])![1]);
  const invalidate = () =>
    request.post('/api/revalidate', {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: victimId },
    });
  try {
    changeArticle(victimId, { status: 'unpublished' });
    expect((await invalidate()).status()).toBe(200);
    let after: string[] = [];
    await soon(async () => {
      after = relatedHrefs(await (await request.get(pathOf(article))).text());
      return after.some((href) => href.includes(`/${victimId}-`));
    }).toBe(false);
    expect(after.length).toBeGreaterThanOrEqual(4);
  } finally {
    changeArticle(victimId, { status: 'published' });
    await invalidate();
  }
});

test('a corrected headline reaches the related blocks that show the story at once; article pages that do not show it stay cached', async ({
  request,
}) => {
  const relatedBlock = (html: string) => html.split('id="related-heading"')[1]?.split('</section>')[0] ?? '';
  const relatedIds = (html: string) =>
    [...relatedBlock(html).matchAll(/href="\/[a-z-]+\/(\d+)-[^"]+"/g)].map((m) => Number(m[1]));
  /** The page once Next answers it from its cache (a page not rendered yet is rendered first). */
  const cached = async (url: string) => {
    let response = await request.get(url);
    await expect
      .poll(async () => (response = await request.get(url)).headers()['x-nextjs-cache'], { timeout: 10_000 })
      .toMatch(FROM_CACHE);
    return response.text();
  };
  const [article] = findArticles('published', 180).slice(-1);
  const [victimId] = relatedIds(await cached(pathOf(article)));
  expect(victimId).toBeGreaterThan(0);
  // The article the proxy journey corrects at the same time is avoided too.
  const busy = new Set([
    victimId,
    article.id,
    ...findArticles('published', 120)
      .slice(-1)
      .map((a) => a.id),
  ]);
  let bystander: typeof article | undefined;
  for (const candidate of findArticles('published-archive', 12)) {
    if (busy.has(candidate.id)) continue;
    if (!relatedIds(await cached(pathOf(candidate))).some((id) => busy.has(id))) {
      bystander = candidate;
      break;
    }
  }
  expect(bystander, 'an archive article whose related block shows none of the changed stories').toBeTruthy();
  const [victim] = findArticles('published', 10_000).filter((a) => a.id === victimId);
  const marker = `Corrected ${Date.now().toString(36)}`;
  const invalidate = () =>
    request.post('/api/revalidate', {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: victimId },
    });
  try {
    changeArticle(victimId, { title: `${marker}: ${victim.title}` });
    expect((await invalidate()).status()).toBe(200);
    // The page that shows the story in its related block was expired through the story's own tag.
    await soon(async () => relatedBlock(await (await request.get(pathOf(article))).text())).toContain(marker);
    // A page that does not show it is still the one in Next's cache: nothing else was expired.
    const other = await request.get(pathOf(bystander!));
    expect(other.status()).toBe(200);
    expect(other.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
  } finally {
    changeArticle(victimId, { title: victim.title });
    await invalidate();
  }
  await soon(async () => relatedBlock(await (await request.get(pathOf(article))).text())).not.toContain(marker);
});

test('the invalidation endpoint checks who is calling', async ({ request }) => {
  expect((await request.post('/api/revalidate', { data: { articleId: 1 } })).status()).toBe(401);
  expect(
    (
      await request.post('/api/revalidate', {
        headers: { Authorization: 'Bearer wrong-token-wrong-token' },
        data: { articleId: 1 },
      })
    ).status(),
  ).toBe(401);
  expect(
    (
      await request.post('/api/revalidate', {
        headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
        data: { articleId: 'x' },
      })
    ).status(),
  ).toBe(400);
});

test('a headline full of "<>&\' and Cyrillic survives into every tag, the JSON-LD, the feeds and the sitemaps', async ({
  request,
}) => {
  const [, , article] = findArticles('published', 3);
  const hostile = `Test "quotes" <b>tags</b> & 'apostrophes' — Москва 🚀 ${article.id}`;
  const invalidate = () =>
    request.post('/api/revalidate', {
      headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
      data: { articleId: article.id },
    });
  try {
    changeArticle(article.id, { title: hostile });
    expect((await invalidate()).status()).toBe(200);

    const html = await (await request.get(pathOf(article))).text();
    expect(html).not.toContain('<b>tags</b>');
    const head = parseHead(html);
    expect(head.title).toBe(`${hostile} | Meridian`);
    for (const key of ['og:title', 'twitter:title']) expect(head.meta.get(key), key).toEqual([hostile]);
    const [news] = jsonLd(html);
    expect(news.headline).toBe(hostile);
    const image = await request.get(head.meta.get('og:image')![0]);
    expect(image.status()).toBe(200);

    const parser = new Parser();
    for (const feedUrl of ['/rss.xml', `/${article.section}/rss.xml`]) {
      const feed = await parser.parseString(await (await request.get(feedUrl)).text());
      expect(
        feed.items.map((i) => i.title),
        feedUrl,
      ).toContain(hostile);
    }
    const newsSitemap = await (await request.get('/sitemaps/news.xml')).text();
    const newsTitles = [
      ...newsSitemap.matchAll(/<news:title>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/news:title>/g),
    ].map((m) => (m[1] !== undefined ? m[1] : decodeEntities(m[2])));
    expect(newsTitles).toContain(hostile);
  } finally {
    changeArticle(article.id, { title: article.title });
    await invalidate();
  }
});

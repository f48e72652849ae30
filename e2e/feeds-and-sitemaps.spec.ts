import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { findArticles, findTranslated, firstSlug, FROM_CACHE, pathOf, REVALIDATE_TOKEN } from './helpers';

/** The editions of the demo newsroom and their address prefixes. */
const EDITION_PREFIXES = [
  ['en', ''],
  ['ru', '/ru'],
  ['ar', '/ar'],
] as const;

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';
const SCHEMAS = path.join(process.cwd(), 'e2e', 'schemas');
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const HOUR = 3600 * 1000;

const parser = new Parser<Record<string, unknown>, { mediaContent?: { $: Record<string, string> } }>({
  customFields: { item: [['media:content', 'mediaContent']] },
});

/** xmllint, offline, on a response body written to a temp file; with a schema it validates. */
function xmllint(xml: string, schema?: string): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-e2e-'));
  try {
    const file = path.join(dir, 'doc.xml');
    fs.writeFileSync(file, xml);
    const args = ['--noout', '--nonet', ...(schema ? ['--schema', path.join(SCHEMAS, schema)] : []), file];
    const result = spawnSync('xmllint', args, { encoding: 'utf8' });
    if (result.error) throw result.error;
    return result.status === 0 ? null : `${result.stdout}${result.stderr}`.slice(0, 2000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]!;
  });
}

const all = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => decodeXml(m[1]));
const pathname = (url: string) => new URL(url).pathname;

async function getXml(request: APIRequestContext, url: string, type: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe(type);
  return response.text();
}

async function getSitemap(request: APIRequestContext, url: string, schema = 'urlset.xsd') {
  const xml = await getXml(request, url, XML_TYPE);
  expect(xmllint(xml, schema), `${url} against ${schema}`).toBeNull();
  return xml;
}

/** Published articles (newest first) by section slug. */
function publishedBySection() {
  const bySection = new Map<string, ReturnType<typeof findArticles>>();
  for (const a of findArticles('published', 100_000))
    bySection.set(a.section, [...(bySection.get(a.section) ?? []), a]);
  return bySection;
}

test('the site feed is RSS 2.0 with the newest 50 published articles', async ({ request, baseURL }) => {
  const xml = await getXml(request, '/rss.xml', RSS_TYPE);
  expect(xmllint(xml)).toBeNull();
  const feed = await parser.parseString(xml);
  const newest = findArticles('published', 50);
  expect(feed.items).toHaveLength(50);
  expect(feed.items.map((i) => pathname(i.link!))).toEqual(newest.map(pathOf));
  expect(feed.items.map((i) => i.title)).toEqual(newest.map((a) => a.title));
  expect(feed.title).toBe('Meridian');
  expect(feed.link).toBe(`${baseURL}/`);
  expect(feed.language).toBe('en');
  expect(new Date(feed.lastBuildDate as string).getTime()).toBeGreaterThan(0);
  expect(xml).toContain(`<atom:link href="${baseURL}/rss.xml" rel="self" type="application/rss+xml"/>`);

  for (const [i, item] of feed.items.entries()) {
    expect(item.guid).toBe(`tag:${new URL(baseURL!).hostname},2026:article:${newest[i].id}`);
    expect(item.pubDate).toMatch(RFC822);
    expect(item.creator, item.link).toBeTruthy();
    expect(item.categories?.length, item.link).toBeGreaterThan(0);
    expect(item.content, item.link).toBeTruthy(); // the lede
  }
  expect(xml.match(/<guid isPermaLink="false">/g)).toHaveLength(50);

  // Hero pictures: the 960w variant, with its real byte size.
  const withHero = feed.items.filter((i) => i.enclosure);
  expect(withHero.length).toBeGreaterThan(0);
  const { enclosure, mediaContent } = withHero[0];
  expect(enclosure!.url).toMatch(new RegExp(`^${baseURL}/media/[a-z0-9-]+-960\\.webp$`));
  expect(enclosure!.type).toBe('image/webp');
  expect(mediaContent?.$.url).toBe(enclosure!.url);
  const image = await request.get(enclosure!.url);
  expect(image.status()).toBe(200);
  expect(Number(enclosure!.length)).toBe((await image.body()).length);
  const withoutHero = new Set(findArticles('published-without-hero', 1000).map(pathOf));
  for (const item of feed.items)
    expect(Boolean(item.enclosure), item.link).toBe(!withoutHero.has(pathname(item.link!)));
});

test('each section feed has its newest 50 (or all) published articles', async ({ request, baseURL }) => {
  const bySection = publishedBySection();
  expect(bySection.size).toBeGreaterThan(1);
  expect([...bySection.values()].some((list) => list.length > 50)).toBe(true);
  for (const [section, articles] of bySection) {
    const url = `/${section}/rss.xml`;
    const feed = await parser.parseString(await getXml(request, url, RSS_TYPE));
    const expected = articles.slice(0, 50);
    expect(
      feed.items.map((i) => pathname(i.link!)),
      url,
    ).toEqual(expected.map(pathOf));
    expect(feed.link, url).toBe(`${baseURL}/${section}`);
    expect(feed.title, url).toMatch(/ \| Meridian$/);
    const sectionName = feed.title!.replace(/ \| Meridian$/, '');
    for (const item of feed.items) expect(item.categories?.[0], item.link).toBe(sectionName);
  }
});

test('tag feeds list the tag’s newest published articles; unknown sections and tags are 404', async ({
  request,
  baseURL,
}) => {
  // The default edition's tags (the others' are under /ru/tags/…, /ar/tags/…).
  const tags = all(await getSitemap(request, '/sitemaps/tags.xml'), 'loc')
    .map((u) => pathname(u))
    .filter((p) => p.startsWith('/tags/'))
    .map((p) => p.replace('/tags/', ''));
  for (const tag of [...new Set([firstSlug('tags'), ...tags.slice(0, 2)])]) {
    const page = await (await request.get(`/tags/${tag}`)).text();
    const total = Number(/class="list-count">([\d,]+) stor/.exec(page)?.[1].replace(/,/g, ''));
    expect(total, tag).toBeGreaterThan(0);
    const feed = await parser.parseString(await getXml(request, `/tags/${tag}/rss.xml`, RSS_TYPE));
    expect(feed.items, tag).toHaveLength(Math.min(50, total));
    expect(feed.link).toBe(`${baseURL}/tags/${tag}`);
    const tagName = feed.title!.replace(/ \| Meridian$/, '');
    const dates = feed.items.map((i) => Date.parse(i.pubDate!));
    expect(dates, tag).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) expect(item.categories, item.link).toContain(tagName);
  }
  for (const url of ['/no-such-section/rss.xml', '/tags/no-such-tag/rss.xml']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test('the sitemap index lists the article chunk and the section, tag, author and news sitemaps', async ({
  request,
  baseURL,
}) => {
  const xml = await getSitemap(request, '/sitemap.xml', 'sitemapindex.xsd');
  expect(all(xml, 'loc')).toEqual(
    ['articles-1', 'sections', 'tags', 'authors', 'news', 'news-ru', 'news-ar'].map(
      (name) => `${baseURL}/sitemaps/${name}.xml`,
    ),
  );
  for (const url of ['/sitemaps/articles-2.xml', '/sitemaps/articles-0.xml', '/sitemaps/nope.xml', '/sitemaps/news']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test('the article sitemap has every published article exactly once, with lastmod and hero, and no drafts', async ({
  request,
}) => {
  const xml = await getSitemap(request, '/sitemaps/articles-1.xml');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);
  const locs = urls.map((u) => pathname(all(u, 'loc')[0]));
  // Every edition's stories, each at its edition's address.
  const published = EDITION_PREFIXES.flatMap(([edition, prefix]) =>
    findArticles('published', 100_000, edition).map((a) => `${prefix}${pathOf(a)}`),
  );
  expect(published.length).toBeGreaterThan(50); // 400 English in the seeded e2e newsroom, and ru and ar
  expect(locs).toHaveLength(published.length);
  expect(new Set(locs).size).toBe(locs.length);
  expect(new Set(locs)).toEqual(new Set(published));
  // A translated story lists its versions (itself included) as xhtml:link alternates.
  const [translated] = findTranslated('en', 'ru');
  const entry = urls[locs.indexOf(pathOf(translated))];
  expect(entry).toMatch(/<xhtml:link rel="alternate" hreflang="ru" href="[^"]+\/ru\//);
  expect(entry).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]+"/);
  // In id order.
  const ids = locs.map((p) => Number(/\/(\d+)-/.exec(p)![1]));
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  for (const hidden of [
    ...findArticles('draft', 100),
    ...findArticles('scheduled', 100),
    ...findArticles('unpublished', 100),
  ]) {
    expect(xml).not.toContain(`/${hidden.id}-`);
  }
  const withoutHero = new Set(
    EDITION_PREFIXES.flatMap(([edition, prefix]) =>
      findArticles('published-without-hero', 1000, edition).map((a) => `${prefix}${pathOf(a)}`),
    ),
  );
  for (const [i, block] of urls.entries()) {
    expect(all(block, 'lastmod'), locs[i]).toHaveLength(1);
    expect(block.includes('<image:image>'), locs[i]).toBe(!withoutHero.has(locs[i]));
  }
});

test('the news sitemap has only articles published in the last 48 hours', async ({ request }) => {
  const xml = await getSitemap(request, '/sitemaps/news.xml');
  const now = Date.now();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(1000);
  const published = new Map(findArticles('published', 100_000).map((a) => [pathOf(a), a]));
  const dates: number[] = [];
  for (const block of urls) {
    const loc = pathname(all(block, 'loc')[0]);
    const article = published.get(loc);
    expect(article, loc).toBeTruthy();
    expect(all(block, 'news:title')).toEqual([article!.title]);
    expect(all(block, 'news:name')).toEqual(['Meridian']);
    expect(all(block, 'news:language')).toEqual(['en']);
    const date = Date.parse(all(block, 'news:publication_date')[0]);
    // The sitemap may be up to its 300 s lifetime old.
    expect(date, loc).toBeGreaterThanOrEqual(now - 48 * HOUR - 10 * 60 * 1000);
    expect(date, loc).toBeLessThanOrEqual(now);
    dates.push(date);
  }
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  // Every article of the site feed published well within the window is there.
  const feed = await parser.parseString(await getXml(request, '/rss.xml', RSS_TYPE));
  const news = new Set(urls.map((b) => pathname(all(b, 'loc')[0])));
  const recent = feed.items.filter((i) => Date.parse(i.pubDate!) >= now - 47 * HOUR);
  expect(recent.length).toBeGreaterThan(0);
  for (const item of recent) expect(news.has(pathname(item.link!)), item.link).toBe(true);
});

test('section, tag and author sitemaps list those pages', async ({ request, baseURL }) => {
  const sections = all(await getSitemap(request, '/sitemaps/sections.xml'), 'loc');
  // Every edition's home page first.
  expect(sections.slice(0, 3)).toEqual([`${baseURL}/`, `${baseURL}/ru`, `${baseURL}/ar`]);
  // The site's own pages (/info/…) follow the sections (e2e/reader-footer.spec.ts checks them);
  // the default edition's sections are the unprefixed ones.
  const lists = sections.slice(3).filter((url) => !url.startsWith(`${baseURL}/info/`) && !/\/(ru|ar)\//.test(url));
  expect(sections).toContain(`${baseURL}/ru/mir`);
  expect(new Set(lists)).toEqual(new Set([...publishedBySection().keys()].map((s) => `${baseURL}/${s}`)));
  const tags = all(await getSitemap(request, '/sitemaps/tags.xml'), 'loc');
  expect(tags.length).toBeGreaterThan(10);
  for (const url of tags) expect(url).toMatch(new RegExp(`^${baseURL}(/ru|/ar)?/tags/[a-z0-9-]+$`));
  expect(tags).toContain(`${baseURL}/tags/${firstSlug('tags')}`);
  const authors = all(await getSitemap(request, '/sitemaps/authors.xml'), 'loc');
  expect(authors.length).toBeGreaterThan(1);
  for (const url of authors) expect(url).toMatch(new RegExp(`^${baseURL}(/ru|/ar)?/authors/[a-z0-9-]+$`));
});

test('robots.txt allows the site, keeps crawlers out of /admin and /api, and names the sitemaps', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const lines = (await response.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /admin');
  expect(lines).toContain('Disallow: /api');
  expect(lines).toContain('Disallow: /_reader/');
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemaps/news.xml`);
});

test('feeds and sitemaps are cached, and invalidating an article refreshes them', async ({ request }) => {
  const tag = firstSlug('tags');
  const tagFeed = await parser.parseString(await getXml(request, `/tags/${tag}/rss.xml`, RSS_TYPE));
  const article = tagFeed.items[0];
  const articleId = Number(/:article:(\d+)$/.exec(article.guid!)![1]);
  const section = pathname(article.link!).split('/')[1];
  const urls = [
    '/rss.xml',
    `/${section}/rss.xml`,
    `/tags/${tag}/rss.xml`,
    '/sitemap.xml',
    '/sitemaps/articles-1.xml',
    '/sitemaps/news.xml',
    '/sitemaps/tags.xml',
  ];

  const cacheState = async (url: string) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control'], url).toMatch(/s-maxage=\d+/);
    return response.headers()['x-nextjs-cache'];
  };
  for (const url of urls) {
    await request.get(url);
    expect(await cacheState(url), url).toMatch(FROM_CACHE);
  }
  // The same invalidation the newsroom runs after publishing, changing or unpublishing.
  const invalidated = await request.post('/api/revalidate', {
    headers: { Authorization: `Bearer ${REVALIDATE_TOKEN}` },
    data: { articleId },
  });
  expect(invalidated.status()).toBe(200);
  expect((await invalidated.json()).tags).toEqual(
    expect.arrayContaining(['feeds', 'sitemaps', `tag:${tag}`, `section:${section}`]),
  );
  for (const url of urls) {
    expect(await cacheState(url), `${url} right after invalidation`).not.toBe('HIT');
    // Cached again soon (on a loaded machine the regeneration may still be under way).
    await expect.poll(() => cacheState(url), { message: url, timeout: 10_000 }).toMatch(FROM_CACHE);
  }
});

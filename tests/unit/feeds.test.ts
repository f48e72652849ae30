import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import type { FeedArticle, NewsArticle, SitemapArticle } from '@/db/queries/feeds';
import {
  articleGuid,
  buildRss,
  FEED_IMAGE_WIDTH,
  FEED_ITEMS,
  feedImageWidth,
  feedPath,
  type FeedData,
  type FeedItemData,
} from '@/lib/feeds';
import {
  ARTICLES_PER_SITEMAP,
  articleEntries,
  articleSitemapCount,
  buildSitemapIndex,
  buildUrlset,
  listEntries,
  NEWS_SITEMAP_MAX,
  NEWS_WINDOW_MS,
  newsEntries,
  parseSitemapName,
  SITEMAP_READ_SLICE,
  sitemapIndexEntries,
} from '@/lib/sitemaps';

process.env.SITE_URL = 'https://news.example.com';
const ORIGIN = 'https://news.example.com';
const SCHEMAS = path.join(process.cwd(), 'e2e', 'schemas');
const HOSTILE = `Test "quotes" <b>tags</b> & 'apostrophes' — Москва 🚀 ]]> and ]]> again &amp; &lt;`;
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feeds-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs xmllint (offline) on an XML string; with a schema it validates, without it checks well-formedness. */
function xmllint(xml: string, schema?: string): { ok: boolean; output: string } {
  const file = path.join(tmp, `doc-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', path.join(SCHEMAS, schema)] : []), file];
  const result = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function assertValid(xml: string, schema?: string) {
  const { ok, output } = xmllint(xml, schema);
  assert.ok(ok, output.slice(0, 2000));
}

const base = new Date('2026-11-26T10:00:00Z');
const hoursAgo = (h: number) => new Date(base.getTime() - h * HOUR).toISOString();

function article(i: number, over: Partial<FeedItemData> = {}): FeedItemData {
  return {
    id: 1000 + i,
    edition: 'en',
    slug: `story-${i}`,
    title: `Story ${i}`,
    lede: `Lede ${i}`,
    section: { id: 1, slug: 'world-news', name: 'World News' },
    publishedAt: hoursAgo(i + 1),
    updatedAt: null,
    hero: null,
    authors: [{ id: 1, slug: 'alice', name: 'Alice Adams' }],
    tags: [],
    heroBytes: null,
    ...over,
  };
}

const hero = {
  id: 7,
  file: 'seed-007',
  mime: 'image/webp',
  width: 1600,
  height: 900,
  variants: [320, 640, 960, 1600],
  alt: 'Alt text',
  caption: 'A caption & more',
  credit: 'Reuters',
};

function feedData(items: FeedItemData[], over: Partial<FeedData> = {}): FeedData {
  return {
    edition: 'en',
    kind: 'site',
    title: 'Meridian',
    description: 'News',
    path: '/',
    feedPath: '/rss.xml',
    items,
    ...over,
  };
}

type MediaContent = { $: Record<string, string> };
const parser = new Parser<Record<string, unknown>, { mediaContent?: MediaContent; creator?: string }>({
  customFields: { item: [['media:content', 'mediaContent']] },
});

describe('RSS (lib/feeds buildRss)', () => {
  it('writes every item it is given, newest first, and the channel', async () => {
    const items = Array.from({ length: FEED_ITEMS }, (_, i) => article(i));
    const xml = buildRss(feedData(items));
    assertValid(xml);
    const feed = await parser.parseString(xml);
    assert.equal(feed.items.length, FEED_ITEMS);
    assert.deepEqual(
      feed.items.map((i) => i.link),
      items.map((a) => `${ORIGIN}/world-news/${a.id}-${a.slug}`),
    );
    assert.equal(feed.title, 'Meridian');
    assert.equal(feed.link, `${ORIGIN}/`);
    assert.equal(feed.language, 'en');
    // lastBuildDate: the newest publication or update.
    assert.equal(new Date(feed.lastBuildDate as string).toISOString(), items[0].publishedAt);
    assert.match(xml, new RegExp(`<atom:link href="${ORIGIN}/rss.xml" rel="self" type="application/rss\\+xml"/>`));
    assert.match(
      xml,
      /<rss version="2.0" xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/" xmlns:media="http:\/\/search.yahoo.com\/mrss\/" xmlns:atom=/,
    );
  });

  it('writes another edition’s feed in its language, with its addresses', async () => {
    const items = [
      article(1, { edition: 'ru', section: { id: 9, slug: 'mir', name: 'Мир' }, title: 'Саммит в Москве' }),
    ];
    const xml = buildRss(
      feedData(items, { edition: 'ru', title: 'Меридиан', path: '/ru', feedPath: feedPath('ru', 'site') }),
    );
    assertValid(xml);
    const feed = await parser.parseString(xml);
    assert.equal(feed.language, 'ru');
    assert.equal(feed.title, 'Меридиан');
    assert.equal(feed.link, `${ORIGIN}/ru`);
    assert.equal(feed.items[0].link, `${ORIGIN}/ru/mir/${items[0].id}-${items[0].slug}`);
    assert.equal(feed.items[0].title, 'Саммит в Москве');
    assert.match(xml, new RegExp(`<atom:link href="${ORIGIN}/ru/rss.xml" rel="self"`));
    assert.deepEqual(
      [feedPath('en', 'site'), feedPath('ar', 'site'), feedPath('ru', 'section', 'mir'), feedPath('ar', 'tag', 'naft')],
      ['/rss.xml', '/ar/rss.xml', '/ru/mir/rss.xml', '/ar/tags/naft/rss.xml'],
    );
  });

  it('round-trips quotes, angle brackets, ampersands, CDATA ends, Cyrillic and emoji exactly', async () => {
    const xml = buildRss(
      feedData(
        [
          article(0, {
            title: HOSTILE,
            lede: HOSTILE,
            authors: [{ id: 1, slug: 'a', name: 'Ann & <Bob>' }],
            tags: [{ id: 1, slug: 't', name: 'R&D "&amp;" <x>' }],
          }),
        ],
        {
          title: `Channel ${HOSTILE}`,
          description: `About ${HOSTILE}`,
        },
      ),
    );
    assertValid(xml);
    // Outside CDATA sections (whose content is text), no <b> element was written.
    assert.ok(!xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').includes('<b>'), 'markup in a title stays text');
    const feed = await parser.parseString(xml);
    const [item] = feed.items;
    assert.equal(item.title, HOSTILE);
    assert.equal(item.content, HOSTILE);
    assert.equal(feed.title, `Channel ${HOSTILE}`);
    assert.equal(feed.description, `About ${HOSTILE}`);
    assert.equal(item.creator, 'Ann & <Bob>');
    assert.deepEqual(item.categories, ['World News', 'R&D "&amp;" <x>']);
  });

  it('drops characters XML cannot carry instead of writing a broken document', async () => {
    const xml = buildRss(feedData([article(0, { title: 'Bell\u0007 and \u0000null \uD800lone', lede: 'ok\u001F' })]));
    assertValid(xml);
    const feed = await parser.parseString(xml);
    assert.equal(feed.items[0].title, 'Bell and null lone');
  });

  it('gives each item an RFC 822 pubDate, a permanent guid, byline and categories', async () => {
    const a = article(3, {
      authors: [
        { id: 2, slug: 'bob', name: 'Bob Brown' },
        { id: 1, slug: 'alice', name: 'Alice Adams' },
      ],
      tags: [
        { id: 5, slug: 'oil', name: 'Oil' },
        { id: 6, slug: 'opec', name: 'OPEC' },
      ],
      updatedAt: hoursAgo(0),
    });
    const xml = buildRss(feedData([a]));
    const [item] = (await parser.parseString(xml)).items;
    assert.match(item.pubDate!, RFC822);
    assert.equal(new Date(item.pubDate!).toISOString(), a.publishedAt);
    assert.equal(item.guid, articleGuid(a.id));
    assert.equal(item.guid, `tag:news.example.com,2026:article:${a.id}`);
    assert.match(xml, new RegExp(`<guid isPermaLink="false">${item.guid}</guid>`));
    assert.equal(item.creator, 'Bob Brown, Alice Adams');
    assert.match(xml, /<author>Bob Brown, Alice Adams<\/author>/);
    assert.deepEqual(item.categories, ['World News', 'Oil', 'OPEC']);
    // The guid does not depend on the slug or the section.
    const moved = buildRss(
      feedData([{ ...a, slug: 'new-slug', section: { id: 2, slug: 'business', name: 'Business' } }]),
    );
    assert.equal((await parser.parseString(moved)).items[0].guid, item.guid);
  });

  it('points at the 960w hero variant: an enclosure when the size is known, media:content always', async () => {
    const xml = buildRss(
      feedData([article(0, { hero, heroBytes: 12345 }), article(1, { hero, heroBytes: null }), article(2)]),
    );
    assertValid(xml);
    const [withSize, withoutSize, noHero] = (await parser.parseString(xml)).items;
    const url = `${ORIGIN}/media/seed-007-960.webp`;
    assert.deepEqual({ ...withSize.enclosure }, { url, type: 'image/webp', length: '12345' });
    assert.equal(withSize.mediaContent?.$.url, url);
    assert.equal(withSize.mediaContent?.$.type, 'image/webp');
    assert.equal(withSize.mediaContent?.$.width, '960');
    assert.equal(withSize.mediaContent?.$.height, '540');
    assert.equal(withoutSize.enclosure, undefined);
    assert.equal(withoutSize.mediaContent?.$.url, url);
    assert.equal(noHero.enclosure, undefined);
    assert.equal(noHero.mediaContent, undefined);
    assert.match(xml, /<media:credit>Reuters<\/media:credit>/);
  });

  it('chooses the feed width among the variants an image has', () => {
    assert.equal(FEED_IMAGE_WIDTH, 960);
    assert.equal(feedImageWidth({ width: 1600, variants: [320, 640, 960, 1600] }), 960);
    assert.equal(feedImageWidth({ width: 1600, variants: [320, 640, 1280] }), 640);
    assert.equal(feedImageWidth({ width: 1600, variants: [1280, 1600] }), 1280);
    assert.equal(feedImageWidth({ width: 800, variants: [] }), 800);
  });
});

function sitemapArticle(i: number, withHero = true): SitemapArticle {
  return {
    id: i,
    slug: `story-${i}`,
    sectionSlug: 'business',
    edition: 'en',
    translationGroup: null,
    title: `Story ${i}`,
    lastmod: hoursAgo(i % 1000),
    hero: withHero
      ? { file: `seed-${String(i % 40).padStart(3, '0')}`, width: 1600, variants: [320, 960, 1600] }
      : null,
    videoIds: [],
  };
}

function newsArticle(i: number, publishedAt: string, title = `News ${i}`): NewsArticle {
  return { id: i, slug: `news-${i}`, sectionSlug: 'world-news', edition: 'en', title, publishedAt };
}

describe('sitemaps (lib/sitemaps)', () => {
  it('article sitemaps validate, with lastmod and the hero as image:image', async () => {
    const xml = await buildUrlset(articleEntries([sitemapArticle(1), sitemapArticle(2, false)]), { image: true });
    assertValid(xml, 'urlset.xsd');
    assert.match(
      xml,
      new RegExp(
        `<url><loc>${ORIGIN}/business/1-story-1</loc><lastmod>${hoursAgo(1)}</lastmod><image:image><image:loc>${ORIGIN}/media/seed-001-1600.webp</image:loc></image:image></url>`,
      ),
    );
    assert.match(
      xml,
      new RegExp(`<url><loc>${ORIGIN}/business/2-story-2</loc><lastmod>${hoursAgo(2)}</lastmod></url>`),
    );
    assert.ok(!xml.includes('xmlns:news'), 'only the namespaces in use are declared');
  });

  it('article sitemaps carry the videos as video:video, validated, and declare the namespace only then', async () => {
    const video = {
      thumbnailUrl: `${ORIGIN}/media/poster-1920.webp`,
      title: HOSTILE.slice(0, 100),
      description: 'What happened at the port',
      contentUrl: `${ORIGIN}/media/av/${'a'.repeat(32)}/1080.mp4`,
      duration: 64,
      publicationDate: hoursAgo(3),
    };
    const xml = await buildUrlset(
      articleEntries([{ ...sitemapArticle(1), videoIds: [5], videos: [video] }, sitemapArticle(2)]),
      { image: true },
    );
    assertValid(xml, 'urlset.xsd');
    assert.ok(xml.includes('xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"'), xml.slice(0, 400));
    assert.match(
      xml,
      new RegExp(
        `<video:video><video:thumbnail_loc>${ORIGIN}/media/poster-1920.webp</video:thumbnail_loc><video:title>[^<]+</video:title><video:description>What happened at the port</video:description><video:content_loc>${ORIGIN}/media/av/a{32}/1080.mp4</video:content_loc><video:duration>64</video:duration><video:publication_date>${hoursAgo(3)}</video:publication_date></video:video>`,
      ),
    );
    assert.equal(xml.match(/<video:video>/g)?.length, 1);
    const none = await buildUrlset(articleEntries([sitemapArticle(3)]), { image: true });
    assert.ok(!none.includes('xmlns:video'), 'no video namespace without videos');
    // The schema refuses a video without its required parts.
    assert.equal(xmllint(xml.replace(/<video:title>[^<]+<\/video:title>/, ''), 'urlset.xsd').ok, false);
  });

  it('a full chunk of ARTICLES_PER_SITEMAP articles still validates', async () => {
    assert.ok(ARTICLES_PER_SITEMAP <= 50_000, 'within the protocol limit');
    assert.equal(ARTICLES_PER_SITEMAP % SITEMAP_READ_SLICE, 0);
    const rows = Array.from({ length: ARTICLES_PER_SITEMAP }, (_, i) => sitemapArticle(i + 1, i % 3 !== 0));
    const xml = await buildUrlset(articleEntries(rows), { image: true });
    assert.equal(xml.match(/<url>/g)?.length, ARTICLES_PER_SITEMAP);
    assertValid(xml, 'urlset.xsd');
  });

  it('chunks: one article sitemap per started ARTICLES_PER_SITEMAP, all in the index', async () => {
    assert.equal(articleSitemapCount(0), 0);
    assert.equal(articleSitemapCount(1), 1);
    assert.equal(articleSitemapCount(ARTICLES_PER_SITEMAP), 1);
    assert.equal(articleSitemapCount(ARTICLES_PER_SITEMAP + 1), 2);
    assert.equal(articleSitemapCount(ARTICLES_PER_SITEMAP * 2 + 7), 3);
    const entries = sitemapIndexEntries({ articles: ARTICLES_PER_SITEMAP * 2 + 7, latest: hoursAgo(0) });
    assert.deepEqual(
      entries.map((e) => e.url),
      [1, 2, 3]
        .map((n) => `${ORIGIN}/sitemaps/articles-${n}.xml`)
        .concat(
          ['sections', 'tags', 'authors', 'news', 'news-ru', 'news-ar'].map((n) => `${ORIGIN}/sitemaps/${n}.xml`),
        ),
    );
    const xml = await buildSitemapIndex(entries);
    assertValid(xml, 'sitemapindex.xsd');
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?><sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    // An empty site: the list sitemaps and each edition's news sitemap only.
    assert.equal(sitemapIndexEntries({ articles: 0, latest: null }).length, 6);
  });

  it('reads sitemap names strictly', () => {
    assert.deepEqual(parseSitemapName('articles-1.xml'), { kind: 'articles', chunk: 1 });
    assert.deepEqual(parseSitemapName('articles-12.xml'), { kind: 'articles', chunk: 12 });
    // Each edition has its News sitemap: the default's keeps its name, the others' carry their code.
    assert.deepEqual(parseSitemapName('news.xml'), { kind: 'news', edition: 'en' });
    assert.deepEqual(parseSitemapName('news-ru.xml'), { kind: 'news', edition: 'ru' });
    assert.deepEqual(parseSitemapName('news-ar.xml'), { kind: 'news', edition: 'ar' });
    for (const bad of [
      'articles-0.xml',
      'articles-01.xml',
      'articles-x.xml',
      'articles.xml',
      'news',
      'news.xml.gz',
      'news-en.xml',
      'news-de.xml',
      'news-.xml',
      'news-RU.xml',
      'video.xml',
      '../news.xml',
      '',
    ]) {
      assert.equal(parseSitemapName(bad), null, bad);
    }
  });

  it('the news sitemap holds only articles of the last 48 hours, newest first, at most 1,000', async () => {
    const now = base;
    const rows = [
      newsArticle(1, hoursAgo(1), HOSTILE),
      newsArticle(2, new Date(now.getTime() - NEWS_WINDOW_MS + 60_000).toISOString()),
      newsArticle(3, new Date(now.getTime() - NEWS_WINDOW_MS - 60_000).toISOString()),
      newsArticle(4, hoursAgo(24 * 5)),
      newsArticle(5, new Date(now.getTime() + HOUR).toISOString()),
      newsArticle(6, hoursAgo(0.5)),
    ];
    const entries = newsEntries(rows, now);
    assert.deepEqual(
      entries.map((e) => e.url),
      [6, 1, 2].map((i) => `${ORIGIN}/world-news/${i}-news-${i}`),
    );
    const xml = await buildUrlset(entries, { news: true });
    assertValid(xml, 'urlset.xsd');
    assert.match(
      xml,
      /<news:publication><news:name>Meridian<\/news:name><news:language>en<\/news:language><\/news:publication>/,
    );
    assert.match(xml, new RegExp(`<news:publication_date>${hoursAgo(1)}</news:publication_date>`));
    assert.ok(
      xml.includes(
        `<news:title>Test "quotes" &lt;b&gt;tags&lt;/b&gt; &amp; 'apostrophes' — Москва 🚀 ]]&gt; and ]]&gt; again &amp;amp; &amp;lt;</news:title>`,
      ),
    );

    const many = Array.from({ length: NEWS_SITEMAP_MAX + 200 }, (_, i) =>
      newsArticle(i + 1, new Date(now.getTime() - i * 60_000).toISOString()),
    );
    const capped = newsEntries(many, now);
    assert.equal(capped.length, NEWS_SITEMAP_MAX);
    assert.equal(capped[0].url, `${ORIGIN}/world-news/1-news-1`);
    assertValid(await buildUrlset(capped, { news: true }), 'urlset.xsd');
  });

  it('each edition’s stories are at its addresses, in its News language and publication name', async () => {
    const ru = { ...newsArticle(1, hoursAgo(1), 'Саммит в Москве'), edition: 'ru', sectionSlug: 'mir' };
    const ar = { ...newsArticle(2, hoursAgo(2), 'قمة في موسكو'), edition: 'ar', sectionSlug: 'alalm' };
    const entries = newsEntries([ru, ar], base);
    assert.deepEqual(
      entries.map((e) => e.url),
      [`${ORIGIN}/ru/mir/1-news-1`, `${ORIGIN}/ar/alalm/2-news-2`],
    );
    const xml = await buildUrlset(entries, { news: true });
    assertValid(xml, 'urlset.xsd');
    assert.match(xml, /<news:name>Меридиан<\/news:name><news:language>ru<\/news:language>/);
    assert.match(xml, /<news:name>ميريديان<\/news:name><news:language>ar<\/news:language>/);
    const lists = await buildUrlset(
      listEntries('section', [
        { edition: 'en', slug: 'sport', lastPublishedAt: null, articles: 0 },
        { edition: 'ru', slug: 'sport', lastPublishedAt: null, articles: 0 },
      ]),
    );
    assert.match(lists, new RegExp(`<loc>${ORIGIN}/sport</loc>.*<loc>${ORIGIN}/ru/sport</loc>`));
    const sitemap = await buildUrlset(
      articleEntries([{ ...sitemapArticle(5, false), edition: 'ar', sectionSlug: 'ray' }]),
    );
    assert.match(sitemap, new RegExp(`<loc>${ORIGIN}/ar/ray/5-story-5</loc>`));
  });

  it('section, tag and author sitemaps validate; an empty one is still well-formed', async () => {
    const xml = await buildUrlset(
      listEntries('tag', [
        { edition: 'en', slug: 'oil', lastPublishedAt: hoursAgo(3), articles: 4 },
        { edition: 'en', slug: 'gas', lastPublishedAt: null, articles: 0 },
      ]),
    );
    assertValid(xml, 'urlset.xsd');
    assert.match(
      xml,
      new RegExp(
        `<url><loc>${ORIGIN}/tags/oil</loc><lastmod>${hoursAgo(3)}</lastmod></url><url><loc>${ORIGIN}/tags/gas</loc></url>`,
      ),
    );
    assert.match(
      await buildUrlset(listEntries('author', [{ edition: 'en', slug: 'alice', lastPublishedAt: null, articles: 1 }])),
      new RegExp(`<loc>${ORIGIN}/authors/alice</loc>`),
    );
    const empty = await buildUrlset([], { news: true });
    assertValid(empty);
    assert.match(
      empty,
      /<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:news="http:\/\/www.google.com\/schemas\/sitemap-news\/0.9"><\/urlset>$/,
    );
  });

  it('the test schemas reject what they should', async () => {
    const bad = (await buildUrlset(articleEntries([sitemapArticle(1)]), { image: true })).replace(
      '<image:loc>',
      '<image:title>x</image:title><image:loc>',
    );
    assert.equal(xmllint(bad, 'urlset.xsd').ok, false);
    const badNews = (await buildUrlset(newsEntries([newsArticle(1, hoursAgo(1))], base), { news: true })).replace(
      '<news:language>en<',
      '<news:language>English<',
    );
    assert.equal(xmllint(badNews, 'urlset.xsd').ok, false);
    const index = await buildSitemapIndex([
      { url: `${ORIGIN}/sitemaps/news.xml` },
      { url: `${ORIGIN}/sitemaps/news.xml` },
    ]);
    assert.equal(xmllint(index, 'sitemapindex.xsd').ok, false, 'duplicate sitemap locations');
  });
});

describe('feed and sitemap queries (db/queries/feeds)', () => {
  let t: TestDb;
  let q: typeof import('@/db/queries/feeds');
  let now: Date;
  const ids: Record<string, number> = {};
  const published: number[] = [];

  before(async () => {
    t = await createTestDb('feeds-queries-test-');
    q = await import('@/db/queries/feeds');
    now = nowSeconds();
    const ago = (h: number) => new Date(now.getTime() - h * HOUR);
    const world = t.insertSection({ slug: 'world', name: 'World', position: 1 });
    const sport = t.insertSection({ slug: 'sport', name: 'Sport', position: 0 });
    t.insertSection({ slug: 'empty', name: 'Empty', position: 2 });
    const oil = t.insertTag({ slug: 'oil', name: 'Oil' });
    const gas = t.insertTag({ slug: 'gas', name: 'Gas' });
    t.insertTag({ slug: 'unused', name: 'Unused' });
    const alice = t.insertAuthor({ slug: 'alice', name: 'Alice' });
    const bob = t.insertAuthor({ slug: 'bob', name: 'Bob' });
    const media = t.insertMedia({ file: 'pic', variants: '320,960,1600' });

    const add = (key: string, v: Parameters<TestDb['insertArticle']>[0]) => {
      ids[key] = t.insertArticle({ title: key, ...v });
      return ids[key];
    };
    for (let i = 0; i < 30; i++) {
      published.push(
        add(`w${i}`, {
          sectionId: world,
          publishedAt: ago(i * 3 + 1),
          tagIds: i % 2 ? [oil] : [],
          authorIds: [alice],
          heroMediaId: i === 0 ? media : null,
        }),
      );
    }
    published.push(
      add('full', {
        sectionId: sport,
        publishedAt: ago(0.5),
        updatedAt: ago(0.1),
        tagIds: [gas, oil],
        authorIds: [bob, alice],
        heroMediaId: media,
      }),
    );
    add('draft', { sectionId: sport, status: 'draft', publishedAt: null, tagIds: [oil], authorIds: [bob] });
    add('scheduled', {
      sectionId: sport,
      status: 'scheduled',
      publishedAt: new Date(now.getTime() + HOUR),
      tagIds: [oil],
    });
    add('future', { sectionId: world, publishedAt: new Date(now.getTime() + HOUR), tagIds: [oil], authorIds: [bob] });
    add('unpublished', { sectionId: world, status: 'unpublished', publishedAt: ago(2), tagIds: [gas] });
  });
  after(() => t.cleanup());

  it('feeds: newest first, only visible articles, with authors and tags in order', () => {
    const site = q.listFeedArticles({ limit: 50 });
    assert.equal(site.length, published.length);
    assert.equal(site[0].id, ids.full);
    const full: FeedArticle = site[0];
    assert.deepEqual(
      full.authors.map((a) => a.slug),
      ['bob', 'alice'],
    );
    assert.deepEqual(
      full.tags.map((x) => x.slug),
      ['gas', 'oil'],
    );
    assert.equal(full.hero?.file, 'pic');
    assert.deepEqual(
      q.listFeedArticles({ limit: 5 }).map((a) => a.id),
      [ids.full, ids.w0, ids.w1, ids.w2, ids.w3],
    );
    const oilTag = t.db.$client.prepare("SELECT id FROM tags WHERE slug = 'oil'").get() as { id: number };
    const byTag = q.listFeedArticles({ limit: 3, tagId: oilTag.id });
    assert.deepEqual(
      byTag.map((a) => a.id),
      [ids.full, ids.w1, ids.w3],
    );
    const sport = t.db.$client.prepare("SELECT id FROM sections WHERE slug = 'sport'").get() as { id: number };
    assert.deepEqual(
      q.listFeedArticles({ limit: 50, sectionId: sport.id }).map((a) => a.id),
      [ids.full],
    );
  });

  it('sitemap chunks: visible articles in id order, by offset, with lastmod and hero', () => {
    assert.equal(q.countPublishedArticles(), published.length);
    const sorted = [...published].sort((a, b) => a - b);
    const all = q.listSitemapArticles(0, 1000);
    assert.deepEqual(
      all.map((a) => a.id),
      sorted,
    );
    assert.deepEqual(
      q.listSitemapArticles(10, 7).map((a) => a.id),
      sorted.slice(10, 17),
    );
    assert.deepEqual(q.listSitemapArticles(1000, 10), []);
    const full = all.find((a) => a.id === ids.full)!;
    assert.equal(full.lastmod, new Date(now.getTime() - 0.1 * HOUR).toISOString());
    assert.deepEqual(full.hero, { file: 'pic', width: 1600, variants: [320, 960, 1600] });
    assert.equal(full.sectionSlug, 'sport');
  });

  it('news: articles published since a time, newest first', () => {
    const since = new Date(now.getTime() - 10 * HOUR); // w3 was published exactly then
    const rows = q.listArticlesPublishedSince('en', since, 1000);
    assert.deepEqual(
      rows.map((r) => r.id),
      [ids.full, ids.w0, ids.w1, ids.w2, ids.w3],
    );
    assert.equal(q.listArticlesPublishedSince('en', since, 2).length, 2);
  });

  it('lastmods of sections (all), tags and authors (with visible articles only)', () => {
    const sections = q.listSectionLastmods();
    assert.deepEqual(
      sections.map((s) => [s.slug, s.articles]),
      [
        ['sport', 1],
        ['world', 30],
        ['empty', 0],
      ],
    );
    assert.equal(sections[2].lastPublishedAt, null);
    assert.equal(sections[1].lastPublishedAt, new Date(now.getTime() - HOUR).toISOString());
    assert.deepEqual(
      q.listTagLastmods().map((x) => [x.slug, x.articles]),
      [
        ['gas', 1],
        ['oil', 16],
      ],
    );
    assert.deepEqual(
      q.listAuthorLastmods().map((x) => [x.slug, x.articles]),
      [
        ['alice', 31],
        ['bob', 1],
      ],
    );
    assert.equal(q.latestPublicationTime(), new Date(now.getTime() - 0.5 * HOUR).toISOString());
  });
});

import { expect, test, type APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { CRAWLER_USER_AGENTS } from '@/lib/seo/crawlers';
import { findArticles, firstSlug, pathOf } from './helpers';
import { ISO_WITH_ZONE, jsonLd, parseHead, splitHead, type Head } from './seo';

// Crawlers run no JavaScript and read only the first response: everything must be in <head>.
const USER_AGENTS = {
  facebookexternalhit: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  Facebot: 'Facebot',
  Twitterbot: 'Twitterbot/1.0',
  TelegramBot: 'TelegramBot (like TwitterBot)',
  vkShare: 'Mozilla/5.0 (compatible; vkShare; +http://vk.com/dev/Share)',
  OdklBot: 'Mozilla/5.0 (compatible; OdklBot/1.0; klass@odnoklassniki.ru)',
  LinkedInBot: 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  WhatsApp: 'WhatsApp/2.23.20.0',
  Slackbot: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  Discordbot: 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
  Googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  bingbot: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  browser: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36',
};
const AGENTS = Object.entries(USER_AGENTS);

const one = (head: Head, key: string) => {
  const values = head.meta.get(key) ?? [];
  expect(values, `exactly one ${key}`).toHaveLength(1);
  return values[0];
};

function expectCommonHead(head: Head, url: string, canonical: string, ogType: string) {
  expect(head.title, `${url}: <title>`).toBeTruthy();
  expect(one(head, 'description').length, `${url}: description`).toBeGreaterThan(20);
  // Compared as URLs: Next writes the home page's canonical without its trailing slash.
  expect(
    head.links.get('canonical')?.map((l) => new URL(l.href).href),
    `${url}: canonical`,
  ).toEqual([canonical]);
  const robots = one(head, 'robots');
  for (const directive of ['index', 'follow', 'max-image-preview:large', 'max-snippet:-1', 'max-video-preview:-1']) {
    expect(robots.split(/,\s*/), `${url}: robots ${directive}`).toContain(directive);
  }
  expect(one(head, 'og:site_name')).toBe('Meridian');
  expect(one(head, 'og:locale')).toBe('en_GB');
  expect(one(head, 'og:type')).toBe(ogType);
  expect(new URL(one(head, 'og:url')).href).toBe(canonical);
  expect(one(head, 'og:title').length).toBeGreaterThan(0);
  expect(one(head, 'og:description').length).toBeGreaterThan(0);
  expect(one(head, 'twitter:site')).toBe('@MeridianNews');
  expect(one(head, 'theme-color')).toMatch(/^#[0-9a-f]{6}$/i);
  const feeds = (head.links.get('alternate') ?? []).filter((l) => l.type === 'application/rss+xml');
  expect(
    feeds.map((f) => new URL(f.href).pathname),
    `${url}: RSS alternate`,
  ).toContain('/rss.xml');
  expect(
    head.links.get('icon')?.some((l) => l.href.includes('favicon.ico')),
    `${url}: favicon.ico`,
  ).toBe(true);
  expect(
    head.links.get('icon')?.some((l) => /icon.*\.svg/.test(l.href)),
    `${url}: SVG icon`,
  ).toBe(true);
  expect(head.links.get('apple-touch-icon')?.length, `${url}: apple-touch-icon`).toBe(1);
}

async function fetchAs(request: APIRequestContext, url: string, ua: string) {
  const response = await request.get(url, { headers: { 'User-Agent': ua } });
  expect(response.status(), `${url} as ${ua}`).toBe(200);
  const html = await response.text();
  // Nothing a crawler reads may be streamed into <body>.
  expect(splitHead(html).body, `${url}: metadata after </head>`).not.toMatch(
    /<meta (property|name)="(og:|twitter:|description)/,
  );
  return html;
}

test.describe('every crawler finds every tag in <head>', () => {
  const [newest] = findArticles('published', 1);
  const archive = findArticles('published', 400).slice(-AGENTS.length);
  const [plain] = findArticles('published-without-hero', 1);

  for (const [i, [name, ua]] of AGENTS.entries()) {
    test(`${name}`, async ({ request, baseURL }) => {
      if (name !== 'browser') expect(CRAWLER_USER_AGENTS.test(ua), `${name} is in htmlLimitedBots`).toBe(true);
      const abs = (path: string) => new URL(path, baseURL).href;

      // Articles: the newest (prerendered), one from the archive rendered for this crawler first, one without a picture.
      for (const article of [newest, archive[i], plain]) {
        const url = pathOf(article);
        const html = await fetchAs(request, url, ua);
        const head = parseHead(html);
        expectCommonHead(head, url, abs(url), 'article');
        expect(head.title).toBe(`${article.title} | Meridian`);
        expect(one(head, 'og:title')).toBe(article.title);
        const image = one(head, 'og:image');
        expect(image).toMatch(/^https?:\/\/.+\/og\/\d+-[0-9a-f]+\.jpg$/);
        expect(one(head, 'og:image:width')).toBe('1200');
        expect(one(head, 'og:image:height')).toBe('630');
        expect(one(head, 'og:image:type')).toBe('image/jpeg');
        expect(one(head, 'og:image:alt').length).toBeGreaterThan(0);
        expect(one(head, 'article:published_time')).toMatch(ISO_WITH_ZONE);
        expect(one(head, 'article:modified_time')).toMatch(ISO_WITH_ZONE);
        expect(one(head, 'article:section').length).toBeGreaterThan(0);
        expect(one(head, 'article:publisher')).toBe(abs('/'));
        const authors = head.meta.get('article:author') ?? [];
        expect(authors.length).toBeGreaterThan(0);
        for (const a of authors) expect(a).toMatch(new RegExp(`^${abs('/authors/')}[a-z0-9-]+$`));
        expect(one(head, 'twitter:card')).toBe('summary_large_image');
        expect(one(head, 'twitter:title')).toBe(article.title);
        expect(one(head, 'twitter:image')).toBe(image);
        expect(one(head, 'twitter:image:alt').length).toBeGreaterThan(0);
        expect(one(head, 'twitter:label1')).toBe('Written by');
        expect(one(head, 'twitter:data1').length).toBeGreaterThan(0);

        const [news, breadcrumbs] = jsonLd(html);
        expect(news['@type']).toBe('NewsArticle');
        const tags = head.meta.get('article:tag') ?? [];
        expect(tags).toEqual(news.keywords);
        expect(tags.length).toBeGreaterThan(0);
        expect(breadcrumbs['@type']).toBe('BreadcrumbList');

        // An unfurler's reading of the same HTML (open-graph-scraper).
        const { result } = await ogs({ html });
        expect(result.ogTitle).toBe(article.title);
        expect(new URL(result.ogUrl!).href).toBe(abs(url));
        expect(result.ogImage?.[0]?.url).toBe(image);
        expect(result.twitterCard).toBe('summary_large_image');
        expect(result.articlePublishedTime).toMatch(ISO_WITH_ZONE);
      }

      // Home, a section front and its page 2, a tag page and an author page.
      const lists = [
        '/',
        '/business',
        '/business?page=2',
        `/tags/${firstSlug('tags')}`,
        `/authors/${firstSlug('authors')}`,
      ];
      for (const url of lists) {
        const html = await fetchAs(request, url, ua);
        const head = parseHead(html);
        expectCommonHead(head, url, abs(url), 'website');
        const { result } = await ogs({ html });
        expect(result.ogType).toBe('website');
        expect(new URL(result.ogUrl!).href).toBe(abs(url));
      }
      const page2 = parseHead(await fetchAs(request, '/business?page=2', ua));
      expect(page2.links.get('prev')?.[0].href).toBe(abs('/business'));
      expect(page2.links.get('next')?.[0].href).toBe(abs('/business?page=3'));
      const sectionFeeds = (page2.links.get('alternate') ?? []).map((l) => new URL(l.href).pathname);
      expect(sectionFeeds).toContain('/business/rss.xml');
    });
  }
});

test('JSON-LD: NewsArticle with crops, breadcrumbs, and the home page WebSite and Organization', async ({
  request,
  baseURL,
}) => {
  const abs = (path: string) => new URL(path, baseURL).href;
  const [article] = findArticles('published', 1);
  const html = await (await request.get(pathOf(article))).text();
  const [news, breadcrumbs] = jsonLd(html);
  const url = abs(pathOf(article));
  expect(news).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: 'en',
    isAccessibleForFree: true,
    publisher: { '@type': 'NewsMediaOrganization', name: 'Meridian', url: abs('/'), logo: { url: abs('/logo.png') } },
  });
  expect((news.headline as string).length).toBeLessThanOrEqual(110);
  expect(news.description).toBeTruthy();
  expect(news.datePublished).toMatch(ISO_WITH_ZONE);
  expect(news.dateModified).toMatch(ISO_WITH_ZONE);
  expect(news.articleSection).toBeTruthy();
  expect((news.keywords as string[]).length).toBeGreaterThan(0);
  for (const author of news.author as { '@type': string; name: string; url: string }[]) {
    expect(author['@type']).toBe('Person');
    expect(author.name).toBeTruthy();
    expect(author.url).toMatch(new RegExp(`^${abs('/authors/')}`));
  }
  // 16:9, 4:3 and 1:1 crops, each at least 1200 px wide, that really are those images.
  const images = news.image as { url: string; width: number; height: number }[];
  expect(images.map((i) => (i.width / i.height).toFixed(2))).toEqual(['1.78', '1.33', '1.00']);
  for (const image of images) {
    expect(image.width).toBeGreaterThanOrEqual(1200);
    const response = await request.get(image.url);
    expect(response.status(), image.url).toBe(200);
    const meta = await sharp(await response.body()).metadata();
    expect([meta.width, meta.height]).toEqual([image.width, image.height]);
  }
  expect((breadcrumbs.itemListElement as { item: string }[]).map((i) => i.item)).toEqual([
    abs('/'),
    abs(`/${article.section}`),
    url,
  ]);

  const home = jsonLd(await (await request.get('/')).text());
  const website = home.find((d) => d['@type'] === 'WebSite')!;
  expect(website).toMatchObject({
    url: abs('/'),
    potentialAction: { '@type': 'SearchAction', 'query-input': 'required name=search_term_string' },
  });
  expect((website.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate).toBe(
    `${abs('/search')}?q={search_term_string}`,
  );
  expect(home.find((d) => d['@type'] === 'NewsMediaOrganization')).toMatchObject({ name: 'Meridian', url: abs('/') });
});

test('every og:image answers 200 with a 1200×630 JPEG under 300 KB, with and without a hero picture', async ({
  request,
}) => {
  const articles = [...findArticles('published', 2), ...findArticles('published-without-hero', 2)];
  for (const article of articles) {
    const head = parseHead(await (await request.get(pathOf(article))).text());
    const image = head.meta.get('og:image')![0];
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    const body = await response.body();
    expect(body.length).toBeLessThan(300 * 1024);
    const meta = await sharp(body).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  }
});

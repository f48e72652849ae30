import { expect, test } from '@playwright/test';
import { CRAWLER_USER_AGENTS } from '@/lib/seo/crawlers';
import { findArticles, pathOf } from './helpers';

// Crawlers run no JavaScript and read only the first response: the metadata must be in <head>.
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

test('every crawler gets title, description, canonical and OpenGraph in the <head> of the first response', async ({ request }) => {
  const rows = findArticles('published', 400);
  // A prerendered article, and archive articles each rendered on demand for the first time by a crawler.
  const archive = rows.slice(-Object.keys(USER_AGENTS).length);
  for (const [i, [name, ua]] of Object.entries(USER_AGENTS).entries()) {
    if (name !== 'browser') expect(CRAWLER_USER_AGENTS.test(ua), `${name} is in htmlLimitedBots`).toBe(true);
    for (const url of [pathOf(rows[0]), pathOf(archive[i]), '/business']) {
      const response = await request.get(url, { headers: { 'User-Agent': ua } });
      expect(response.status(), `${name} ${url}`).toBe(200);
      const html = await response.text();
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, `${name} ${url}: <title>`).toMatch(/<title>[^<]+<\/title>/);
      expect(head, `${name} ${url}: description`).toMatch(/<meta name="description" content="[^"]+"/);
      expect(head, `${name} ${url}: canonical`).toMatch(/<link rel="canonical" href="http[^"]+"/);
      expect(head, `${name} ${url}: og:title`).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
  }
});

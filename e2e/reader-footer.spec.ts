import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, findArticles, pathOf } from './helpers';
import { jsonLd } from './seo';

// The footer of every reader page (issue 19): the site's own pages (each a real page), RSS feeds,
// the outlet's accounts, back to top; and the same accounts as the Organization's sameAs.

const PAGES = [
  ['About Meridian', '/info/about'],
  ['Contact us', '/info/contact'],
  ['Editorial standards', '/info/editorial-standards'],
  ['Corrections policy', '/info/corrections'],
  ['Privacy', '/info/privacy'],
  ['Terms of use', '/info/terms'],
] as const;
const NETWORKS = ['YouTube', 'Instagram', 'X', 'Telegram', 'VK', 'Facebook'];

test('the footer of the home page and of an article links the site pages, feeds and accounts', async ({
  page,
  request,
}) => {
  const [article] = findArticles('published', 1);
  for (const url of ['/', pathOf(article)]) {
    await page.goto(url);
    const footer = page.getByRole('contentinfo');
    const about = footer.getByRole('navigation', { name: 'About Meridian' });
    for (const [title, href] of PAGES)
      await expect(about.getByRole('link', { name: title })).toHaveAttribute('href', href);
    const feeds = footer.getByRole('navigation', { name: 'RSS feeds' });
    await expect(feeds.getByRole('link', { name: 'All stories' })).toHaveAttribute('href', '/rss.xml');
    await expect(feeds.getByRole('link', { name: 'Sport' })).toHaveAttribute('href', '/sport/rss.xml');
    const follow = footer.getByRole('navigation', { name: 'Follow us' }).getByRole('link');
    await expect(follow).toHaveText(NETWORKS);
    for (const link of await follow.all()) {
      await expect(link).toHaveAttribute('rel', 'me noopener');
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    await expect(footer.getByRole('link', { name: 'Back to top' })).toHaveAttribute('href', '#top');
    await expect(footer).toContainText(`© ${new Date().getFullYear()} Meridian`);
    await expect(footer).toContainText('Demo content');
  }

  // Every site page answers with its title and a "last updated" date; the feeds answer too.
  for (const [title, href] of PAGES) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<h1 class="info-page__title">${title}</h1>`);
    expect(html).toMatch(/Last updated <time dateTime="\d{4}-/i);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"/]+${href}"`));
  }
  for (const feed of ['/rss.xml', '/sport/rss.xml']) expect((await request.get(feed)).status(), feed).toBe(200);
  expect((await request.get('/info/no-such-page')).status()).toBe(404);
});

test('the site pages read well: the body through the article blocks, AboutPage JSON-LD, in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/info/privacy');
  await expect(page).toHaveTitle(/Privacy/);
  await expect(page.getByRole('heading', { level: 2, name: 'If you just read' })).toBeVisible();
  await expect(page.locator('.info-page .article-body li').first()).toBeVisible();
  await expect(page.locator('main')).toContainText('never stored');

  const html = await (await request.get('/info/about')).text();
  expect(jsonLd(html).find((d) => d['@type'] === 'AboutPage')).toMatchObject({ name: 'About Meridian' });

  const sitemap = await (await request.get('/sitemaps/sections.xml')).text();
  for (const [, href] of PAGES) expect(sitemap).toContain(`${href}</loc>`);
});

test('the Organization JSON-LD names the outlet’s accounts as sameAs', async ({ request }) => {
  const home = jsonLd(await (await request.get('/')).text());
  const organization = home.find((d) => d['@type'] === 'NewsMediaOrganization');
  expect(organization).toBeTruthy();
  // The same organisation publishes each story.
  const [article] = findArticles('published', 1);
  const [news] = jsonLd(await (await request.get(pathOf(article))).text());
  expect((news.publisher as { sameAs: string[] }).sameAs).toEqual(organization!.sameAs);
  const sameAs = organization!.sameAs as string[];
  expect(sameAs).toHaveLength(6);
  for (const host of ['youtube.com', 'instagram.com', 'x.com', 't.me', 'vk.com', 'facebook.com'])
    expect(
      sameAs.some((u) => new URL(u).hostname.replace(/^www\./, '') === host),
      host,
    ).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test('a site page and its footer have no axe violations', async ({ page }) => {
      await expectNoAxeViolations(page, '/info/privacy');
    });
  });
}

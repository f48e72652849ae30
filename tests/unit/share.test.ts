import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shareLinks, type ShareNetwork } from '@/lib/share';

const URL_ = 'https://news.example/business/42-oil-and-gas?ref=a&x=1#comments';
const TITLES = [
  'Oil & gas: "Sanctions will backfire" — Путин #1 + 2?',
  'Plain title',
  '100% sure? a=b&c=d; 50/50 #tag 🔥🇷🇺 “curly” ‘single’ <b>html</b>',
  "It's 'quoted' & (parenthesised) * ! ~",
];

/**
 * Decodes a query string strictly, the way mail clients and most share endpoints do:
 * `%XX` only; a `+` stays a plus.
 */
function strictParams(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeURIComponent(part.slice(0, eq));
    assert.ok(!(key in out), `duplicate parameter ${key}`);
    out[key] = decodeURIComponent(part.slice(eq + 1));
  }
  return out;
}

function linkFor(network: ShareNetwork, url = URL_, title = TITLES[0]) {
  const link = shareLinks(url, title).find((l) => l.network === network);
  assert.ok(link, `no ${network} link`);
  return link;
}

/** Expected endpoint and decoded parameters for each network. */
function expected(
  url: string,
  title: string,
): Record<ShareNetwork, { origin: string; pathname: string; params: Record<string, string> }> {
  return {
    facebook: { origin: 'https://www.facebook.com', pathname: '/sharer/sharer.php', params: { u: url } },
    x: { origin: 'https://x.com', pathname: '/intent/post', params: { url, text: title } },
    telegram: { origin: 'https://t.me', pathname: '/share/url', params: { url, text: title } },
    vk: { origin: 'https://vk.com', pathname: '/share.php', params: { url, title } },
    whatsapp: { origin: 'https://wa.me', pathname: '/', params: { text: `${title} ${url}` } },
    ok: { origin: 'https://connect.ok.ru', pathname: '/offer', params: { url, title } },
    email: { origin: 'null', pathname: '', params: { subject: title, body: `${title}\n\n${url}` } },
  };
}

describe('shareLinks', () => {
  it('returns exactly the 7 networks, once each, with labels', () => {
    const links = shareLinks(URL_, TITLES[0]);
    assert.equal(links.length, 7);
    assert.deepEqual(links.map((l) => l.network).sort(), [
      'email',
      'facebook',
      'ok',
      'telegram',
      'vk',
      'whatsapp',
      'x',
    ]);
    for (const l of links) assert.ok(l.label.trim().length > 0, `${l.network} has a label`);
  });

  it('gives hrefs that parse as URLs, on https (or mailto for email), with no fragment', () => {
    for (const title of TITLES) {
      for (const link of shareLinks(URL_, title)) {
        const u = new URL(link.href);
        assert.equal(u.protocol, link.network === 'email' ? 'mailto:' : 'https:', link.network);
        assert.equal(u.hash, '', `${link.network}: the # of the title/url must be encoded`);
      }
    }
  });

  for (const title of TITLES) {
    it(`round-trips the exact URL and title through every network: ${JSON.stringify(title)}`, () => {
      const want = expected(URL_, title);
      for (const link of shareLinks(URL_, title)) {
        const u = new URL(link.href);
        const spec = want[link.network];
        assert.equal(u.origin, spec.origin, link.network);
        assert.equal(u.pathname, spec.pathname, link.network);
        // Strict %-decoding of the raw query...
        assert.deepEqual(strictParams(u.search), spec.params, link.network);
        // ...and WHATWG URLSearchParams agree.
        assert.deepEqual(Object.fromEntries(u.searchParams), spec.params, link.network);
      }
    });
  }

  it('encodes spaces as %20, never +', () => {
    const title = 'a b  c + d';
    for (const link of shareLinks('https://news.example/a/1-b', title)) {
      const query = link.href.slice(link.href.indexOf('?') + 1);
      assert.ok(!query.includes('+'), `${link.network}: ${link.href}`);
      assert.ok(!query.includes(' '), `${link.network}: ${link.href}`);
      if (link.network === 'facebook') continue; // shares the URL only, no title
      assert.ok(query.includes('%20'), `${link.network}: ${link.href}`);
      assert.ok(query.includes('%2B'), `${link.network}: + in the title is %2B`);
    }
  });

  it('builds a mailto link whose subject and body decode to the title and "title, blank line, url"', () => {
    const title = TITLES[0];
    const link = linkFor('email');
    assert.ok(link.href.startsWith('mailto:?subject='));
    const u = new URL(link.href);
    assert.equal(u.pathname, '', 'no recipient');
    const params = strictParams(u.search);
    assert.deepEqual(Object.keys(params), ['subject', 'body']);
    assert.equal(params.subject, title);
    assert.equal(params.body, `${title}\n\n${URL_}`);
    assert.ok(link.href.includes('%0A%0A'), 'newlines are %0A');
  });

  it('puts the URL, not the title, in the facebook link', () => {
    const u = new URL(linkFor('facebook').href);
    assert.deepEqual([...u.searchParams.keys()], ['u']);
    assert.equal(u.searchParams.get('u'), URL_);
  });

  it('changes with its inputs', () => {
    const a = shareLinks('https://news.example/a/1-a', 'A');
    const b = shareLinks('https://news.example/b/2-b', 'B');
    for (let i = 0; i < a.length; i++) assert.notEqual(a[i].href, b[i].href);
  });
});

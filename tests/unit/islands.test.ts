import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { withoutFramework } from '@/lib/islands/framework';
import { acceptsGzip, holdForReaderPage, mayBeReaderPage } from '@/lib/islands/respond';
import { ISLAND_MESSAGES, islandMessageAttributes } from '@/lib/islands/messages';
import { ISLANDS_SCRIPT_START } from '@/lib/islands/script';

const ISLANDS = `${ISLANDS_SCRIPT_START} data-link-copied="Link copied">document.querySelectorAll('[data-island="share"]')</script>`;

/** A reader page as Next 16 writes one (the shapes of a real home page, shortened). */
function nextPage({
  islands = true,
  island = '<section data-island="share" aria-label="Share">…</section>',
  body = '<p>Grain &amp; oil: &lt;script&gt; “quoted” — ё</p>'.repeat(40),
} = {}): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
    '<link rel="preload" as="image" imageSrcSet="/media/a-320.webp 320w" fetchPriority="high"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/1b.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1-d.js"/>' +
    '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>' +
    '<script src="/_next/static/chunks/02r.js" async=""></script><script src="/_next/static/chunks/turbopack-07.js" async=""></script>' +
    '<title>Home | Meridian</title><meta name="description" content="a &lt;b&gt; &quot;c&quot;"/>' +
    '<script src="/_next/static/chunks/0cz.js" noModule=""></script></head><body><div hidden=""><!--$--><!--/$--></div>' +
    `<main id="main">${body}${island}<script type="application/ld+json">{"headline":"\\u003c/script>\\u003cscript>alert(1)"}</script></main>` +
    (islands ? ISLANDS : '') +
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1-d.js"]});</script>' +
    '<script src="/_next/static/chunks/1-d.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n3:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\u003clink rel=preload as=script\\u003e\\"}]\\n"])</script>' +
    '<div hidden id="S:0"><p>streamed</p></div><script>$RC("B:0","S:0")</script>' +
    '</body></html>'
  );
}

/** Script elements and script preloads as a full HTML parser sees them. */
function scriptsAndText(html: string): { scripts: string[]; preloads: string[]; text: string } {
  const scripts: string[] = [];
  const preloads: string[] = [];
  let text = '';
  let open: { name: string; inline: boolean; content: string } | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script')
        open = { name: attrs.src ?? attrs.type ?? '', inline: !attrs.src && !attrs.type, content: '' };
      if (name === 'link' && (attrs.rel === 'modulepreload' || (attrs.rel === 'preload' && attrs.as === 'script')))
        preloads.push(attrs.href);
    },
    ontext(data) {
      if (open) open.content += data;
      else text += data;
    },
    onclosetag(name) {
      if (name !== 'script' || !open) return;
      scripts.push(open.inline ? open.content.slice(0, 12) : open.name);
      open = null;
    },
  });
  parser.write(html);
  parser.end();
  return { scripts, preloads, text };
}

describe('a reader page without the framework', () => {
  it('keeps the document, JSON-LD, the islands and React’s own instructions; drops Next’s scripts, their preloads and the RSC payload', () => {
    const page = nextPage();
    const out = withoutFramework(Buffer.from(page))!.toString('utf8');
    const before = scriptsAndText(page);
    const after = scriptsAndText(out);
    assert.deepEqual(after.scripts, ['application/ld+json', 'module', '$RC("B:0","S']);
    assert.deepEqual(after.preloads, []);
    assert.ok(before.scripts.length > after.scripts.length && before.preloads.length === 2);
    // Every byte outside the removed elements is kept: the text a parser reads is the same.
    assert.equal(after.text, before.text);
    assert.ok(out.includes('<link rel="preload" as="image"'));
    assert.ok(out.includes('<link rel="stylesheet" href="/_next/static/chunks/1b.css"'));
    assert.ok(!out.includes('__next_f') && !out.includes('TURBOPACK') && !out.includes('/_next/static/chunks/0'));
    assert.ok(out.includes('“quoted” — ё'));
  });

  it('drops the islands script too where no element has an island (it mentions one itself)', () => {
    const out = withoutFramework(
      Buffer.from(nextPage({ island: '<p>data-island="share" [data-island="share"]</p>' })),
    )!.toString('utf8');
    assert.deepEqual(scriptsAndText(out).scripts, ['application/ld+json', '$RC("B:0","S']);
  });

  it('is the same when applied twice', () => {
    const once = withoutFramework(Buffer.from(nextPage()))!;
    assert.ok(withoutFramework(once)!.equals(once));
  });

  it('leaves alone a page that does not load the islands (the newsroom) and a document cut short', () => {
    assert.equal(withoutFramework(Buffer.from(nextPage({ islands: false }))), null);
    const page = nextPage();
    assert.equal(withoutFramework(Buffer.from(page.slice(0, page.indexOf('$RC(')))), null);
  });

  it('cannot be fooled by page text that looks like markup (React escapes it)', () => {
    const out = withoutFramework(
      Buffer.from(
        nextPage({
          body: '<p>&lt;script src=&quot;/x.js&quot;&gt;&lt;/script&gt; &lt;/script&gt; &lt;link rel=&quot;preload&quot; as=&quot;script&quot;&gt;</p>',
        }),
      ),
    )!.toString();
    assert.ok(
      out.includes(
        '<p>&lt;script src=&quot;/x.js&quot;&gt;&lt;/script&gt; &lt;/script&gt; &lt;link rel=&quot;preload&quot; as=&quot;script&quot;&gt;</p>',
      ),
    );
  });
});

describe('the islands’ words', () => {
  it('ride on the islands script as data attributes the browser reads back by name', () => {
    assert.deepEqual(
      islandMessageAttributes({ ...ISLAND_MESSAGES, bookmarkAdd: 'Сохранить «это»' })['data-bookmark-add'],
      'Сохранить «это»',
    );
    assert.deepEqual(Object.keys(islandMessageAttributes()).sort(), [
      'data-bookmark-add',
      'data-bookmark-failed',
      'data-bookmark-offline',
      'data-bookmark-remove',
      'data-hours-ago',
      'data-just-now',
      'data-link-copied',
      'data-link-not-copied',
      'data-minutes-ago',
    ]);
  });
});

describe('which answers the production server holds for reader pages', () => {
  it('GETs and HEADs of pages, not files, pictures, the API or the newsroom', () => {
    for (const path of [
      '/',
      '/business',
      '/business/12-oil',
      '/tags/oil',
      '/search',
      '/signin',
      '/_reader/business',
      '/%D0%BC%D0%B8%D1%80',
    ])
      assert.ok(mayBeReaderPage('GET', path), path);
    assert.ok(mayBeReaderPage('HEAD', '/'));
    for (const path of [
      '/_next/static/chunks/a.js',
      '/media/a-320.webp',
      '/og/1-2.jpg',
      '/api/health',
      '/admin',
      '/admin/articles',
      '/rss.xml',
      '/business/rss.xml',
      '/sitemaps/news.xml',
      '/islands/reader.js',
      '/favicon.ico',
    ])
      assert.ok(!mayBeReaderPage('GET', path), path);
    assert.ok(!mayBeReaderPage('POST', '/reader/bookmarks'));
  });

  it('gzip when Accept-Encoding takes it, q-values honoured', () => {
    for (const header of ['gzip', 'gzip, deflate, br', 'br;q=1.0, gzip;q=0.8', '*', 'deflate, *;q=0.5', 'GZIP'])
      assert.ok(acceptsGzip(header), header);
    for (const header of [undefined, '', 'identity', 'br', 'gzip;q=0', '*;q=0', 'gzip;q=0, *', 'gzip;q=x'])
      assert.ok(!acceptsGzip(header), String(header));
  });
});

/** A server whose "Next" writes `page` the ways Next does, behind the production server's layer. */
async function withServer(
  write: (res: http.ServerResponse, page: string) => void,
  run: (origin: string) => Promise<void>,
): Promise<void> {
  const server = http.createServer((req, res) => {
    if (mayBeReaderPage(req.method ?? 'GET', req.url ?? '/')) holdForReaderPage(req, res);
    res.setHeader('X-Saw-Encoding', req.headers['accept-encoding'] ?? 'none');
    res.setHeader('X-Saw-Method', req.method ?? '');
    write(res, nextPage());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject)
      .end();
  });
}

describe('the production server’s layer, over HTTP', () => {
  const expected = withoutFramework(Buffer.from(nextPage()))!;
  const ways: [string, (res: http.ServerResponse, page: string) => void][] = [
    [
      'a cached page (one end with a Content-Length)',
      (res, page) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Length', Buffer.byteLength(page));
        res.end(page);
      },
    ],
    [
      'a streamed render (flushHeaders, then chunks)',
      (res, page) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.flushHeaders();
        const bytes = Buffer.from(page);
        for (let at = 0; at < bytes.length; at += 97) res.write(bytes.subarray(at, at + 97));
        res.end();
      },
    ],
    [
      'writeHead with its headers',
      (res, page) => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.write(page.slice(0, 10));
        res.end(page.slice(10));
      },
    ],
  ];
  for (const [label, write] of ways) {
    it(`sends ${label} without the framework, gzipped or not as asked, and asks Next for it uncompressed`, async () => {
      await withServer(write, async (origin) => {
        const gzipped = await get(`${origin}/`, { 'accept-encoding': 'gzip, br' });
        assert.equal(gzipped.headers['content-encoding'], 'gzip');
        assert.match(String(gzipped.headers.vary), /Accept-Encoding/);
        assert.equal(gzipped.headers['x-saw-encoding'], 'none');
        assert.equal(Number(gzipped.headers['content-length']), gzipped.body.length);
        assert.ok(gunzipSync(gzipped.body).equals(expected));
        const plain = await get(`${origin}/`);
        assert.equal(plain.headers['content-encoding'], undefined);
        assert.ok(plain.body.equals(expected));
        const head = await get(`${origin}/`, {}, 'HEAD');
        assert.equal(head.headers['x-saw-method'], 'GET');
        assert.equal(Number(head.headers['content-length']), expected.length);
        assert.equal(head.body.length, 0);
      });
    });
  }

  it('passes other answers through: files are not held, and a non-HTML page is only compressed', async () => {
    await withServer(
      (res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ text: 'x'.repeat(5000), script: '<script src="/_next/a.js"></script>' }));
      },
      async (origin) => {
        const json = await get(`${origin}/api-ish`, { 'accept-encoding': 'gzip' });
        assert.equal(json.headers['content-encoding'], 'gzip');
        assert.equal(JSON.parse(gunzipSync(json.body).toString()).script, '<script src="/_next/a.js"></script>');
        const file = await get(`${origin}/file.json`, { 'accept-encoding': 'gzip' });
        assert.equal(file.headers['x-saw-encoding'], 'gzip');
        assert.equal(file.headers['content-encoding'], undefined);
      },
    );
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody, BLOCK_COMPONENTS } from '@/components/article/ArticleBody';
import { blockSchema, readBody, type Block } from '@/lib/content/blocks';
import type { AvItem, MediaItem } from '@/db/types';
import { ArticleHero } from '@/components/article/ArticleHeader';
import type { ArticleFull } from '@/lib/content/reader';
import { withIntl } from '../helpers/intl';

const PHOTO: MediaItem = {
  id: 7,
  file: 'kremlin-at-dusk-a1b2',
  mime: 'image/webp',
  width: 1600,
  height: 900,
  variants: [320, 640, 1280, 1600, 2400],
  alt: 'Library alt',
  caption: 'Library caption',
  credit: 'Library credit',
};
const MEDIA: Record<number, MediaItem> = { 7: PHOTO };

function render(blocks: Block[], media: Record<number, MediaItem> = MEDIA): string {
  return renderToStaticMarkup(withIntl(<ArticleBody blocks={blocks} media={media} />));
}

/** The markup of the body without its wrapper. */
function inner(html: string): string {
  const m = /^<div class="article-body">([\s\S]*)<\/div>$/.exec(html);
  assert.ok(m, `unexpected wrapper: ${html}`);
  return m[1];
}

/** Attributes (names lower-cased) of the first tag named `tag` in `html`, decoded from &quot; &amp; only. */
function attrsOf(html: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(html);
  assert.ok(m, `no <${tag}> in ${html}`);
  const attrs: Record<string, string> = {};
  for (const a of (m[1] ?? '').matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) {
    attrs[a[1].toLowerCase()] = a[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return attrs;
}

describe('BLOCK_COMPONENTS', () => {
  it('has a component for every block type of blockSchema, and nothing else', () => {
    const schemaTypes = blockSchema.options.map((o) => o.shape.type.value).sort();
    assert.deepEqual(Object.keys(BLOCK_COMPONENTS).sort(), schemaTypes);
    for (const type of schemaTypes) assert.equal(typeof BLOCK_COMPONENTS[type], 'function', type);
  });
});

describe('ArticleBody', () => {
  it('renders an empty body as an empty wrapper', () => {
    assert.equal(render([]), '<div class="article-body"></div>');
  });

  it('renders a paragraph with bold, italic and links', () => {
    const html = inner(
      render([
        {
          type: 'paragraph',
          content: [
            { text: 'Plain ' },
            { text: 'bold', bold: true },
            { text: 'italic', italic: true },
            { text: 'both', bold: true, italic: true },
            { text: 'external', href: 'https://example.com/a?b=1&c=2' },
            { text: 'internal', href: '/world/1-x' },
            { text: 'strong link', href: 'https://example.org', bold: true },
          ],
        },
      ]),
    );
    assert.match(html, /^<p>[\s\S]*<\/p>$/);
    assert.ok(html.includes('<span>Plain </span>'));
    assert.ok(html.includes('<strong>bold</strong>'));
    assert.ok(html.includes('<em>italic</em>'));
    assert.ok(html.includes('<strong><em>both</em></strong>'));
    assert.ok(
      html.includes('<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">external</a>'),
      html,
    );
    assert.ok(html.includes('<a href="/world/1-x">internal</a>'), html);
    assert.ok(
      html.includes('<a href="https://example.org" rel="noopener noreferrer"><strong>strong link</strong></a>'),
      html,
    );
  });

  it('never renders an unsafe href as a link, even if a block skipped validation', () => {
    const html = render([
      {
        type: 'paragraph',
        content: [
          { text: 'click', href: 'javascript:alert(1)' },
          { text: 'proto', href: '//evil.com' },
        ],
      },
    ]);
    assert.ok(!html.includes('<a'), html);
    assert.ok(!html.toLowerCase().includes('javascript:'), html);
    assert.ok(html.includes('click') && html.includes('proto'));
  });

  // Obfuscated script URLs, as they might reach a block that skipped validation: none is a link.
  for (const href of [
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '\\\\evil.example',
    '/\\evil.example',
  ]) {
    it(`never renders ${JSON.stringify(href)} as a link`, () => {
      const html = render([{ type: 'paragraph', content: [{ text: 'click me', href }] }]);
      assert.ok(!html.includes('<a'), html);
      assert.ok(!/href=/i.test(html), html);
      assert.ok(html.includes('click me'));
    });
  }

  it('gives every link to another site rel="noopener noreferrer", and none to our own paths', () => {
    const html = inner(
      render([
        {
          type: 'list',
          ordered: false,
          items: [
            [{ text: 'a', href: 'http://example.com/' }],
            [{ text: 'b', href: 'HTTPS://EXAMPLE.COM/x' }],
            [{ text: 'c', href: 'mailto:desk@example.com' }],
            [{ text: 'd', href: '/world' }],
          ],
        },
      ]),
    );
    const links = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]);
    assert.equal(links.length, 4, html);
    for (const attrs of links.slice(0, 3)) assert.match(attrs, /rel="noopener noreferrer"/);
    assert.equal(links[3], 'href="/world"');
  });

  it('renders an embed only from its provider’s allow-listed hosts, even if a block skipped validation', () => {
    for (const url of [
      'https://evil.example/youtube.com',
      'https://www.youtube.com.evil.example/x',
      'http://www.youtube.com/watch?v=1',
      'javascript:alert(1)',
      'https://t.me/x',
    ]) {
      const html = render([{ type: 'embed', provider: 'youtube', url } as Block]);
      assert.equal(inner(html), '', url);
    }
    const ok = render([{ type: 'embed', provider: 'youtube', url: 'https://youtu.be/abc' }]);
    assert.ok(ok.includes('<a href="https://youtu.be/abc" rel="noopener noreferrer">'), ok);
    assert.ok(!ok.includes('<iframe') && !ok.includes('<script'), ok);
  });

  it('renders headings as h2 and h3', () => {
    assert.equal(
      inner(
        render([
          { type: 'heading', level: 2, text: 'Two' },
          { type: 'heading', level: 3, text: 'Three' },
        ]),
      ),
      '<h2>Two</h2><h3>Three</h3>',
    );
  });

  it('renders a quote as a pull quote: mark, blockquote between curly quotation marks, figcaption attribution', () => {
    const html = inner(render([{ type: 'quote', text: 'We will respond.', attribution: 'A spokesperson' }]));
    assert.match(
      html,
      /^<figure[^>]*><svg[^>]*aria-hidden="true"[^]*?<\/svg><blockquote><p>“We will respond\.”<\/p><\/blockquote><figcaption>A spokesperson<\/figcaption><\/figure>$/,
    );
    const plain = inner(render([{ type: 'quote', text: 'No one said it.' }]));
    assert.ok(plain.includes('<blockquote><p>“No one said it.”</p></blockquote>'));
    assert.ok(!plain.includes('figcaption'), 'no empty attribution');
    // Marks staff typed around the whole quote are not doubled; marks inside it stay.
    for (const typed of ['"Enough."', '“Enough.”', '«Enough.»']) {
      assert.ok(inner(render([{ type: 'quote', text: typed }])).includes('<p>“Enough.”</p>'), typed);
    }
    assert.ok(inner(render([{ type: 'quote', text: 'He said "no"' }])).includes('<p>“He said &quot;no&quot;”</p>'));
  });

  it('renders an image from the media map with srcset, dimensions and caption/credit overrides', () => {
    const html = inner(
      render([
        { type: 'image', mediaId: 7, alt: 'Override alt', caption: 'Override caption', credit: 'Override credit' },
      ]),
    );
    assert.match(
      html,
      /^<figure[^>]*><img [^>]*\/?><figcaption>Override caption<span class="credit"> Override credit<\/span><\/figcaption><\/figure>$/,
    );
    const img = attrsOf(html, 'img');
    assert.equal(img.alt, 'Override alt');
    assert.equal(img.width, '1600');
    assert.equal(img.height, '900');
    assert.equal(img.src, '/media/kremlin-at-dusk-a1b2-640.webp');
    // Inline images never ask for more than 1600w.
    assert.equal(
      img.srcset,
      [320, 640, 1280, 1600].map((w) => `/media/kremlin-at-dusk-a1b2-${w}.webp ${w}w`).join(', '),
    );
    assert.ok(img.sizes && img.sizes.length > 0);
    assert.equal(img.loading, 'lazy');
  });

  it("falls back to the media library's alt, caption and credit", () => {
    const html = inner(render([{ type: 'image', mediaId: 7 }]));
    assert.equal(attrsOf(html, 'img').alt, 'Library alt');
    assert.ok(
      html.includes('<figcaption>Library caption<span class="credit"> Library credit</span></figcaption>'),
      html,
    );
  });

  it('renders no figcaption when there is neither caption nor credit', () => {
    const bare: MediaItem = { ...PHOTO, id: 8, caption: '', credit: '' };
    const html = inner(render([{ type: 'image', mediaId: 8 }], { 8: bare }));
    assert.ok(html.includes('<img'));
    assert.ok(!html.includes('figcaption'), html);
  });

  it('renders nothing for an image whose media is missing', () => {
    assert.equal(render([{ type: 'image', mediaId: 999 }]), '<div class="article-body"></div>');
    assert.equal(render([{ type: 'image', mediaId: 7 }], {}), '<div class="article-body"></div>');
  });

  it('renders ordered and unordered lists', () => {
    const html = inner(
      render([
        { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two', bold: true }]] },
        { type: 'list', ordered: false, items: [[{ text: 'a' }, { text: 'b', href: '/b' }]] },
      ]),
    );
    assert.equal(
      html,
      '<ol><li><span>one</span></li><li><span><strong>two</strong></span></li></ol>' +
        '<ul><li><span>a</span><span><a href="/b">b</a></span></li></ul>',
    );
  });

  it('renders an embed as a plain link to its URL: no iframe, no script', () => {
    const html = inner(
      render([
        { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc&t=1', title: 'Watch this' },
        { type: 'embed', provider: 'telegram', url: 'https://t.me/channel/1' },
      ]),
    );
    assert.ok(
      html.includes('<a href="https://www.youtube.com/watch?v=abc&amp;t=1" rel="noopener noreferrer">Watch this</a>'),
      html,
    );
    assert.ok(html.includes('<a href="https://t.me/channel/1" rel="noopener noreferrer">View on Telegram</a>'), html);
    assert.ok(html.includes('YouTube'));
    assert.ok(!/<iframe|<script|<embed|<object/i.test(html), html);
  });

  it('renders every block type of a full body, in order', () => {
    const body = readBody([
      { type: 'paragraph', content: [{ text: 'P' }] },
      { type: 'heading', level: 2, text: 'H' },
      { type: 'quote', text: 'Q' },
      { type: 'image', mediaId: 7 },
      { type: 'list', ordered: false, items: [[{ text: 'L' }]] },
      { type: 'embed', provider: 'rutube', url: 'https://rutube.ru/video/1/' },
    ]);
    assert.equal(body.length, 6);
    const html = render(body);
    const order = [
      '<p><span>P</span></p>',
      '<h2>H</h2>',
      '<blockquote>',
      '<img',
      '<ul>',
      'https://rutube.ru/video/1/',
    ].map((s) => html.indexOf(s));
    assert.ok(
      order.every((i) => i >= 0),
      `${order} in ${html}`,
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
  });

  it('escapes text and attributes', () => {
    const evil = '<script>alert(1)</script> "&';
    const html = render([
      { type: 'paragraph', content: [{ text: evil }] },
      { type: 'heading', level: 2, text: evil },
      { type: 'quote', text: evil, attribution: evil },
      { type: 'image', mediaId: 7, alt: evil, caption: evil, credit: evil },
      { type: 'list', ordered: false, items: [[{ text: evil }]] },
      { type: 'embed', provider: 'x', url: 'https://x.com/a?q="><script>alert(1)</script>', title: evil },
    ]);
    assert.ok(!html.includes('<script'), html);
    assert.ok(html.includes('href="https://x.com/a?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'), html);
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;';
    // paragraph, heading, quote text, attribution, caption, credit, list item, embed title + the alt attribute
    assert.equal(html.split(escaped).length - 1, 9, html);
    assert.equal(attrsOf(html, 'img').alt, '&lt;script&gt;alert(1)&lt;/script&gt; "&');
  });

  it('skips a block of an unknown type instead of failing the page', (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const html = render([
      { type: 'hologram', url: 'x' } as unknown as Block,
      { type: 'heading', level: 2, text: 'After' },
    ]);
    assert.equal(html, '<div class="article-body"><h2>After</h2></div>');
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0].arguments[0]), /hologram/);
  });
});

// ------------------------------------------------------------------ media blocks (issue 18)
const KEY = '0123456789abcdef0123456789abcdef';
const POSTER: MediaItem = { ...PHOTO, id: 8, file: 'poster-frame', alt: 'Poster alt' };
const SECOND: MediaItem = { ...PHOTO, id: 9, file: 'second-photo', alt: 'Second alt', caption: '', credit: '' };
const avItem = (v: Partial<AvItem> & Pick<AvItem, 'id' | 'kind'>): AvItem => ({
  status: 'ready',
  error: '',
  storageKey: KEY,
  title: '',
  description: '',
  credit: '',
  transcript: '',
  durationMs: 64_000,
  width: 1280,
  height: 720,
  mime: 'video/mp4',
  bytes: 0,
  originalName: '',
  allowDownload: false,
  renditions: [],
  poster: null,
  captions: [],
  createdAt: '2026-12-01T10:00:00.000Z',
  ...v,
});
const VIDEO = avItem({
  id: 20,
  kind: 'video',
  title: 'Launch',
  poster: POSTER,
  renditions: [{ file: '720.mp4', role: 'mp4', mime: 'video/mp4', bytes: 3_000_000, width: 1280, height: 720 }],
  captions: [{ lang: 'en', label: 'English', url: `/media/av/${KEY}/captions-en-abc123.vtt` }],
});
const AUDIO = avItem({
  id: 21,
  kind: 'audio',
  title: 'Episode one',
  mime: 'audio/mpeg',
  renditions: [{ file: 'audio.m4a', role: 'audio', mime: 'audio/mp4', bytes: 900_000 }],
});
const FILE = avItem({
  id: 22,
  kind: 'file',
  mime: 'application/pdf',
  originalName: 'Annual report 2025.pdf',
  bytes: 1_572_864,
  renditions: [{ file: 'document.pdf', role: 'file', mime: 'application/pdf', bytes: 1_572_864 }],
});
const PROCESSING = avItem({ id: 23, kind: 'video', title: 'Still going', status: 'processing' });
const AV: Record<number, AvItem> = { 20: VIDEO, 21: AUDIO, 22: FILE, 23: PROCESSING };
const MEDIA_ALL: Record<number, MediaItem> = { 7: PHOTO, 8: POSTER, 9: SECOND };

function renderMedia(blocks: Block[], preview = false, firstGalleryNumber?: number): string {
  return renderToStaticMarkup(
    withIntl(
      <ArticleBody
        blocks={blocks}
        media={MEDIA_ALL}
        av={AV}
        preview={preview}
        firstGalleryNumber={firstGalleryNumber}
      />,
    ),
  );
}

describe('ArticleBody: video, audio, galleries and downloads', () => {
  it('renders a video block as a native <video> with its poster, MP4 source and caption track', () => {
    const html = renderMedia([{ type: 'video', mediaId: 20, caption: 'The rocket lifts off' }]);
    const video = attrsOf(html, 'video');
    assert.ok('controls' in video, html);
    assert.match(video.poster, /^\/media\/poster-frame-\d+\.webp$/);
    assert.equal(attrsOf(html, 'source').src, `/media/av/${KEY}/720.mp4`);
    assert.equal(attrsOf(html, 'track').src, `/media/av/${KEY}/captions-en-abc123.vtt`);
    assert.ok(html.includes('The rocket lifts off'), html);
  });

  it('renders an audio block as a native <audio> with its rendition', () => {
    const html = renderMedia([{ type: 'audio', mediaId: 21 }]);
    assert.ok(/<audio[^>]*controls/.test(html), html);
    assert.ok(html.includes(`/media/av/${KEY}/audio.m4a`), html);
  });

  it('renders a file block as a download: the name as a real link, the type and the size', () => {
    const html = renderMedia([{ type: 'file', mediaId: 22 }]);
    const link = attrsOf(html, 'a');
    assert.equal(link.href, `/media/av/${KEY}/document.pdf`);
    assert.equal(link.download, 'Annual report 2025.pdf');
    assert.ok(html.includes('>Annual report 2025.pdf</a>'), html);
    assert.ok(html.includes('PDF document, 1.5 MB'), html);
    const titled = renderMedia([{ type: 'file', mediaId: 22, title: 'The report' }]);
    assert.ok(titled.includes('>The report</a>'), titled);
  });

  it('renders a gallery with each picture’s override, else the library’s alt, caption and credit, skipping missing ones', () => {
    const html = renderMedia(
      [
        {
          type: 'gallery',
          title: 'The day',
          items: [{ mediaId: 7, alt: 'Own alt', credit: 'Own credit' }, { mediaId: 404 }, { mediaId: 9 }],
        },
      ],
      false,
      3,
    );
    assert.ok(html.includes('The day'), html);
    assert.ok(html.includes('alt="Own alt"'), html);
    assert.ok(html.includes('Own credit'), html);
    assert.ok(html.includes('Library caption'), html);
    assert.ok(html.includes('alt="Second alt"'), html);
    assert.ok(html.includes('/media/kremlin-at-dusk-a1b2-2400.webp'), 'links to the full picture');
    assert.ok(html.includes('id="img-3"') && html.includes('id="img-4"') && !html.includes('id="img-5"'), html);
  });

  it('numbers a second gallery on from the first', () => {
    const html = renderMedia([
      { type: 'gallery', items: [{ mediaId: 7 }, { mediaId: 9 }] },
      { type: 'gallery', items: [{ mediaId: 8 }, { mediaId: 9 }] },
    ]);
    for (const n of [1, 2, 3, 4]) assert.ok(html.includes(`id="img-${n}"`), `img-${n}`);
  });

  it('renders nothing for readers where the item is missing, of another kind or not ready, and logs it', (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const blocks: Block[] = [
      { type: 'video', mediaId: 23 },
      { type: 'video', mediaId: 21 },
      { type: 'audio', mediaId: 999 },
      { type: 'file', mediaId: 20 },
      { type: 'gallery', items: [{ mediaId: 404 }, { mediaId: 405 }] },
    ];
    assert.equal(renderMedia(blocks), '<div class="article-body"></div>');
    assert.equal(warn.mock.callCount(), 4);
    // A staff preview says what is missing instead.
    const preview = renderMedia(blocks, true);
    assert.ok(preview.includes('Processing… Video “Still going” is not ready yet.'), preview);
    assert.ok(preview.includes('Audio #999 is not in the library.'), preview);
    assert.equal(preview.split('role="note"').length - 1, 4, preview);
  });
});

describe('ArticleHero: the story’s main media', () => {
  const article = (v: Partial<ArticleFull>): ArticleFull => ({
    id: 1,
    edition: 'en',
    slug: 's',
    title: 'Launch day',
    lede: '',
    section: { id: 1, slug: 'science', name: 'Science' },
    publishedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: null,
    hero: null,
    body: [],
    heroCaption: '',
    authors: [],
    tags: [],
    media: MEDIA_ALL,
    av: {},
    heroVideo: null,
    heroGallery: [],
    seo: { metaTitle: '', metaDescription: '', socialTitle: '', socialDescription: '', socialImage: null },
    translations: [],
    isOriginal: false,
    ...v,
  });
  const header = (a: ArticleFull, preview = false) =>
    renderToStaticMarkup(withIntl(<ArticleHero article={a} preview={preview} />));

  it('a video hero plays at the top, its poster preloaded', () => {
    const html = header(article({ hero: POSTER, heroVideo: VIDEO, av: { 20: VIDEO }, heroCaption: 'Lift-off' }));
    assert.ok(html.includes('<video'), html);
    assert.ok(html.includes('rel="preload"'), html);
    assert.ok(html.includes('Lift-off'), html);
  });

  it('a video hero that is not ready shows its poster to readers, and a note in a preview', (t) => {
    t.mock.method(console, 'warn', () => {});
    const a = article({ hero: POSTER, heroVideo: { ...VIDEO, status: 'processing' } });
    const html = header(a);
    assert.ok(!html.includes('<video'), html);
    assert.ok(html.includes('poster-frame'), html);
    assert.ok(header(a, true).includes('Processing… the hero video “Launch” is not ready yet.'));
  });

  it('a hero gallery takes the hero’s place', () => {
    const html = header(
      article({
        hero: PHOTO,
        heroGallery: [{ mediaId: 9, caption: 'First' }, { mediaId: 8 }],
        heroCaption: 'Pictures',
      }),
    );
    assert.ok(html.includes('id="img-1"') && html.includes('id="img-2"'), html);
    assert.ok(html.includes('Pictures'), html);
    assert.ok(!html.includes('class="article-hero"'), html);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  blockSchema,
  EMBED_PROVIDERS,
  embedProviderFor,
  isSafeHref,
  avIdsOf,
  mediaIdsOf,
  plainText,
  readBody,
  validateBody,
  type Block,
  type EmbedProvider,
} from '@/lib/content/blocks';

const SCHEMA_TYPES = blockSchema.options.map((o) => o.shape.type.value);

/** One body that uses every block type (and every embed provider). */
const FULL_BODY: Block[] = [
  {
    type: 'paragraph',
    content: [
      { text: 'Plain, ' },
      { text: 'bold', bold: true },
      { text: ' and ', italic: true },
      { text: 'external', href: 'https://example.com/a?b=c' },
      { text: ' internal', href: '/world' },
      { text: ' mail', href: 'mailto:desk@news.example' },
    ],
  },
  { type: 'heading', level: 2, text: 'Second level' },
  { type: 'heading', level: 3, text: 'Third level' },
  { type: 'quote', text: 'A quotation.', attribution: 'Somebody, spokesperson' },
  { type: 'quote', text: 'Unattributed.' },
  { type: 'image', mediaId: 5, alt: 'Alt override', caption: 'Caption override', credit: 'Credit override' },
  { type: 'image', mediaId: 6 },
  { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two', bold: true }]] },
  { type: 'list', ordered: false, items: [[{ text: 'a' }, { text: 'link', href: 'https://example.com' }]] },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: 'A video' },
  { type: 'embed', provider: 'youtube', url: 'https://youtu.be/abc' },
  { type: 'embed', provider: 'x', url: 'https://x.com/someone/status/1' },
  { type: 'embed', provider: 'x', url: 'https://twitter.com/someone/status/1' },
  { type: 'embed', provider: 'telegram', url: 'https://t.me/channel/123' },
  { type: 'embed', provider: 'vk', url: 'https://vk.com/video-1_2' },
  { type: 'embed', provider: 'rutube', url: 'https://rutube.ru/video/abc/' },
  { type: 'video', mediaId: 20, caption: 'The launch' },
  { type: 'video', mediaId: 21 },
  { type: 'audio', mediaId: 22, caption: 'The interview' },
  { type: 'file', mediaId: 23, title: 'Annual report' },
  {
    type: 'gallery',
    title: 'The day in pictures',
    items: [{ mediaId: 5, alt: 'A', caption: 'C', credit: 'Cr' }, { mediaId: 7 }],
  },
];

const para = (text = 'ok'): Block => ({ type: 'paragraph', content: [{ text }] });

function expectErrors(input: unknown): string[] {
  const result = validateBody(input);
  assert.equal(result.ok, false, `expected ${JSON.stringify(input)} to be rejected`);
  assert.ok(!result.ok);
  assert.ok(result.errors.length > 0);
  return result.errors;
}

/** Asserts one of the errors is about `path` (e.g. "1.content.0.href") and returns it. */
function errorAt(errors: string[], path: string, pattern?: RegExp): string {
  const err = errors.find((e) => e.startsWith(`${path}: `));
  assert.ok(err, `no error at ${path} in ${JSON.stringify(errors)}`);
  if (pattern) assert.match(err, pattern);
  return err;
}

describe('validateBody: accepts', () => {
  it('the fixture covers every block type and every embed provider', () => {
    assert.deepEqual(new Set(FULL_BODY.map((b) => b.type)), new Set(SCHEMA_TYPES));
    assert.deepEqual(
      new Set(FULL_BODY.flatMap((b) => (b.type === 'embed' ? [b.provider] : []))),
      new Set(Object.keys(EMBED_PROVIDERS)),
    );
  });

  it('a body with every block type, unchanged', () => {
    const result = validateBody(FULL_BODY);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.body, FULL_BODY);
  });

  it('an empty body', () => {
    assert.deepEqual(validateBody([]), { ok: true, body: [] });
  });

  it('trims heading and quote text', () => {
    const result = validateBody([
      { type: 'heading', level: 2, text: '  Spaced  ' },
      { type: 'quote', text: ' q ', attribution: ' who ' },
    ]);
    assert.ok(result.ok);
    assert.deepEqual(result.body, [
      { type: 'heading', level: 2, text: 'Spaced' },
      { type: 'quote', text: 'q', attribution: 'who' },
    ]);
  });

  it('drops unknown extra keys rather than storing them', () => {
    const result = validateBody([{ type: 'paragraph', content: [{ text: 'x', onclick: 'alert(1)' }], style: 'x' }]);
    assert.ok(result.ok);
    assert.deepEqual(result.body, [{ type: 'paragraph', content: [{ text: 'x' }] }]);
  });
});

describe('validateBody: rejects', () => {
  it('a body that is not an array, with the path "body"', () => {
    errorAt(expectErrors('text'), 'body');
    errorAt(expectErrors({ 0: para() }), 'body');
    errorAt(expectErrors(null), 'body');
  });

  it('more than 500 blocks', () => {
    expectErrors(Array.from({ length: 501 }, () => para()));
    assert.ok(validateBody(Array.from({ length: 500 }, () => para())).ok);
  });

  it('an unknown block type', () => {
    const errors = expectErrors([para(), { type: 'hologram', url: 'https://example.com' }]);
    assert.equal(errors.length, 1);
    errorAt(errors, '1.type');
  });

  it('media blocks without a positive integer id, and galleries of fewer than 2 or more than 60 pictures', () => {
    errorAt(expectErrors([{ type: 'video', url: 'https://example.com/a.mp4' }]), '0.mediaId');
    errorAt(expectErrors([{ type: 'audio', mediaId: 0 }]), '0.mediaId');
    errorAt(expectErrors([{ type: 'file', mediaId: 1.5 }]), '0.mediaId');
    errorAt(expectErrors([{ type: 'gallery', items: [{ mediaId: 1 }] }]), '0.items');
    const many = Array.from({ length: 61 }, (_, i) => ({ mediaId: i + 1 }));
    errorAt(expectErrors([{ type: 'gallery', items: many }]), '0.items');
    errorAt(expectErrors([{ type: 'gallery', items: [{ mediaId: 1 }, { mediaId: -2 }] }]), '0.items.1.mediaId');
    assert.ok(validateBody([{ type: 'gallery', items: many.slice(0, 60) }]).ok);
  });

  it('a block without a type, or not an object', () => {
    errorAt(expectErrors([{ content: [{ text: 'x' }] }]), '0.type');
    assert.ok(expectErrors(['just a string']).some((e) => e.startsWith('0')));
    assert.ok(expectErrors([null]).some((e) => e.startsWith('0')));
  });

  for (const href of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.com',
    '//evil.com/path',
  ]) {
    it(`an inline href ${JSON.stringify(href)}, reporting its path`, () => {
      const errors = expectErrors([para(), { type: 'paragraph', content: [{ text: 'ok' }, { text: 'click', href }] }]);
      errorAt(errors, '1.content.1.href', /Links must be http\(s\), mailto or site-relative/);
    });
  }

  it('an unsafe href inside a list item', () => {
    const errors = expectErrors([
      { type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b', href: 'javascript:x' }]] },
    ]);
    errorAt(errors, '0.items.1.0.href');
  });

  it('an embed whose host is not on its provider allow-list', () => {
    for (const url of [
      'https://evil.com/watch?v=1',
      'https://youtube.com.evil.com/watch?v=1',
      'https://evilyoutube.com/watch?v=1',
      'https://www.youtube.com@evil.com/watch?v=1',
      'https://x.com/watch', // allowed host, but for another provider
    ]) {
      const errors = expectErrors([{ type: 'embed', provider: 'youtube', url }]);
      errorAt(errors, '0.url', /allow-list/);
    }
  });

  it('an embed on plain http, even for an allowed host', () => {
    errorAt(expectErrors([{ type: 'embed', provider: 'youtube', url: 'http://www.youtube.com/watch?v=1' }]), '0.url');
    errorAt(expectErrors([{ type: 'embed', provider: 'telegram', url: 'http://t.me/x' }]), '0.url');
  });

  it('an embed with an unknown provider or a non-URL', () => {
    errorAt(expectErrors([{ type: 'embed', provider: 'instagram', url: 'https://instagram.com/p/1' }]), '0.provider');
    assert.ok(
      expectErrors([{ type: 'embed', provider: 'youtube', url: 'not a url' }]).some((e) => e.startsWith('0.url')),
    );
    assert.ok(
      expectErrors([{ type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' }]).some((e) =>
        e.startsWith('0.url'),
      ),
    );
  });

  it('heading levels other than 2 and 3', () => {
    errorAt(expectErrors([{ type: 'heading', level: 1, text: 'Title' }]), '0.level');
    errorAt(expectErrors([{ type: 'heading', level: 4, text: 'Title' }]), '0.level');
    errorAt(expectErrors([{ type: 'heading', level: '2', text: 'Title' }]), '0.level');
  });

  it('empty text', () => {
    errorAt(expectErrors([{ type: 'paragraph', content: [] }]), '0.content');
    errorAt(expectErrors([{ type: 'paragraph', content: [{ text: '' }] }]), '0.content.0.text');
    errorAt(expectErrors([{ type: 'heading', level: 2, text: '   ' }]), '0.text');
    errorAt(expectErrors([{ type: 'quote', text: '' }]), '0.text');
    errorAt(expectErrors([{ type: 'list', ordered: true, items: [] }]), '0.items');
    errorAt(expectErrors([{ type: 'list', ordered: true, items: [[]] }]), '0.items.0');
  });

  it('bad image media ids', () => {
    for (const mediaId of [0, -1, 1.5, '5', null]) {
      errorAt(expectErrors([{ type: 'image', mediaId }]), '0.mediaId');
    }
  });

  it('reports every problem, each with its own path', () => {
    const errors = expectErrors([
      { type: 'heading', level: 1, text: 'x' },
      para(),
      { type: 'paragraph', content: [{ text: 'x', href: 'javascript:x' }] },
      { type: 'embed', provider: 'vk', url: 'https://evil.com/' },
    ]);
    assert.equal(errors.length, 3, JSON.stringify(errors));
    errorAt(errors, '0.level');
    errorAt(errors, '2.content.0.href');
    errorAt(errors, '3.url');
  });
});

describe('readBody', () => {
  it('keeps valid blocks in order, drops invalid ones and reports their indexes', () => {
    const calls: [number, string][] = [];
    const stored = [
      para('first'),
      { type: 'video' },
      { type: 'heading', level: 2, text: 'kept' },
      { type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] },
      'junk',
      null,
      { type: 'embed', provider: 'youtube', url: 'https://evil.com/x' },
      para('last'),
    ];
    const blocks = readBody(stored, (index, reason) => calls.push([index, reason]));
    assert.deepEqual(blocks, [para('first'), { type: 'heading', level: 2, text: 'kept' }, para('last')]);
    assert.deepEqual(
      calls.map(([i]) => i),
      [1, 3, 4, 5, 6],
    );
    for (const [, reason] of calls) assert.ok(typeof reason === 'string' && reason.length > 0);
  });

  it('returns the whole body when every block is valid, without reporting', () => {
    let reported = 0;
    assert.deepEqual(
      readBody(FULL_BODY, () => reported++),
      FULL_BODY,
    );
    assert.equal(reported, 0);
  });

  it('returns [] for a non-array and reports index -1', () => {
    for (const stored of [null, undefined, 'x', 42, { type: 'paragraph' }]) {
      const calls: number[] = [];
      assert.deepEqual(
        readBody(stored, (i) => calls.push(i)),
        [],
      );
      assert.deepEqual(calls, [-1]);
    }
  });

  it('works without a callback', () => {
    assert.deepEqual(readBody([{ type: 'nope' }, para()]), [para()]);
    assert.deepEqual(readBody('nope'), []);
  });
});

describe('mediaIdsOf', () => {
  it('lists image media ids once each, in order of first use', () => {
    const blocks: Block[] = [
      { type: 'image', mediaId: 9 },
      para(),
      { type: 'image', mediaId: 3 },
      { type: 'image', mediaId: 9 },
      { type: 'image', mediaId: 4 },
    ];
    assert.deepEqual(mediaIdsOf(blocks), [9, 3, 4]);
  });

  it('counts gallery pictures as pictures, and video, audio and files apart (avIdsOf)', () => {
    const blocks: Block[] = [
      { type: 'image', mediaId: 9 },
      { type: 'gallery', items: [{ mediaId: 2 }, { mediaId: 9 }, { mediaId: 8 }] },
      { type: 'video', mediaId: 30 },
      { type: 'audio', mediaId: 31 },
      { type: 'file', mediaId: 32 },
      { type: 'video', mediaId: 30 },
    ];
    assert.deepEqual(mediaIdsOf(blocks), [9, 2, 8]);
    assert.deepEqual(avIdsOf(blocks), [30, 31, 32]);
  });

  it('is empty without images', () => {
    assert.deepEqual(mediaIdsOf([]), []);
    assert.deepEqual(mediaIdsOf([para(), { type: 'heading', level: 2, text: 'x' }]), []);
  });
});

describe('plainText', () => {
  it('joins the text of every block with blank lines and skips blocks without text', () => {
    const blocks: Block[] = [
      { type: 'paragraph', content: [{ text: 'Hello ' }, { text: 'world', bold: true }, { text: '.', href: '/x' }] },
      { type: 'heading', level: 2, text: 'Heading' },
      { type: 'image', mediaId: 1 },
      { type: 'image', mediaId: 2, caption: 'A caption' },
      { type: 'quote', text: 'Quoted', attribution: 'Not included' },
      { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 't' }, { text: 'wo' }]] },
      { type: 'embed', provider: 'youtube', url: 'https://youtu.be/x' },
      { type: 'embed', provider: 'youtube', url: 'https://youtu.be/y', title: 'Video title' },
    ];
    assert.equal(plainText(blocks), 'Hello world.\n\nHeading\n\nA caption\n\nQuoted\n\none\ntwo\n\nVideo title');
  });

  it('is empty for an empty body', () => {
    assert.equal(plainText([]), '');
  });
});

describe('isSafeHref', () => {
  it('accepts http(s), mailto and site-relative paths', () => {
    for (const href of [
      'https://example.com',
      'https://example.com/a?b=c#d',
      'http://example.com/x',
      'HTTPS://EXAMPLE.COM/',
      'mailto:desk@news.example',
      '/',
      '/world',
      '/world/42-slug?page=2#top',
    ]) {
      assert.equal(isSafeHref(href), true, JSON.stringify(href));
    }
  });

  it('rejects script and other schemes, protocol-relative and unparsable hrefs', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '  javascript:alert(1)',
      '\tjavascript:alert(1)',
      '\njavascript:alert(1)',
      'java\tscript:alert(1)',
      'javascript://example.com/%0Aalert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/',
      'tel:+123',
      '//evil.com',
      '//evil.com/x',
      '',
      'relative/path',
      'example.com',
    ]) {
      assert.equal(isSafeHref(href), false, JSON.stringify(href));
    }
  });

  // A site-relative href must stay on the site when a browser resolves it. Browsers treat
  // `\` like `/` in http(s) URLs and drop tabs and newlines, so these are really `//evil.com`.
  for (const href of ['/\\evil.com', '/\\/evil.com', '/\t/evil.com', '/\n/evil.com']) {
    it(`rejects ${JSON.stringify(href)}, which a browser resolves to another host`, () => {
      assert.equal(new URL(href, 'https://news.example').host, 'evil.com', 'premise: browsers leave the site');
      assert.equal(isSafeHref(href), false);
    });
  }
});

describe('embedProviderFor', () => {
  it('recognises each provider by its hosts over https only', () => {
    for (const [provider, { hosts }] of Object.entries(EMBED_PROVIDERS) as [
      EmbedProvider,
      { hosts: readonly string[] },
    ][]) {
      for (const host of hosts) {
        assert.equal(embedProviderFor(`https://${host}/x`), provider);
        assert.equal(embedProviderFor(`https://${host.toUpperCase()}/x`), provider);
        assert.equal(embedProviderFor(`http://${host}/x`), null);
      }
    }
    assert.equal(embedProviderFor('https://evil.com/'), null);
    assert.equal(embedProviderFor('not a url'), null);
  });
});

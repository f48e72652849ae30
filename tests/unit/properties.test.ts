/**
 * Property-based tests (fast-check) for the parsers that read what strangers send: article URL
 * segments and page numbers, slugs, stored article bodies, the search box's grammar and the
 * search page's parameters. Each property is an invariant the site relies on, checked over
 * hundreds of generated inputs (arbitrary Unicode, lone surrogates, control characters,
 * malformed percent-escapes, arbitrary JSON) rather than a few hand-picked ones.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articlePath, listPath, parseArticleSegment, parsePageNumber, slugify, type ListKind } from '@/lib/urls';
import {
  blockSchema,
  embedProviderFor,
  isSafeHref,
  plainText,
  readBody,
  validateBody,
  type Block,
} from '@/lib/content/blocks';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import { blocksToMarkdown } from '@/lib/content/markdown/serialize';
import { MAX_QUERY_CHARS, MAX_TERMS, MIN_PREFIX, parseSearchQuery } from '@/lib/search/query';
import { DATE_RANGES, MAX_SEARCH_PAGE, dateWindow, parseDay, readSearchParams, searchHref } from '@/lib/search/params';
import { editions } from '@/lib/editions';
import { createTestDb, type TestDb } from '../helpers/db';

const RUNS = { numRuns: 300 };
const editionArb = fc.constantFrom(...editions.codes);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Anything a URL, form or search box may carry: full Unicode, lone surrogates, controls. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  // Dense in the characters the parsers treat specially.
  fc.string({
    unit: fc.constantFrom(
      '"',
      '-',
      '*',
      ' ',
      'O',
      'R',
      'A',
      'N',
      'D',
      '(',
      ')',
      ':',
      '^',
      '%',
      '/',
      '\u0000',
      'a',
      'é',
      'ё',
      '1',
      '\uD800',
      '\u202e',
    ),
    maxLength: 80,
  }),
);
/** Strings that look like URL segments, including broken percent-escapes. */
const segmentText = fc.oneof(
  anyText,
  fc.string({
    unit: fc.constantFrom('0', '1', '7', '9', '-', 'a', 'z', '%', 'C', '0', 'F', '2', '.', '+', ' ', 'e'),
    maxLength: 40,
  }),
);
const positiveId = fc.integer({ min: 1, max: 999_999_999_999_999 });
const slugArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), maxLength: 90 }),
  anyText.map((s) => slugify(s)),
);

describe('property: article URLs and page numbers (lib/urls.ts)', () => {
  it('articlePath and parseArticleSegment round-trip any id and slug the site makes', () => {
    fc.assert(
      fc.property(
        positiveId,
        slugArb,
        fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-'), minLength: 1, maxLength: 30 }),
        editionArb,
        (id, slug, sectionSlug, edition) => {
          const path = articlePath({ id, slug, sectionSlug, edition });
          // Another edition's address is the default's behind its prefix (`/ru/…`).
          const prefix = editions.prefix(edition);
          assert.ok(path.startsWith(`${prefix}/`), path);
          const parts = path.slice(prefix.length).split('/');
          assert.equal(parts.length, 3, path);
          assert.equal(parts[1], sectionSlug);
          assert.deepEqual(parseArticleSegment(parts[2]), { id, slug });
          // The browser's view of the same URL reads back the same.
          const pathname = new URL(path, 'https://news.example').pathname.slice(prefix.length);
          assert.deepEqual(parseArticleSegment(pathname.split('/')[2]), { id, slug });
        },
      ),
      RUNS,
    );
  });

  it('parseArticleSegment never throws, and only ever returns a canonical positive safe id', () => {
    fc.assert(
      fc.property(segmentText, (segment) => {
        const parsed = parseArticleSegment(segment);
        if (parsed === null) return;
        assert.ok(Number.isSafeInteger(parsed.id) && parsed.id > 0, segment);
        let decoded = segment;
        try {
          decoded = decodeURIComponent(segment);
        } catch {
          // kept as it came
        }
        // The id is written exactly as the canonical URL writes it (no sign, no leading zeros).
        assert.equal(
          decoded,
          parsed.slug === '' && !decoded.includes('-') ? String(parsed.id) : `${parsed.id}-${parsed.slug}`,
          segment,
        );
      }),
      RUNS,
    );
  });

  it('any text after the id is a (possibly wrong) slug of that article, so it 308s to the canonical URL', () => {
    fc.assert(
      fc.property(
        positiveId,
        anyText.filter((t) => !t.includes('%')),
        (id, text) => {
          assert.deepEqual(parseArticleSegment(`${id}-${text}`), { id, slug: text });
        },
      ),
      RUNS,
    );
  });

  it('an id with a leading zero, a sign or junk is never a second name for an article', () => {
    fc.assert(
      fc.property(positiveId, fc.constantFrom('0', '00', '+', '-', ' ', '%30'), slugArb, (id, prefix, slug) => {
        assert.equal(parseArticleSegment(`${prefix}${id}-${slug}`), null);
      }),
      RUNS,
    );
  });

  it('parsePageNumber accepts exactly the canonical numbers listPath writes', () => {
    fc.assert(
      fc.property(fc.option(segmentText, { nil: undefined }), (raw) => {
        const page = parsePageNumber(raw);
        if (raw === undefined) return assert.equal(page, 1);
        if (page === null) return;
        assert.ok(Number.isInteger(page) && page >= 1 && page <= 999_999, raw);
        assert.equal(String(page), raw);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.constantFrom<ListKind>('section', 'tag', 'author'),
        slugArb.filter((s) => s !== ''),
        fc.integer({ min: 1, max: 999_999 }),
        editionArb,
        (kind, slug, page, edition) => {
          const url = new URL(listPath(edition, kind, slug, page), 'https://news.example');
          assert.equal(parsePageNumber(url.searchParams.get('page') ?? undefined), page);
          assert.equal(url.searchParams.has('page'), page > 1);
        },
      ),
      RUNS,
    );
  });
});

describe('property: slugify (lib/urls.ts)', () => {
  it('always gives an ASCII, lower-case, hyphen-separated slug within the limit, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 120 }), (title, max) => {
        const slug = slugify(title, max);
        assert.ok(slug === '' || SLUG.test(slug), JSON.stringify([title, slug]));
        assert.ok(slug.length <= max, JSON.stringify([title, max, slug]));
        assert.equal(slugify(slug, max), slug);
      }),
      RUNS,
    );
  });

  it('keeps every ASCII word of a short title, in order, joined by single hyphens', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      minLength: 1,
      maxLength: 8,
    });
    const separator = fc.string({
      unit: fc.constantFrom(' ', '-', ',', '.', '!', '?', ':', '/', '\t', '"', '<', '>'),
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 8 }), (parts) => {
        const title = parts.map(([w, s]) => w + s).join('');
        assert.equal(slugify(title), parts.map(([w]) => w.toLowerCase()).join('-'));
      }),
      RUNS,
    );
  });
});

// ------------------------------------------------------------------ article bodies
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'image',
  'list',
  'embed',
  'video',
  'audio',
  'gallery',
  'file',
]);
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE articles; --",
    '{{7*7}}',
    '\u202eevil',
    '&amp;&lt;',
  ),
);
const nonBlank = hostileText.filter((s) => s.trim().length > 0);
const hrefArb = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    '/ok/path',
    'mailto:a@example.com',
    'https://example.com/a?b=<c>',
  ),
  fc.string({ maxLength: 40 }),
);
const inlineArb = fc.record(
  { text: hostileText, bold: fc.boolean(), italic: fc.boolean(), href: hrefArb },
  { requiredKeys: ['text'] },
);
const mediaIdArb = fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double(), fc.string());
const validishBlock = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), content: fc.array(inlineArb, { minLength: 1, maxLength: 4 }) }),
  fc.record({ type: fc.constant('heading'), level: fc.constantFrom(1, 2, 3, 4), text: hostileText }),
  fc.record(
    { type: fc.constant('quote'), text: hostileText, attribution: hostileText },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record(
    {
      type: fc.constant('image'),
      mediaId: fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double(), fc.string()),
      caption: hostileText,
      alt: hostileText,
    },
    { requiredKeys: ['type', 'mediaId'] },
  ),
  fc.record({
    type: fc.constant('list'),
    ordered: fc.boolean(),
    items: fc.array(fc.array(inlineArb, { minLength: 1, maxLength: 2 }), { minLength: 0, maxLength: 3 }),
  }),
  fc.record(
    {
      type: fc.constant('embed'),
      provider: fc.constantFrom('youtube', 'x', 'telegram', 'vk', 'rutube', 'evil'),
      url: fc.oneof(
        fc.webUrl(),
        fc.constantFrom(
          'https://www.youtube.com/watch?v=1',
          'https://t.me/x/1',
          'http://youtube.com/x',
          'javascript:alert(1)',
          'https://evil.example/youtube.com',
        ),
      ),
      title: hostileText,
    },
    { requiredKeys: ['type', 'provider', 'url'] },
  ),
  fc.record(
    { type: fc.constantFrom('video', 'audio'), mediaId: mediaIdArb, caption: hostileText },
    { requiredKeys: ['type', 'mediaId'] },
  ),
  fc.record(
    { type: fc.constant('file'), mediaId: mediaIdArb, title: hostileText },
    { requiredKeys: ['type', 'mediaId'] },
  ),
  fc.record(
    {
      type: fc.constant('gallery'),
      title: hostileText,
      items: fc.array(
        fc.record(
          { mediaId: mediaIdArb, alt: hostileText, caption: hostileText, credit: hostileText },
          { requiredKeys: ['mediaId'] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.record({ type: fc.constantFrom('html', 'script', 'iframe', '__proto__', 'constructor'), html: hostileText }),
);
const storedBody = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.array(fc.oneof(validishBlock, fc.jsonValue()), { maxLength: 12 }),
);

function assertSafeBlock(block: Block): void {
  assert.ok(BLOCK_TYPES.has(block.type), block.type);
  assert.ok(blockSchema.safeParse(block).success);
  const inlines = block.type === 'paragraph' ? block.content : block.type === 'list' ? block.items.flat() : [];
  for (const inline of inlines) {
    assert.equal(typeof inline.text, 'string');
    if (inline.href !== undefined) {
      assert.ok(isSafeHref(inline.href), inline.href);
      assert.doesNotMatch(inline.href.replace(/[\s\u0000-\u001f]/g, ''), /^(javascript|data|vbscript):/i);
    }
  }
  if (block.type === 'embed') assert.equal(embedProviderFor(block.url), block.provider);
  if (block.type === 'image' || block.type === 'video' || block.type === 'audio' || block.type === 'file')
    assert.ok(Number.isSafeInteger(block.mediaId) && block.mediaId > 0);
  if (block.type === 'gallery') {
    assert.ok(block.items.length >= 2 && block.items.length <= 60);
    for (const item of block.items) assert.ok(Number.isSafeInteger(item.mediaId) && item.mediaId > 0);
  }
  if (block.type === 'heading') assert.ok(block.level === 2 || block.level === 3);
}

describe('property: article body blocks (lib/content/blocks.ts)', () => {
  it('readBody never throws on any stored value and returns only known, valid, safe blocks', () => {
    fc.assert(
      fc.property(storedBody, (stored) => {
        const invalid: number[] = [];
        const blocks = readBody(stored, (index) => invalid.push(index));
        assert.ok(Array.isArray(blocks));
        for (const block of blocks) assertSafeBlock(block);
        if (Array.isArray(stored)) {
          // Every stored block is either kept or reported, never both, never silently lost.
          assert.equal(blocks.length + invalid.length, stored.length);
          assert.equal(new Set(invalid).size, invalid.length);
        } else {
          assert.deepEqual(blocks, []);
          assert.deepEqual(invalid, [-1]);
        }
        // Reading what was read changes nothing, and its text can always be taken out.
        assert.deepEqual(readBody(blocks), blocks);
        assert.equal(typeof plainText(blocks), 'string');
      }),
      RUNS,
    );
  });

  it('text stays text: markup and SQL in a valid block come back as the same characters', () => {
    fc.assert(
      fc.property(hostileText, nonBlank, (inline, heading) => {
        const body = [
          { type: 'paragraph', content: [{ text: inline }] },
          { type: 'heading', level: 2, text: heading },
        ];
        const blocks = readBody(body);
        assert.equal(blocks.length, 2);
        assert.deepEqual(blocks[0], body[0]);
        assert.equal((blocks[1] as { text: string }).text, heading.trim());
        assert.ok(plainText(blocks).includes(inline));
      }),
      RUNS,
    );
  });

  it('validateBody accepts exactly what readBody keeps whole, and reports every problem', () => {
    fc.assert(
      fc.property(fc.array(validishBlock, { maxLength: 8 }), (body) => {
        const kept = readBody(body);
        const result = validateBody(body);
        assert.equal(result.ok, kept.length === body.length);
        if (result.ok) assert.deepEqual(result.body, kept);
        else assert.ok(result.errors.length >= body.length - kept.length);
      }),
      RUNS,
    );
  });

  it('media blocks (video, audio, file, gallery) survive blocksToMarkdown → markdownToBlocks exactly', () => {
    // The text fields as a valid block holds them: trimmed, on one line (line breaks are not representable).
    const field = fc
      .oneof(
        hostileText,
        fc.string({
          unit: fc.constantFrom('"', '\\', '*', '_', '[', ']', '(', ')', '`', '—', '-', '#', '!', '&', ' ', 'a'),
          maxLength: 20,
        }),
      )
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0);
    const id = fc.integer({ min: 1, max: 999_999 });
    const item = fc.record({ mediaId: id, alt: field, caption: field, credit: field }, { requiredKeys: ['mediaId'] });
    const mediaBlock = fc.oneof(
      fc.record(
        { type: fc.constantFrom('video' as const, 'audio' as const), mediaId: id, caption: field },
        { requiredKeys: ['type', 'mediaId'] },
      ),
      fc.record(
        { type: fc.constant('file' as const), mediaId: id, title: field },
        { requiredKeys: ['type', 'mediaId'] },
      ),
      fc.record(
        { type: fc.constant('gallery' as const), title: field, items: fc.array(item, { minLength: 2, maxLength: 5 }) },
        { requiredKeys: ['type', 'items'] },
      ),
      fc.record(
        { type: fc.constant('image' as const), mediaId: id, alt: field, caption: field },
        { requiredKeys: ['type', 'mediaId'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(mediaBlock, { minLength: 1, maxLength: 5 }), (raw) => {
        // Plain objects, as a stored body is (fast-check may make null-prototype records).
        const body = JSON.parse(JSON.stringify(raw)) as Block[];
        assert.equal(validateBody(body).ok, true);
        const md = blocksToMarkdown(body);
        const back = markdownToBlocks(md);
        assert.deepEqual(back.errors, [], md);
        assert.deepEqual(back.blocks, body, md);
      }),
      RUNS,
    );
  });

  it('isSafeHref only lets http(s), mailto and same-site paths through', () => {
    fc.assert(
      fc.property(fc.oneof(hrefArb, anyText), (href) => {
        if (!isSafeHref(href)) return;
        const url = new URL(href, 'https://site.invalid/base/');
        assert.ok(['http:', 'https:', 'mailto:'].includes(url.protocol), href);
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) assert.equal(url.origin, 'https://site.invalid', href);
      }),
      RUNS,
    );
  });
});

// ------------------------------------------------------------------ search
/** What FTS5 is allowed to receive: quoted strings (quotes doubled, optional *), AND/OR/NOT and brackets. */
const FTS_STRING = /"(?:[^"]|"")*"\*?/g;
function assertFtsShape(fts: string): void {
  const rest = fts.replace(FTS_STRING, ' ');
  assert.match(rest, /^(?:\s|\(|\)|AND|OR|NOT)*$/, fts);
  for (const quoted of fts.match(FTS_STRING) ?? []) {
    const inner = quoted.replace(/\*$/, '').slice(1, -1).replace(/""/g, '"');
    assert.match(inner, /[\p{L}\p{N}]/u, fts);
    assert.doesNotMatch(inner, /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u, fts);
  }
}

describe('property: the search grammar (lib/search/query.ts)', () => {
  it('any string parses without throwing into a capped query whose FTS5 expression holds only quoted terms and operators', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'grapheme', minLength: 190, maxLength: 2000 })), (raw) => {
        const q = parseSearchQuery(raw);
        assert.ok(q.text.length <= MAX_QUERY_CHARS, raw);
        assert.doesNotMatch(q.text, /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u);
        assert.equal(q.text, q.text.trim());
        assert.ok(q.required.flat().length + q.excluded.length <= MAX_TERMS);
        assert.equal(q.fts === null, q.problem !== null);
        assert.equal(q.problem === 'empty', q.required.length === 0 && q.excluded.length === 0);
        assert.equal(q.problem === 'only-excluded', q.required.length === 0 && q.excluded.length > 0);
        if (q.fts) assertFtsShape(q.fts);
        if (q.rankFts) assertFtsShape(q.rankFts);
        for (const term of [...q.required.flat(), ...q.excluded]) {
          assert.match(term.text, /[\p{L}\p{N}]/u);
          if (term.prefix) assert.ok([...term.text].filter((c) => /[\p{L}\p{N}]/u.test(c)).length >= MIN_PREFIX);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('plain words are all required, each quoted once, in order', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzабвгд0123456789'),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: MAX_TERMS }), (words) => {
        const q = parseSearchQuery(words.join(' '));
        assert.deepEqual(
          q.required.map((g) => g.map((t) => t.text)),
          words.map((w) => [w]),
        );
        assert.equal(q.fts, words.map((w) => `"${w}"`).join(' AND '));
      }),
      RUNS,
    );
  });

  let t: TestDb;
  before(async () => {
    t = await createTestDb('newsroom-properties-');
    const section = t.insertSection({ slug: 'world' });
    t.insertArticle({
      sectionId: section,
      title: 'Oil and gas: a NEAR miss',
      lede: '"Quoted" (brackets) ^caret',
      body: [{ type: 'paragraph', content: [{ text: 'Санкции ёлка déjà vu' }] }],
    });
  });
  after(() => t?.cleanup());

  it('SQLite FTS5 accepts every expression the parser produces', () => {
    const match = t.db.$client.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');
    fc.assert(
      fc.property(anyText, (raw) => {
        const q = parseSearchQuery(raw);
        for (const expression of [q.fts, q.rankFts])
          if (expression) assert.doesNotThrow(() => match.get(expression), `${JSON.stringify(raw)} → ${expression}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: search parameters (lib/search/params.ts)', () => {
  const value = fc.oneof(
    fc.constant(undefined),
    anyText,
    fc.array(anyText, { maxLength: 3 }),
    fc.constantFrom(
      'newest',
      'relevance',
      'day',
      'week',
      'month',
      'custom',
      'any',
      '2026-01-31',
      '2026-02-30',
      '1969-12-31',
      '0',
      '-1',
      '50',
      '51',
      '999999',
      '1e3',
      'world-news',
      '../../etc',
      '__proto__',
      'constructor',
      'toString',
    ),
  );
  const rawParams = fc.dictionary(
    fc.constantFrom('q', 'sort', 'section', 'tag', 'range', 'from', 'to', 'page', '__proto__', 'x'),
    value,
  );

  it('any parameters give a request within bounds, and never throw', () => {
    fc.assert(
      fc.property(rawParams, (params) => {
        const { request, notes } = readSearchParams(params);
        assert.ok(Number.isInteger(request.page) && request.page >= 1 && request.page <= MAX_SEARCH_PAGE);
        assert.ok(request.sort === 'relevance' || request.sort === 'newest');
        assert.ok(Object.hasOwn(DATE_RANGES, request.range), request.range);
        for (const slug of [request.section, request.tag])
          if (slug !== null) assert.ok(SLUG.test(slug) && slug.length <= 100, slug);
        for (const day of [request.from, request.to]) if (day !== null) assert.equal(parseDay(day), day);
        if (request.from && request.to) assert.ok(request.from <= request.to);
        if (request.range !== 'custom') assert.ok(request.from === null && request.to === null);
        assert.equal(typeof request.q, 'string');
        assert.ok(notes.every((n) => typeof n.code === 'string'));
        const window = dateWindow(request, new Date('2026-06-01T00:00:00Z'));
        if (window.from && window.to) assert.ok(window.from < window.to);
      }),
      RUNS,
    );
  });

  it('searchHref writes a URL that reads back as the same request, with no notes', () => {
    fc.assert(
      fc.property(rawParams, fc.string({ unit: 'grapheme', maxLength: 100 }), (params, q) => {
        const { request } = readSearchParams({ ...params, q });
        const href = searchHref(request);
        assert.ok(href === '/search' || href.startsWith('/search?'), href);
        const url = new URL(href, 'https://news.example');
        const back = readSearchParams(Object.fromEntries(url.searchParams));
        assert.deepEqual(back.request, request);
        assert.deepEqual(back.notes, []);
      }),
      RUNS,
    );
  });

  it('parseDay returns only real calendar days, written as given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        ),
        (raw) => {
          const day = parseDay(raw);
          if (day === null) return;
          assert.equal(day, raw.trim());
          assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day);
          assert.ok(day >= '1970-01-01');
        },
      ),
      RUNS,
    );
  });
});

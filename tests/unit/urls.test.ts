import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  listPath,
  parseArticleSegment,
  isMalformedAddress,
  parsePageNumber,
  sectionPath,
  siteUrl,
  slugify,
  tagPath,
} from '@/lib/urls';

describe('articlePath', () => {
  it('builds /{section}/{id}-{slug}', () => {
    assert.equal(
      articlePath({ id: 42, slug: 'oil-and-gas', sectionSlug: 'business', edition: 'en' }),
      '/business/42-oil-and-gas',
    );
  });

  it('prefixes other editions', () => {
    assert.equal(
      articlePath({ id: 42, slug: 'neft', sectionSlug: 'ekonomika', edition: 'ru' }),
      '/ru/ekonomika/42-neft',
    );
    assert.equal(articlePath({ id: 7, slug: 'naft', sectionSlug: 'iqtisad', edition: 'ar' }), '/ar/iqtisad/7-naft');
  });

  it('round-trips through parseArticleSegment', () => {
    const ref = { id: 987654, slug: 'putin-i-si-meet-in-beijing', sectionSlug: 'world', edition: 'en' };
    const [, section, segment] = articlePath(ref).split('/');
    assert.equal(section, 'world');
    assert.deepEqual(parseArticleSegment(segment), { id: ref.id, slug: ref.slug });
  });
});

describe('listPath', () => {
  it('builds section, tag and author paths', () => {
    assert.equal(listPath('en', 'section', 'world'), '/world');
    assert.equal(listPath('en', 'tag', 'oil'), '/tags/oil');
    assert.equal(listPath('en', 'author', 'jane-doe'), '/authors/jane-doe');
    assert.equal(sectionPath('en', 'world'), '/world');
    assert.equal(tagPath('en', 'oil'), '/tags/oil');
    assert.equal(authorPath('en', 'jane-doe'), '/authors/jane-doe');
  });

  it('prefixes every path of another edition', () => {
    assert.equal(listPath('ru', 'section', 'mir'), '/ru/mir');
    assert.equal(listPath('ru', 'tag', 'neft', 2), '/ru/tags/neft?page=2');
    assert.equal(listPath('ar', 'author', 'layla', 3), '/ar/authors/layla?page=3');
  });

  it('omits ?page for page 1 and adds it for later pages', () => {
    assert.equal(listPath('en', 'section', 'world', 1), '/world');
    assert.equal(listPath('en', 'section', 'world', 2), '/world?page=2');
    assert.equal(listPath('en', 'tag', 'oil', 3), '/tags/oil?page=3');
    assert.equal(listPath('en', 'author', 'jane-doe', 10), '/authors/jane-doe?page=10');
  });

  it('produces page numbers parsePageNumber reads back', () => {
    for (const page of [1, 2, 7, 120]) {
      const url = new URL(listPath('en', 'tag', 'oil', page), 'https://news.example');
      assert.equal(parsePageNumber(url.searchParams.get('page') ?? undefined), page);
    }
  });
});

describe('siteUrl / absoluteUrl', () => {
  it('strips trailing slashes from SITE_URL and joins paths with exactly one slash', () => {
    const saved = process.env.SITE_URL;
    try {
      process.env.SITE_URL = 'https://news.example//';
      assert.equal(siteUrl(), 'https://news.example');
      assert.equal(absoluteUrl('/world/1-x'), 'https://news.example/world/1-x');
      assert.equal(absoluteUrl('world'), 'https://news.example/world');
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });
});

describe('parseArticleSegment', () => {
  it('reads `{id}-{slug}`', () => {
    assert.deepEqual(parseArticleSegment('123-some-slug'), { id: 123, slug: 'some-slug' });
    assert.deepEqual(parseArticleSegment('1-a'), { id: 1, slug: 'a' });
  });

  it('reads a bare id with an empty slug', () => {
    assert.deepEqual(parseArticleSegment('123'), { id: 123, slug: '' });
  });

  it('reads `12-` as id 12 with an empty slug', () => {
    assert.deepEqual(parseArticleSegment('12-'), { id: 12, slug: '' });
  });

  it('keeps further hyphens in the slug', () => {
    assert.deepEqual(parseArticleSegment('5-a-b--c-'), { id: 5, slug: 'a-b--c-' });
  });

  it('rejects leading zeros (no second URL for the same article)', () => {
    assert.equal(parseArticleSegment('007-bond'), null);
    assert.equal(parseArticleSegment('0123'), null);
    assert.equal(parseArticleSegment('00'), null);
  });

  it('rejects id 0', () => {
    assert.equal(parseArticleSegment('0'), null);
    assert.equal(parseArticleSegment('0-zero'), null);
  });

  it('rejects non-numeric and malformed segments', () => {
    for (const s of [
      '',
      'abc',
      'abc-123',
      '-123',
      '-',
      '12a-x',
      '12_x',
      ' 12-x',
      '12 -x',
      '+12-x',
      '1.5-x',
      '0x1f-x',
      '１２-x',
    ]) {
      assert.equal(parseArticleSegment(s), null, JSON.stringify(s));
    }
  });

  it('rejects ids beyond the safe integer range', () => {
    assert.equal(parseArticleSegment(String(Number.MAX_SAFE_INTEGER + 2)), null);
    assert.equal(parseArticleSegment('9007199254740993-x'), null);
    assert.equal(parseArticleSegment('99999999999999999999999-x'), null);
    assert.equal(parseArticleSegment('1'.repeat(400)), null);
  });

  it('accepts the largest id it allows and returns an exact safe integer', () => {
    const parsed = parseArticleSegment('999999999999999-x');
    assert.deepEqual(parsed, { id: 999999999999999, slug: 'x' });
    assert.ok(Number.isSafeInteger(parsed!.id));
  });

  it('decodes percent-encoded input', () => {
    assert.deepEqual(parseArticleSegment('42-%D0%BF%D1%83%D1%82%D0%B8%D0%BD'), { id: 42, slug: 'путин' });
    assert.deepEqual(parseArticleSegment('42-a%20b'), { id: 42, slug: 'a b' });
    // Encoding does not smuggle in leading zeros.
    assert.equal(parseArticleSegment('%30%37-bond'), null);
  });

  it('does not throw on malformed percent-encoding and keeps the raw text', () => {
    assert.deepEqual(parseArticleSegment('42-%E0%A4%A'), { id: 42, slug: '%E0%A4%A' });
    assert.deepEqual(parseArticleSegment('42-100%'), { id: 42, slug: '100%' });
    assert.equal(parseArticleSegment('%'), null);
  });
});

describe('parsePageNumber', () => {
  it('defaults to 1 when absent', () => {
    assert.equal(parsePageNumber(undefined), 1);
  });

  it('reads positive decimal integers', () => {
    assert.equal(parsePageNumber('1'), 1);
    assert.equal(parsePageNumber('2'), 2);
    assert.equal(parsePageNumber('10'), 10);
    assert.equal(parsePageNumber('999999'), 999999);
  });

  it('rejects zero, signs, leading zeros, exponents, junk and huge numbers', () => {
    for (const raw of [
      '0',
      '-1',
      '+1',
      '01',
      '1e3',
      'abc',
      '9999999',
      '',
      ' 2',
      '2 ',
      '2.0',
      '2a',
      '0x10',
      'Infinity',
      'NaN',
    ]) {
      assert.equal(parsePageNumber(raw), null, JSON.stringify(raw));
    }
  });
});

describe('slugify', () => {
  // [what it does, [title, slug, maximum length?][]]
  const cases: [string, [string, string, number?][]][] = [
    [
      'lower-cases and hyphenates',
      [
        ['Hello World', 'hello-world'],
        ['G20 summit 2025: what next?', 'g20-summit-2025-what-next'],
      ],
    ],
    [
      'turns an ampersand into "and"',
      [
        ['Oil & gas', 'oil-and-gas'],
        ['Oil&gas', 'oil-and-gas'],
      ],
    ],
    [
      'drops quotes and apostrophes without leaving gaps',
      [
        ['"Sanctions will backfire," he said', 'sanctions-will-backfire-he-said'],
        ["Don't stop", 'dont-stop'],
        ['Putin’s visit', 'putins-visit'],
        ['«Ёлки» `quoted`', 'elki-quoted'],
      ],
    ],
    [
      'transliterates Cyrillic',
      [
        ['Путин и Си', 'putin-i-si'],
        ['МОСКВА', 'moskva'],
        ['Щука, ёж и Юля', 'shchuka-ezh-i-yulya'],
        ['Объявление', 'obyavlenie'],
      ],
    ],
    [
      'strips diacritics',
      [
        ['Zürich café', 'zurich-cafe'],
        ['Crème brûlée à São Paulo', 'creme-brulee-a-sao-paulo'],
      ],
    ],
    [
      'trims leading and trailing separators',
      [
        ['  --Hello, world!--  ', 'hello-world'],
        ['— Breaking — ', 'breaking'],
      ],
    ],
    [
      'returns an empty string for empty or symbol-only input',
      [
        ['', ''],
        ['   ', ''],
        ['!!! ??? --- ...', ''],
        ['🔥🔥', ''],
        ['"\'’`', ''],
      ],
    ],
    [
      // The hyphen can fall exactly on the limit, or the whole last word fit exactly.
      'cuts at a word boundary below the maximum, with no trailing hyphen',
      [
        ['alpha beta gamma delta', 'alpha-beta', 12],
        ['alpha beta gamma', 'alpha-beta', 10],
        ['alpha beta gamma', 'alpha-beta-gamma', 16],
      ],
    ],
  ];
  for (const [behaviour, examples] of cases) {
    it(behaviour, () => {
      for (const [title, slug, max] of examples) assert.equal(slugify(title, max), slug, JSON.stringify(title));
    });
  }

  it('keeps long slugs within the default 80 characters at a word boundary', () => {
    const title =
      'The central bank raised its key rate again on Friday as inflation kept climbing across every region of the country';
    const full = slugify(title, 1000);
    const slug = slugify(title);
    assert.ok(slug.length <= 80, `length ${slug.length}`);
    assert.ok(slug.length > 40, 'not cut too short');
    assert.ok(!slug.endsWith('-'));
    assert.ok(full.startsWith(slug));
    assert.equal(full[slug.length], '-', 'cut falls on a word boundary');
  });

  it('never leaves a trailing hyphen for any maximum', () => {
    const title = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa';
    const full = slugify(title, 1000);
    for (let max = 1; max <= full.length + 2; max++) {
      const slug = slugify(title, max);
      assert.ok(slug.length <= max, `max ${max}: ${slug}`);
      assert.ok(!slug.endsWith('-') && !slug.startsWith('-'), `max ${max}: ${slug}`);
      assert.ok(full.startsWith(slug), `max ${max}: ${slug}`);
      assert.ok(slug.length > 0);
    }
  });

  it('hard-cuts a single over-long word', () => {
    assert.equal(slugify('a'.repeat(100)), 'a'.repeat(80));
    assert.equal(slugify(`ab ${'c'.repeat(100)}`, 20), `ab-${'c'.repeat(17)}`);
  });
});

describe('isMalformedAddress', () => {
  it('finds an escape that does not decode in the path or in ?page (rewritten into a path), nowhere else', () => {
    for (const url of [
      '/%FF',
      '/tags/%C0%AF',
      '/world-news?page=%',
      '/world-news?page=%25',
      '/tags/oil?page=%',
      '/a%2',
    ])
      assert.equal(isMalformedAddress(url), true, url);
    for (const url of [
      '/',
      '/tags/caf%C3%A9',
      '/world-news?page=2',
      '/search?q=100%',
      '/search?q=%FF',
      '/search?q=oil&page=%25',
      '/bookmarks?page=%',
      '/x?q=1&page=%E0',
      '/a?b',
    ])
      assert.equal(isMalformedAddress(url), false, url);
  });

  it('reads another edition’s lists behind its prefix the same way', () => {
    for (const url of ['/ru/mir?page=%', '/ar/tags/naft?page=%25', '/ru/authors/ivan?page=%25', '/ru/%FF'])
      assert.equal(isMalformedAddress(url), true, url);
    for (const url of ['/ru', '/ru/mir?page=2', '/ru/search?q=oil&page=%25', '/ar/bookmarks?page=%', '/ru?page=%'])
      assert.equal(isMalformedAddress(url), false, url);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_QUERY_CHARS, MAX_TERMS, normaliseQuery, parseSearchQuery } from '@/lib/search/query';
import {
  dateWindow,
  DEFAULT_REQUEST,
  MAX_SEARCH_PAGE,
  parseDay,
  readSearchParams,
  searchHref,
} from '@/lib/search/params';

describe('parseSearchQuery: the reader grammar', () => {
  it('requires every word, each as a quoted FTS5 string', () => {
    const q = parseSearchQuery('oil  prices');
    assert.equal(q.fts, '"oil" AND "prices"');
    assert.equal(q.text, 'oil prices');
    assert.equal(q.problem, null);
    assert.equal(q.rankFts, null);
  });

  it('reads phrases, prefixes, OR and exclusions', () => {
    assert.equal(parseSearchQuery('"central bank" rates').fts, '"central bank" AND "rates"');
    assert.equal(parseSearchQuery('sanct*').fts, '"sanct"*');
    assert.equal(parseSearchQuery('oil OR gas prices').fts, '("oil" OR "gas") AND "prices"');
    assert.equal(parseSearchQuery('oil -russia -"north sea"').fts, '("oil") NOT ("russia" OR "north sea")');
    assert.equal(parseSearchQuery('oil AND gas').fts, '"oil" AND "gas"');
  });

  it('gives a phrase-free ranking query when there is a phrase', () => {
    assert.equal(parseSearchQuery('"central bank" rates').rankFts, '("central" AND "bank") AND "rates"');
    assert.equal(parseSearchQuery('"oil" OR "gas price"').rankFts, '("oil" OR ("gas" AND "price"))');
  });

  it('needs MIN_PREFIX letters before a * and says so', () => {
    const q = parseSearchQuery('ab*');
    assert.equal(q.fts, '"ab"');
    assert.deepEqual(q.notes, [{ code: 'shortPrefix', min: 3, word: 'ab' }]);
  });

  it('treats FTS5 syntax as plain words', () => {
    const cases: [string, string | null][] = [
      ['oil NEAR gas', '"oil" AND "NEAR" AND "gas"'],
      ['NEAR(oil gas)', '"NEAR(oil" AND "gas)"'],
      ['title:oil', '"title:oil"'],
      ['{title lede}:oil', '"{title" AND "lede}:oil"'],
      ['^oil', '"^oil"'],
      ['oil)', '"oil)"'],
      ['"unbalanced quote', '"unbalanced quote"'],
      ['say "hi" there"', '"say" AND "hi" AND "there"'],
      ['it\'s "a ""double"" quote"', '"it\'s" AND "a" AND "double" AND "quote"'],
      ['NOT oil', '"NOT" AND "oil"'],
      ['*', null],
      ['"', null],
      ['- * : ( ) ^ ""', null],
      ['OR', null],
      ['AND', null],
    ];
    for (const [input, fts] of cases) assert.equal(parseSearchQuery(input).fts, fts, input);
  });

  it('drops control and invisible characters and never emits a lone quote', () => {
    const q = parseSearchQuery('oil\u0000\u0007gas\u202e\u200b\uE000\uE001');
    assert.equal(q.fts, '"oil" AND "gas"');
    for (const input of ['\u0000', '\r\n\t', '\uD800', 'a\uDC00b', '\u0000"\u0000']) {
      const fts = parseSearchQuery(input).fts;
      if (fts) assert.equal((fts.match(/"/g) ?? []).length % 2, 0, input);
    }
  });

  it('explains an empty query and one that only excludes', () => {
    assert.equal(parseSearchQuery('   ').problem, 'empty');
    assert.equal(parseSearchQuery('-oil').problem, 'only-excluded');
    assert.equal(parseSearchQuery('-oil').fts, null);
  });

  it('caps the length at a word boundary and the number of terms', () => {
    const long = 'sanctions '.repeat(100);
    const n = normaliseQuery(long);
    assert.ok(n.truncated);
    assert.ok(n.text.length <= MAX_QUERY_CHARS);
    assert.ok(n.text.endsWith('sanctions'));
    const q = parseSearchQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '));
    assert.equal(q.required.length, MAX_TERMS);
    assert.deepEqual(q.notes, [{ code: 'tooManyTerms', max: MAX_TERMS }]);
    assert.ok(parseSearchQuery('x'.repeat(10_000)).notes.some((note) => note.code === 'shortened'));
  });

  it('keeps Cyrillic and accented words', () => {
    assert.equal(parseSearchQuery('Москва санкц*').fts, '"Москва" AND "санкц"*');
    assert.equal(parseSearchQuery('Zürich').fts, '"Zürich"');
  });
});

describe('search URL parameters', () => {
  it('reads the defaults from an empty URL', () => {
    assert.deepEqual(readSearchParams({}), { request: DEFAULT_REQUEST, notes: [] });
  });

  it('reads every filter and builds the same URL back', () => {
    const { request, notes } = readSearchParams({
      q: 'oil',
      sort: 'newest',
      section: 'business',
      tag: 'oil',
      range: 'week',
      page: '3',
    });
    assert.deepEqual(notes, []);
    assert.equal(searchHref(request), '/search?q=oil&sort=newest&section=business&tag=oil&range=week&page=3');
    assert.equal(
      searchHref(request, { page: 1, sort: 'relevance' }),
      '/search?q=oil&section=business&tag=oil&range=week',
    );
  });

  it('turns dates into a custom range, swapping them when reversed', () => {
    const { request, notes } = readSearchParams({ q: 'oil', from: '2026-11-20', to: '2026-11-01' });
    assert.equal(request.range, 'custom');
    assert.deepEqual([request.from, request.to], ['2026-11-01', '2026-11-20']);
    assert.deepEqual(notes, [{ code: 'datesSwapped' }]);
    const w = dateWindow(request, new Date());
    assert.equal(w.from?.toISOString(), '2026-11-01T00:00:00.000Z');
    assert.equal(w.to?.toISOString(), '2026-11-21T00:00:00.000Z', 'the end day is included');
  });

  it('drops what makes no sense, with a note where the reader typed something', () => {
    const { request, notes } = readSearchParams({
      q: ['first', 'second'],
      sort: 'random',
      section: '../etc/passwd',
      tag: '<script>',
      range: 'century',
      from: '2026-02-30',
      page: '-4',
    });
    assert.deepEqual({ ...request }, { ...DEFAULT_REQUEST, q: 'first' });
    assert.equal(notes.length, 2);
    assert.equal(parseDay('2026-02-30'), null);
    assert.equal(parseDay('1969-12-31'), null);
    assert.equal(parseDay('2026-02-28'), '2026-02-28');
  });

  it('caps and explains page numbers', () => {
    assert.equal(readSearchParams({ page: '0' }).request.page, 1);
    assert.equal(readSearchParams({ page: 'abc' }).request.page, 1);
    assert.equal(readSearchParams({ page: '1e3' }).request.page, 1);
    assert.equal(readSearchParams({ page: '99999999999999999999' }).request.page, 1);
    const deep = readSearchParams({ page: '5000' });
    assert.equal(deep.request.page, MAX_SEARCH_PAGE);
    assert.deepEqual(deep.notes, [{ code: 'lastPage', max: MAX_SEARCH_PAGE }]);
  });

  it('computes rolling windows from now', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    assert.equal(dateWindow({ ...DEFAULT_REQUEST, range: 'day' }, now).from?.toISOString(), '2026-11-25T12:00:00.000Z');
    assert.equal(
      dateWindow({ ...DEFAULT_REQUEST, range: 'week' }, now).from?.toISOString(),
      '2026-11-19T12:00:00.000Z',
    );
    assert.deepEqual(dateWindow(DEFAULT_REQUEST, now), { from: null, to: null });
  });
});

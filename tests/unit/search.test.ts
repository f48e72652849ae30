import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import { unfoldMarked } from '@/db/fts';

type SearchModule = typeof import('@/db/queries/search');
type Options = Parameters<SearchModule['searchArticles']>[0];

let t: TestDb;
let s: SearchModule;
let parse: typeof import('@/lib/search/query').parseSearchQuery;
const ids: Record<string, number> = {};
let business: number;
let sport: number;
let oilTag: number;
const now = nowSeconds();
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

function search(q: string, extra: Partial<Options> = {}) {
  const parsed = parse(q);
  assert.ok(parsed.fts, `"${q}" should be searchable`);
  return s.searchArticles({
    edition: 'en',
    fts: parsed.fts,
    rankFts: parsed.rankFts,
    sort: 'relevance',
    page: 1,
    perPage: 20,
    now,
    ...extra,
  });
}
const titles = (q: string, extra: Partial<Options> = {}) => search(q, extra).hits.map((h) => h.story.title);
const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
const marked = (runs: { text: string; hit: boolean }[]) => runs.filter((r) => r.hit).map((r) => r.text);

before(async () => {
  t = await createTestDb('newsroom-search-');
  s = await import('@/db/queries/search');
  ({ parseSearchQuery: parse } = await import('@/lib/search/query'));
  business = t.insertSection({ slug: 'business' });
  sport = t.insertSection({ slug: 'sport' });
  oilTag = t.insertTag({ slug: 'oil' });
  const p = (text: string) => ({ type: 'paragraph', content: [{ text }] });
  /** A published story `hours` old (negative: not yet due), in business unless `more` says otherwise. */
  const story = (
    title: string,
    lede: string,
    hours: number,
    more: Partial<Parameters<TestDb['insertArticle']>[0]> = {},
  ) => t.insertArticle({ sectionId: business, title, lede, publishedAt: ago(hours), ...more });
  // Ranking: the word in the headline beats the lede beats the body, whatever the age.
  ids.bodyOnly = story('Markets steady', 'Traders wait.', 1, { body: [p('Pipeline tariffs were discussed.')] });
  ids.ledeOnly = story('Trade talks resume', 'Pipeline deal in sight.', 5);
  ids.headline = story('Pipeline opens on time', 'A ceremony.', 30, { sectionId: sport, tagIds: [oilTag] });
  // Every kind of body block is searchable.
  ids.blocks = story('Blocks story', '', 2, {
    body: [
      {
        type: 'paragraph',
        content: [
          { text: 'Split' },
          { text: 'word', bold: true },
          { text: ' and a ' },
          { text: 'linked', href: 'https://example.com' },
        ],
      },
      { type: 'heading', level: 2, text: 'Heading zebra' },
      { type: 'quote', text: 'Quoted giraffe', attribution: 'Minister Okapi' },
      { type: 'list', ordered: false, items: [[{ text: 'listed ' }, { text: 'narwhal' }], [{ text: 'second' }]] },
      { type: 'image', mediaId: 1, caption: 'Captioned walrus', credit: 'Photographer Lemur' },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=x', title: 'Embedded ocelot' },
    ],
  });
  ids.cyrillic = story('Москва вводит санкции', 'Ёлки и ежи.', 3);
  ids.accents = story('Café owners in Zürich protest', 'São Paulo joins.', 4);
  ids.hostile = story('<script>alert("x")</script> & friends', '<b>bold</b> claims', 6);
  ids.draft = t.insertArticle({ sectionId: business, title: 'Pipeline draft', status: 'draft', publishedAt: null });
  ids.scheduled = story('Pipeline tomorrow', '', -1);
  ids.old = story('Ancient pipeline history', '', 24 * 40, { sectionId: sport, tagIds: [oilTag] });
});
after(() => t.cleanup());

describe('search: ranking and sorting', () => {
  it('ranks headline above lede above body, and only published, due articles', () => {
    const ranked = titles('pipeline');
    assert.deepEqual(
      new Set(ranked.slice(0, 2)),
      new Set(['Pipeline opens on time', 'Ancient pipeline history']),
      'headline matches first',
    );
    assert.deepEqual(
      ranked.slice(2),
      ['Trade talks resume', 'Markets steady'],
      'then the lede match, then the body match',
    );
    assert.equal(search('pipeline').total, 4);
  });

  it('sorts newest first on request', () => {
    assert.deepEqual(titles('pipeline', { sort: 'newest' }), [
      'Markets steady',
      'Trade talks resume',
      'Pipeline opens on time',
      'Ancient pipeline history',
    ]);
  });

  it('matches phrases, prefixes, OR and exclusions', () => {
    assert.deepEqual(titles('"pipeline opens"'), ['Pipeline opens on time']);
    assert.deepEqual(titles('"opens pipeline"'), []);
    assert.deepEqual(titles('pipel*', { sort: 'newest' }).length, 4);
    assert.deepEqual(titles('zebra OR giraffe'), ['Blocks story']);
    assert.deepEqual(titles('pipeline -ceremony -history', { sort: 'newest' }), [
      'Markets steady',
      'Trade talks resume',
    ]);
  });

  it('ranks a phrase by its words and keeps only real phrase matches', () => {
    assert.deepEqual(titles('"pipeline deal"'), ['Trade talks resume']);
    assert.deepEqual(titles('"history pipeline" OR "steady"'), ['Markets steady']);
  });

  it('folds case and diacritics, and matches Cyrillic', () => {
    assert.deepEqual(titles('zurich cafe'), ['Café owners in Zürich protest']);
    assert.deepEqual(titles('SAO PAULO'), ['Café owners in Zürich protest']);
    assert.deepEqual(titles('москва'), ['Москва вводит санкции']);
    assert.deepEqual(titles('санкц*'), ['Москва вводит санкции']);
    assert.deepEqual(titles('елки'), ['Москва вводит санкции'], 'е finds ё');
    assert.deepEqual(titles('ёжи'), ['Москва вводит санкции'], 'ё finds е and ё');
    const [hit] = search('ежи').hits;
    assert.equal(text(hit.snippet), 'Ёлки и ежи.', 'shown as written');
    assert.deepEqual(marked(hit.snippet), ['ежи']);
  });

  it('indexes the text of every body block', () => {
    const [hit] = search('zebra giraffe').hits;
    assert.match(text(hit.snippet), /Heading zebra · Quoted giraffe — Minister Okapi · listed narwhal/);
    for (const word of ['splitword', 'zebra', 'giraffe', 'okapi', 'narwhal', 'walrus', 'lemur', 'ocelot', 'linked']) {
      assert.deepEqual(titles(word), ['Blocks story'], word);
    }
  });
});

describe('search: highlighting', () => {
  it('marks the matched words in the headline and in a passage', () => {
    const [hit] = search('pipeline deal').hits;
    assert.equal(hit.story.id, ids.ledeOnly);
    assert.equal(text(hit.title), 'Trade talks resume');
    assert.deepEqual(marked(hit.title), []);
    assert.deepEqual(marked(hit.snippet), ['Pipeline', 'deal']);
    assert.equal(text(hit.snippet), 'Pipeline deal in sight.');
  });

  it('takes the passage from the body when only the body matches, and the lede when only the headline does', () => {
    const body = search('tariffs').hits[0];
    assert.equal(text(body.snippet), 'Pipeline tariffs were discussed.');
    assert.deepEqual(marked(body.snippet), ['tariffs']);
    const headline = search('ceremony OR opens').hits[0];
    assert.deepEqual(marked(headline.title), ['opens']);
  });

  it('hands out markup in stories as plain text runs', () => {
    const [hit] = search('script friends').hits;
    assert.equal(text(hit.title), '<script>alert("x")</script> & friends');
    assert.deepEqual(marked(hit.title), ['script', 'script', 'friends']);
    assert.equal(text(hit.snippet), '<b>bold</b> claims');
    assert.deepEqual(s.toHighlighted(unfoldMarked('…Е\uE000е\uE001', 'Ёё')), [
      { text: '…Ё', hit: false },
      { text: 'ё', hit: true },
    ]);
    assert.deepEqual(s.toHighlighted('a\uE000b\uE001c'), [
      { text: 'a', hit: false },
      { text: 'b', hit: true },
      { text: 'c', hit: false },
    ]);
  });
});

describe('search: filters and pages', () => {
  it('filters by section, tag and both', () => {
    assert.deepEqual(titles('pipeline', { sectionId: sport, sort: 'newest' }), [
      'Pipeline opens on time',
      'Ancient pipeline history',
    ]);
    assert.deepEqual(titles('pipeline', { tagId: oilTag, sort: 'newest' }), [
      'Pipeline opens on time',
      'Ancient pipeline history',
    ]);
    assert.deepEqual(titles('pipeline', { tagId: oilTag, sectionId: business }), []);
    assert.equal(search('pipeline', { sectionId: business }).total, 2);
  });

  it('filters by date range, end exclusive', () => {
    assert.deepEqual(titles('pipeline', { from: ago(24), sort: 'newest' }), ['Markets steady', 'Trade talks resume']);
    assert.deepEqual(titles('pipeline', { from: ago(24 * 60), to: ago(24), sort: 'newest' }), [
      'Pipeline opens on time',
      'Ancient pipeline history',
    ]);
    assert.deepEqual(titles('pipeline', { to: ago(30) }), ['Ancient pipeline history']);
  });

  it('pages through results and answers an empty page past the end', () => {
    const first = search('pipeline', { perPage: 3, sort: 'newest' });
    const second = search('pipeline', { perPage: 3, page: 2, sort: 'newest' });
    assert.equal(first.hits.length, 3);
    assert.deepEqual(
      second.hits.map((h) => h.story.title),
      ['Ancient pipeline history'],
    );
    assert.equal(second.total, 4);
    assert.deepEqual(search('pipeline', { perPage: 3, page: 3 }).hits, []);
  });

  it('ranks only the newest window of matches when there are more, and says so', () => {
    const r = search('pipeline', { window: 2 });
    assert.equal(r.total, 2);
    assert.equal(r.more, true);
    assert.equal(r.windowed, 2);
    assert.deepEqual(
      r.hits.map((h) => h.story.title),
      ['Trade talks resume', 'Markets steady'],
      'the two newest, by relevance',
    );
    const exact = search('pipeline', { window: 4 });
    assert.deepEqual([exact.total, exact.more, exact.windowed], [4, false, null]);
  });
});

describe('search: hostile input', () => {
  it('never throws on FTS5 syntax, control characters or huge input', () => {
    const inputs = [
      'NEAR(oil gas, 2)',
      'oil AND',
      'AND',
      'OR OR OR',
      '"unbalanced',
      '""',
      '*',
      '**',
      'oil:*',
      ':',
      'title:pipeline',
      '{title}:pipeline',
      '^pipeline',
      '(pipeline',
      'pipeline)',
      "' OR 1=1 --",
      "'; DROP TABLE articles; --",
      '\u0000pipeline',
      'pipe\u0000line',
      '\uD800',
      '%',
      '_',
      '\\',
      '-',
      '- -',
      '-"',
      '"-',
      'x'.repeat(10_000),
      '"'.repeat(500),
      'a* '.repeat(100),
      '\u202epipeline',
      'NOT pipeline',
      'pipeline NOT',
      '+pipeline',
      'pipeline~',
      '🙂',
      'a'.repeat(300) + '*',
    ];
    for (const input of inputs) {
      const parsed = parse(input);
      if (!parsed.fts) continue;
      assert.doesNotThrow(
        () =>
          s.searchArticles({
            edition: 'en',
            fts: parsed.fts!,
            rankFts: parsed.rankFts,
            sort: 'relevance',
            page: 1,
            perPage: 20,
            now,
          }),
        input,
      );
    }
    assert.deepEqual(titles('title:pipeline'), [], 'a column filter is text, not a filter');
    assert.equal(t.db.select().from(t.schema.articles).all().length, 10, 'nothing was dropped');
  });

  it('answers nothing rather than an error when FTS5 rejects an expression', () => {
    const r = s.searchArticles({ edition: 'en', fts: 'AND AND', sort: 'relevance', page: 1, perPage: 20, now });
    assert.deepEqual(r, { total: 0, more: false, hits: [], windowed: null });
  });
});

describe('search: the index follows every write', () => {
  it('keeps its triggers (a migration that rebuilds articles must re-create them)', () => {
    const triggers = t.db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    assert.deepEqual(triggers, ['articles_fts_delete', 'articles_fts_insert', 'articles_fts_update']);
  });

  it('sees inserts, edits, unpublishing, rescheduling and deletes at once', () => {
    const { articles } = t.schema;
    const id = t.insertArticle({
      sectionId: business,
      title: 'Quokka census',
      body: [{ type: 'paragraph', content: [{ text: 'Wombat numbers.' }] }],
    });
    assert.deepEqual(titles('quokka'), ['Quokka census']);
    t.db
      .update(articles)
      .set({ title: 'Koala census', body: [{ type: 'paragraph', content: [{ text: 'Dingo numbers.' }] }] })
      .where(eq(articles.id, id))
      .run();
    assert.deepEqual(titles('quokka'), []);
    assert.deepEqual(titles('wombat'), []);
    assert.deepEqual(titles('koala dingo'), ['Koala census']);
    t.db.update(articles).set({ status: 'draft' }).where(eq(articles.id, id)).run();
    assert.deepEqual(titles('koala'), [], 'unpublished');
    t.db
      .update(articles)
      .set({ status: 'published', publishedAt: new Date(now.getTime() + HOUR) })
      .where(eq(articles.id, id))
      .run();
    assert.deepEqual(titles('koala'), [], 'scheduled, not yet due');
    assert.deepEqual(titles('koala', { now: new Date(now.getTime() + 2 * HOUR) }), ['Koala census'], 'due');
    t.db
      .update(articles)
      .set({ publishedAt: ago(48) })
      .where(eq(articles.id, id))
      .run();
    assert.deepEqual(titles('koala', { from: ago(24) }), [], 'backdated out of the range');
    assert.deepEqual(titles('koala'), ['Koala census']);
    t.db.delete(articles).where(eq(articles.id, id)).run();
    assert.deepEqual(titles('koala'), []);
    const orphans = t.db.$client
      .prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?')
      .get('koala') as { n: number };
    assert.equal(orphans.n, 0);
  });
});

describe('search: query plans', () => {
  it('never scans the articles table for any filter combination', () => {
    const fts = parse('pipeline').fts!;
    const combos: Partial<Options>[] = [
      {},
      { sort: 'newest' },
      { sectionId: business },
      { tagId: oilTag },
      { from: ago(24), to: now },
      { sectionId: business, tagId: oilTag, from: ago(24) },
    ];
    for (const combo of combos) {
      const plans = s.explainSearch({ edition: 'en', fts, sort: 'relevance', page: 1, perPage: 20, now, ...combo });
      for (const [name, steps] of Object.entries(plans)) {
        for (const step of steps) {
          assert.doesNotMatch(step, /^SCAN (a|articles|t|article_tags)\b/, `${JSON.stringify(combo)} ${name}: ${step}`);
          if (/^SEARCH (a|t)\b/.test(step)) assert.match(step, /COVERING INDEX/, `${name}: ${step}`);
        }
        assert.ok(
          steps.some((step) => /VIRTUAL TABLE INDEX \d+:M/.test(step)),
          `${name} uses the full-text index`,
        );
      }
    }
  });
});

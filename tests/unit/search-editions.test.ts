import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import { EDITION_MARK, foldSearchText, foldSql, SEARCH_FOLDS, unfoldMarked } from '@/db/fts';

// Search within one edition, and the folding each language needs (db/fts.ts,
// db/migrations/0011_search_editions.sql), on a real migrated database with English, Russian and
// Arabic stories.

type SearchModule = typeof import('@/db/queries/search');
type Options = Parameters<SearchModule['searchArticles']>[0];

let t: TestDb;
let s: SearchModule;
let parse: typeof import('@/lib/search/query').parseSearchQuery;
const now = nowSeconds();
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
const sectionOf: Record<string, number> = {};
const ids: Record<string, number> = {};
let ruTag: number;
let enTag: number;

function search(edition: string, q: string, extra: Partial<Options> = {}) {
  const parsed = parse(q);
  assert.ok(parsed.fts, `"${q}" should be searchable`);
  return s.searchArticles({
    edition,
    fts: parsed.fts,
    rankFts: parsed.rankFts,
    sort: 'newest',
    page: 1,
    perPage: 20,
    now,
    ...extra,
  });
}
const titles = (edition: string, q: string, extra: Partial<Options> = {}) =>
  search(edition, q, extra).hits.map((h) => h.story.title);
const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
const marked = (runs: { text: string; hit: boolean }[]) => runs.filter((r) => r.hit).map((r) => r.text);
const p = (text: string) => ({ type: 'paragraph', content: [{ text }] });

/** A published story in an edition's section, `hours` old. */
function story(
  edition: string,
  title: string,
  lede: string,
  hours: number,
  body: unknown[] = [],
  tagIds: number[] = [],
) {
  const { articles } = t.schema;
  const id = t.db
    .insert(articles)
    .values({
      edition,
      sectionId: sectionOf[edition],
      title,
      slug: `story-${Object.keys(ids).length}`,
      lede,
      body: body as never,
      status: 'published',
      publishedAt: ago(hours),
    })
    .returning({ id: articles.id })
    .get().id;
  tagIds.forEach((tagId, i) => t.tagArticle(id, tagId, i));
  return id;
}

before(async () => {
  t = await createTestDb('newsroom-search-editions-');
  s = await import('@/db/queries/search');
  ({ parseSearchQuery: parse } = await import('@/lib/search/query'));
  const { sections, tags } = t.schema;
  for (const [edition, slug] of [
    ['en', 'world'],
    ['ru', 'mir'],
    ['ar', 'alam'],
  ]) {
    sectionOf[edition] = t.db
      .insert(sections)
      .values({ edition, slug, name: slug })
      .returning({ id: sections.id })
      .get().id;
  }
  // The same slug in two editions: the facets and slug lookups must keep them apart.
  enTag = t.db.insert(tags).values({ edition: 'en', slug: 'gazprom', name: 'Gazprom' }).returning().get().id;
  ruTag = t.db.insert(tags).values({ edition: 'ru', slug: 'gazprom', name: 'Газпром' }).returning().get().id;

  // "Gazprom" in Latin letters in both English and Russian stories.
  ids.en = story('en', 'Gazprom cuts supplies', 'Europe braces for winter.', 2, [p('Gas prices rise.')], [enTag]);
  ids.enOld = story('en', 'Gazprom history', 'A long story.', 24 * 30);
  ids.ru = story('ru', 'Gazprom сокращает поставки', 'Ёлки, ежи и зима.', 1, [p('Цены на газ растут.')], [ruTag]);
  ids.ruCase = story('ru', 'МОСКВА ПРИНИМАЕТ САММИТ', 'Встреча лидеров в столице.', 3);
  ids.ruYo = story('ru', 'Всё о Gazprom', 'Актёры и актеры.', 24 * 10);
  // Arabic, as written: with tashkeel, tatweel, hamza forms, alef maqsura and ta marbuta.
  ids.arVowelled = story('ar', 'وَزِيرُ الخارجية يزور القاهرة', 'زيارة رسمية.', 1);
  ids.arTatweel = story('ar', 'اجتمـــاع طارئ للحكومة', 'قرارات جديدة.', 2);
  ids.arHamza = story('ar', 'أحمد يفوز بالجائزة', 'إعلان النتائج في آخر الشهر.', 3);
  ids.arMaqsura = story('ar', 'مستشفى جديد في المدينة', 'افتتاح المستشفى.', 4, [p('قال مسؤول إن المشروع اكتمل.')]);
  ids.arTaMarbuta = story('ar', 'مدرسة للبنات', 'العام الدراسي.', 5);
  ids.arOld = story('ar', 'القاهرة قديما', 'تاريخ المدينة.', 24 * 40);
});
after(() => t.cleanup());

describe('search per edition', () => {
  it('finds only the edition’s stories, even for a word several editions share', () => {
    assert.deepEqual(titles('en', 'gazprom'), ['Gazprom cuts supplies', 'Gazprom history']);
    assert.deepEqual(titles('ru', 'gazprom'), ['Gazprom сокращает поставки', 'Всё о Gazprom']);
    assert.deepEqual(titles('ar', 'gazprom'), []);
    assert.equal(search('ru', 'gazprom').total, 2);
  });

  it('never matches an edition code as a word', () => {
    assert.deepEqual(titles('en', 'en'), []);
    assert.deepEqual(titles('ru', 'ru'), []);
    assert.deepEqual(titles('ar', 'edition'), []);
    assert.deepEqual(titles('en', `${EDITION_MARK}en`), [], 'nor its token, typed');
    assert.deepEqual(titles('en', `"${EDITION_MARK}ru"`), []);
  });

  it('keeps relevance, paging, date ranges and section and tag filters within the edition', () => {
    assert.deepEqual(titles('ru', 'gazprom', { sort: 'relevance' }).length, 2);
    const first = search('ru', 'gazprom', { perPage: 1 });
    const second = search('ru', 'gazprom', { perPage: 1, page: 2 });
    assert.deepEqual([first.total, text(first.hits[0].title)], [2, 'Gazprom сокращает поставки']);
    assert.deepEqual(
      second.hits.map((h) => h.story.title),
      ['Всё о Gazprom'],
    );
    assert.deepEqual(search('ru', 'gazprom', { perPage: 1, page: 3 }).hits, []);
    assert.deepEqual(titles('ru', 'gazprom', { from: ago(24) }), ['Gazprom сокращает поставки']);
    assert.deepEqual(titles('en', 'gazprom', { to: ago(24) }), ['Gazprom history']);
    assert.deepEqual(titles('ar', 'القاهرة', { from: ago(24 * 60), to: ago(24) }), ['القاهرة قديما']);
    assert.deepEqual(titles('ru', 'gazprom', { tagId: ruTag }), ['Gazprom сокращает поставки']);
    assert.deepEqual(titles('ru', 'gazprom', { tagId: enTag }), [], 'another edition’s tag');
    assert.deepEqual(titles('en', 'gazprom', { sectionId: sectionOf.en, sort: 'relevance' }).length, 2);
  });

  it('offers the edition’s own sections and tags, and finds a slug in the right edition', () => {
    const ru = s.searchFacets('ru');
    assert.deepEqual(
      ru.sections.map((x) => x.slug),
      ['mir'],
    );
    assert.deepEqual(
      ru.tags.map((x) => [x.id, x.name]),
      [[ruTag, 'Газпром']],
    );
    assert.deepEqual(
      s.searchFacets('en').tags.map((x) => x.id),
      [enTag],
    );
    assert.equal(s.tagRefBySlug('ru', 'gazprom')?.id, ruTag);
    assert.equal(s.tagRefBySlug('en', 'gazprom')?.id, enTag);
    assert.equal(s.tagRefBySlug('ar', 'gazprom'), null);
    assert.equal(s.sectionRefBySlug('ru', 'mir')?.id, sectionOf.ru);
    assert.equal(s.sectionRefBySlug('en', 'mir'), null);
  });

  it('still intersects in the index: the edition is a term of the MATCH, not a scan', () => {
    const fts = parse('gazprom').fts!;
    const plans = s.explainSearch({ edition: 'ru', fts, sort: 'newest', page: 1, perPage: 20, now });
    for (const [name, steps] of Object.entries(plans)) {
      assert.ok(
        steps.some((step) => /VIRTUAL TABLE INDEX \d+:M/.test(step)),
        `${name} uses the index: ${steps.join(' | ')}`,
      );
      for (const step of steps) assert.doesNotMatch(step, /^SCAN (a|articles)\b/, `${name}: ${step}`);
    }
  });
});

describe('search folding: Russian', () => {
  it('folds case in Cyrillic, both ways', () => {
    assert.deepEqual(titles('ru', 'москва'), ['МОСКВА ПРИНИМАЕТ САММИТ']);
    assert.deepEqual(titles('ru', 'САММИТ'), ['МОСКВА ПРИНИМАЕТ САММИТ']);
    assert.deepEqual(titles('ru', 'ВСТРЕЧА Лидеров'), ['МОСКВА ПРИНИМАЕТ САММИТ']);
    assert.deepEqual(titles('ru', 'ГАЗ'), ['Gazprom сокращает поставки'], 'body text, capitals in the query');
  });

  it('finds ё with е and е with ё, and shows the text as written with the right words marked', () => {
    assert.deepEqual(titles('ru', 'все'), ['Всё о Gazprom']);
    assert.deepEqual(titles('ru', 'ВСЁ'), ['Всё о Gazprom']);
    assert.deepEqual(titles('ru', 'актеры'), ['Всё о Gazprom']);
    const [hit] = search('ru', 'все актеры').hits;
    assert.equal(text(hit.title), 'Всё о Gazprom');
    assert.deepEqual(marked(hit.title), ['Всё']);
    assert.equal(text(hit.snippet), 'Актёры и актеры.');
    assert.deepEqual(marked(hit.snippet), ['Актёры', 'актеры']);
  });
});

describe('search folding: Arabic', () => {
  it('finds a vowelled headline without tashkeel, and an unvowelled one with it', () => {
    assert.deepEqual(titles('ar', 'وزير'), ['وَزِيرُ الخارجية يزور القاهرة']);
    assert.deepEqual(titles('ar', 'وَزِيرُ'), ['وَزِيرُ الخارجية يزور القاهرة']);
    assert.deepEqual(titles('ar', 'اجْتِمَاع'), ['اجتمـــاع طارئ للحكومة']);
    const q = parse('وَزِيرُ الخارجية');
    assert.equal(q.fts, '"وزير" AND "الخارجيه"', 'one word each, not split at the vowels');
    assert.equal(q.rankFts, null);
  });

  it('ignores tatweel in text and in queries', () => {
    assert.deepEqual(titles('ar', 'اجتماع'), ['اجتمـــاع طارئ للحكومة']);
    assert.deepEqual(titles('ar', 'وزيـــر'), ['وَزِيرُ الخارجية يزور القاهرة']);
    assert.equal(parse('ـــ').fts, null, 'a lone tatweel is nothing to search for');
  });

  it('finds every alef form with every other', () => {
    for (const q of ['احمد', 'أحمد', 'إحمد', 'آحمد', 'ٱحمد'])
      assert.deepEqual(titles('ar', q), ['أحمد يفوز بالجائزة'], q);
    assert.deepEqual(titles('ar', 'اعلان'), ['أحمد يفوز بالجائزة'], 'إ in the text');
    assert.deepEqual(titles('ar', 'اخر'), ['أحمد يفوز بالجائزة'], 'آ in the text');
  });

  it('finds ى with ي, ة with ه, and the hamza seats with their letters', () => {
    assert.deepEqual(titles('ar', 'مستشفي'), ['مستشفى جديد في المدينة']);
    assert.deepEqual(titles('ar', 'مستشفى'), ['مستشفى جديد في المدينة']);
    assert.deepEqual(titles('ar', 'مدرسه'), ['مدرسة للبنات']);
    assert.deepEqual(titles('ar', 'مدرسة'), ['مدرسة للبنات']);
    assert.deepEqual(titles('ar', 'مسوول'), ['مستشفى جديد في المدينة'], 'ؤ typed without its hamza');
    assert.deepEqual(titles('ar', 'بالجايزه'), ['أحمد يفوز بالجائزة']);
  });

  it('marks the words as written, with their vowels and tatweel, in headlines, ledes and bodies', () => {
    const [vowelled] = search('ar', 'وزير').hits;
    assert.equal(text(vowelled.title), 'وَزِيرُ الخارجية يزور القاهرة');
    assert.deepEqual(marked(vowelled.title), ['وَزِيرُ']);
    const [stretched] = search('ar', 'اجتماع').hits;
    assert.deepEqual(marked(stretched.title), ['اجتمـــاع']);
    const [hamza] = search('ar', 'اعلان النتايج').hits;
    assert.equal(text(hamza.snippet), 'إعلان النتائج في آخر الشهر.');
    assert.deepEqual(marked(hamza.snippet), ['إعلان', 'النتائج']);
    const [body] = search('ar', 'مسوول').hits;
    assert.equal(text(body.snippet), 'قال مسؤول إن المشروع اكتمل.');
    assert.deepEqual(marked(body.snippet), ['مسؤول']);
  });
});

describe('search folding: the rules', () => {
  it('the migration folds every character exactly as db/fts.ts does', () => {
    // Every letter the rules name, the whole Arabic block, Cyrillic and some Latin, in one title.
    const chars: string[] = SEARCH_FOLDS.flat().filter(Boolean);
    for (let c = 0x0600; c <= 0x06ff; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x0400; c <= 0x045f; c++) chars.push(String.fromCharCode(c));
    chars.push(...'AZaz09éÉßİı—…“”'.split(''));
    const sample = chars.join(' ');
    const fold = t.db.$client.prepare(`SELECT ${foldSql(':text')} AS folded`);
    const sqlFold = (text: string) => (fold.get({ text }) as { folded: string }).folded;
    assert.equal(sqlFold(sample), foldSearchText(sample), 'foldSql, all at once');
    // One at a time too: text with nothing to fold skips the replace() chain.
    for (const c of chars)
      assert.equal(sqlFold(`a${c}b`), foldSearchText(`a${c}b`), `U+${c.charCodeAt(0).toString(16)}`);
    const id = story('ar', sample, sample, 1, [p(sample)]);
    const view = t.db.$client.prepare('SELECT title, lede, body FROM articles_fts_source WHERE id = ?').get(id) as {
      title: string;
      lede: string;
      body: string;
    };
    assert.deepEqual(view, {
      title: foldSearchText(sample),
      lede: foldSearchText(sample),
      body: foldSearchText(sample),
    });
    t.db.delete(t.schema.articles).where(eq(t.schema.articles.id, id)).run();
  });

  it('leaves English and other text untouched', () => {
    const english = 'Café owners in Zürich — “protest” 2026';
    assert.equal(foldSearchText(english), english);
    assert.equal(unfoldMarked('a\uE000b\uE001c', 'abc'), 'a\uE000b\uE001c');
  });

  it('maps a cut passage back to the text as written', () => {
    // snippet() cuts with an ellipsis; the marks return with the letter before them.
    assert.equal(unfoldMarked('…\uE000وزير\uE001 الخارجيه…', 'قال وَزِيرُ الخارجية اليوم'), '…\uE000وَزِيرُ\uE001 الخارجية…');
    assert.equal(unfoldMarked('\uE000Все\uE001 о', 'Всё о'), '\uE000Всё\uE001 о');
    assert.equal(unfoldMarked('changed', 'أخرى'), 'changed', 'a passage not in the text is left as it is');
  });
});

describe('search per edition follows every write', () => {
  it('indexes a new story in its edition, moves it with its edition, and drops it when unpublished', () => {
    const { articles } = t.schema;
    const id = story('ru', 'Квокка в зоопарке', 'Ёжик тоже.', 1);
    assert.deepEqual(titles('ru', 'квокка'), ['Квокка в зоопарке']);
    assert.deepEqual(titles('en', 'квокка'), []);
    t.db.update(articles).set({ edition: 'en', sectionId: sectionOf.en }).where(eq(articles.id, id)).run();
    assert.deepEqual(titles('ru', 'квокка'), [], 'moved out of the Russian edition');
    assert.deepEqual(titles('en', 'квокка'), ['Квокка в зоопарке']);
    t.db.update(articles).set({ status: 'draft' }).where(eq(articles.id, id)).run();
    assert.deepEqual(titles('en', 'квокка'), [], 'unpublished');
    const ar = story('ar', 'خبر عاجل', '', 1);
    assert.deepEqual(titles('ar', 'عاجل'), ['خبر عاجل']);
    t.db.update(articles).set({ status: 'draft' }).where(eq(articles.id, ar)).run();
    assert.deepEqual(titles('ar', 'عاجل'), [], 'unpublished');
    t.db.delete(articles).where(eq(articles.id, id)).run();
    t.db.delete(articles).where(eq(articles.id, ar)).run();
  });
});

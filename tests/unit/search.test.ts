import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';

let t: TestDb;
let searchArticles: typeof import('@/db/queries/search').searchArticles;

before(async () => {
  t = await createTestDb('newsroom-search-');
  ({ searchArticles } = await import('@/db/queries/search'));
  const section = t.insertSection({ slug: 'business' });
  const now = nowSeconds().getTime();
  t.insertArticle({ sectionId: section, title: 'Oil rises 100% in a year', lede: 'Brent climbs.', publishedAt: new Date(now - 2 * HOUR) });
  t.insertArticle({ sectionId: section, title: 'Oil_fund report', lede: 'A fund.', publishedAt: new Date(now - HOUR) });
  t.insertArticle({ sectionId: section, title: 'Gas prices fall', lede: 'Oil steady, says analyst.', publishedAt: new Date(now - 3 * HOUR) });
  t.insertArticle({ sectionId: section, title: 'Oil draft', status: 'draft', publishedAt: null });
  t.insertArticle({ sectionId: section, title: 'Oil tomorrow', publishedAt: new Date(now + HOUR) });
});
after(() => t.cleanup());

describe('searchArticles (interim substring search)', () => {
  it('matches headline or lede, newest first, only published articles', () => {
    assert.deepEqual(
      searchArticles('oil').items.map((a) => a.title),
      ['Oil_fund report', 'Oil rises 100% in a year', 'Gas prices fall'],
    );
  });

  it('treats % and _ literally', () => {
    assert.deepEqual(searchArticles('100%').items.map((a) => a.title), ['Oil rises 100% in a year']);
    assert.deepEqual(searchArticles('l_f').items.map((a) => a.title), ['Oil_fund report']);
    assert.deepEqual(searchArticles('%').items.map((a) => a.title), ['Oil rises 100% in a year']);
  });

  it('answers nothing for an empty or blank query and survives hostile input', () => {
    assert.deepEqual(searchArticles('').items, []);
    assert.deepEqual(searchArticles('   ').items, []);
    assert.deepEqual(searchArticles("' OR 1=1 --").items, []);
    assert.deepEqual(searchArticles('x'.repeat(10_000)).items, []);
  });
});

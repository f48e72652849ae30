/**
 * Most read: the counter (a reader once per story per hour, bots skipped, salts per day), its
 * batched writes, the 24-hour ranking per site and section, and that nothing but counts is stored.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';

type Queries = typeof import('@/db/queries/most-read');
type Counter = typeof import('@/lib/most-read/counter');
type Hash = typeof import('@/lib/most-read/hash');

let t: TestDb;
let q: Queries;
let C: Counter;
let H: Hash;
let parseArticleId: (typeof import('@/lib/most-read/request'))['parseArticleId'];
let readerAddress: (typeof import('@/lib/most-read/request'))['readerAddress'];
const id: Record<string, number> = {};
let sec: { world: number; sport: number };
let ruSport: number;

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const OTHER_BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
// 2026-12-07 10:30 UTC: a fixed clock for the counter.
const T0 = Date.UTC(2026, 11, 7, 10, 30);

/** A counter on a clock the test moves, with salts it can recognise (byte n, 32 times). */
function counterAt(start: number, opts: { maxKeysPerHour?: number } = {}) {
  let now = start;
  let salts = 0;
  const made: Buffer[] = [];
  const counter = new C.ViewCounter({
    now: () => now,
    random: (size) => {
      const salt = Buffer.alloc(size, 0x41 + salts++);
      made.push(salt);
      return salt;
    },
    maxKeysPerHour: opts.maxKeysPerHour,
  });
  return { counter, made, set: (ms: number) => (now = ms) };
}

before(async () => {
  t = await createTestDb('most-read-test-');
  q = await import('@/db/queries/most-read');
  C = await import('@/lib/most-read/counter');
  H = await import('@/lib/most-read/hash');
  ({ parseArticleId, readerAddress } = await import('@/lib/most-read/request'));
  sec = { world: t.insertSection({ slug: 'world' }), sport: t.insertSection({ slug: 'sport' }) };
  const base = nowSeconds();
  const at = (hours: number) => new Date(base.getTime() - hours * HOUR);
  id.a = t.insertArticle({ sectionId: sec.world, title: 'A', publishedAt: at(30) });
  id.b = t.insertArticle({ sectionId: sec.world, title: 'B', publishedAt: at(20) });
  id.c = t.insertArticle({ sectionId: sec.sport, title: 'C', publishedAt: at(10) });
  id.d = t.insertArticle({ sectionId: sec.sport, title: 'D', publishedAt: at(5) });
  id.draft = t.insertArticle({ sectionId: sec.world, title: 'Draft', status: 'draft', publishedAt: null });
  id.later = t.insertArticle({ sectionId: sec.world, title: 'Later', status: 'scheduled', publishedAt: at(-5) });
  // A story of another edition, in a section of the same slug: ranked only in its edition.
  ruSport = t.insertSection({ slug: 'sport', edition: 'ru' });
  id.ru = t.insertArticle({ sectionId: ruSport, title: 'Ru', publishedAt: at(3) });
});

after(() => t.cleanup());

describe('the beacon body', () => {
  it('reads an id as text or as JSON {id}, and nothing else', () => {
    assert.equal(parseArticleId('42'), 42);
    assert.equal(parseArticleId(' 42\n'), 42);
    assert.equal(parseArticleId('{"id":42}'), 42);
    assert.equal(parseArticleId('{"id":"42"}'), 42);
    for (const junk of [
      '',
      '0',
      '-1',
      '4.2',
      '042',
      '1e3',
      'abc',
      '{"id":0}',
      '{"id":1.5}',
      '{',
      '{"x":1}',
      '9'.repeat(17),
    ])
      assert.equal(parseArticleId(junk), null, junk);
  });
});

describe('the reader’s address', () => {
  it('is the address our proxy appended, not one the client wrote before it', () => {
    const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });
    assert.equal(readerAddress(h('203.0.113.5')), '203.0.113.5');
    assert.equal(readerAddress(h('1.2.3.4, 203.0.113.5')), '203.0.113.5', 'a forged first entry is ignored');
    assert.equal(readerAddress(h('1.2.3.4,203.0.113.5 ')), '203.0.113.5');
    assert.equal(readerAddress(h()), 'unknown');
  });
});

describe('counting', () => {
  it('counts a reader once per story per hour, again the next hour, and other readers and stories apart', () => {
    const { counter, set } = counterAt(T0);
    const read = (articleId: number, ip = '203.0.113.5', userAgent = BROWSER) =>
      counter.record({ articleId, ip, userAgent });
    assert.equal(read(id.a), 'counted');
    assert.equal(read(id.a), 'duplicate');
    set(T0 + 20 * 60_000); // still 10:xx
    assert.equal(read(id.a), 'duplicate');
    assert.equal(read(id.b), 'counted', 'another story');
    assert.equal(read(id.a, '203.0.113.6'), 'counted', 'another address');
    assert.equal(read(id.a, '203.0.113.5', OTHER_BROWSER), 'counted', 'another browser at the same address');
    set(T0 + 40 * 60_000); // 11:10
    assert.equal(read(id.a), 'counted', 'the next hour counts again');
    assert.equal(counter.seenThisHour, 1, 'last hour’s readers are forgotten');
  });

  it('skips known bots and requests without a User-Agent, and ids of no published story', () => {
    const { counter } = counterAt(T0);
    for (const userAgent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'TelegramBot (like TwitterBot)',
      'curl/8.5.0',
      '',
      null,
    ])
      assert.equal(counter.record({ articleId: id.a, ip: '198.51.100.1', userAgent }), 'bot', String(userAgent));
    for (const articleId of [id.draft, id.later, 999_999])
      assert.equal(counter.record({ articleId, ip: '198.51.100.1', userAgent: BROWSER }), 'unknown-article');
    assert.equal(counter.seenThisHour, 0);
    assert.equal(counter.flush(), 0, 'nothing to write');
  });

  it('stops remembering new readers past the hour’s limit (memory stays bounded)', () => {
    const { counter } = counterAt(T0, { maxKeysPerHour: 2 });
    assert.equal(counter.record({ articleId: id.a, ip: '1', userAgent: BROWSER }), 'counted');
    assert.equal(counter.record({ articleId: id.a, ip: '2', userAgent: BROWSER }), 'counted');
    assert.equal(counter.record({ articleId: id.a, ip: '3', userAgent: BROWSER }), 'full');
    assert.equal(counter.record({ articleId: id.a, ip: '1', userAgent: BROWSER }), 'duplicate');
  });
});

describe('the daily salt', () => {
  it('changes at UTC midnight, so the same reading hashes differently the next day', () => {
    let n = 0;
    const salt = new H.DailySalt((size) => Buffer.alloc(size, ++n));
    const day1 = Date.UTC(2026, 11, 7, 23, 59);
    assert.equal(salt.at(day1), salt.at(day1 - 3 * HOUR), 'one salt all day');
    const tomorrow = salt.at(Date.UTC(2026, 11, 8, 0, 0));
    assert.notDeepEqual(tomorrow, salt.at(day1 - 3 * HOUR));
    const hour = 123;
    assert.notEqual(
      H.readingKey(Buffer.alloc(32, 1), '203.0.113.5', BROWSER, 7, hour),
      H.readingKey(Buffer.alloc(32, 2), '203.0.113.5', BROWSER, 7, hour),
    );
    // Real salts are random: two days never share one.
    assert.notDeepEqual(new H.DailySalt().at(0), new H.DailySalt().at(H.DAY_MS));
  });

  it('lets a reader count again when the day turns within the counter', () => {
    const { counter, made, set } = counterAt(Date.UTC(2026, 11, 7, 23, 10));
    assert.equal(counter.record({ articleId: id.a, ip: '203.0.113.9', userAgent: BROWSER }), 'counted');
    set(Date.UTC(2026, 11, 8, 0, 5));
    assert.equal(counter.record({ articleId: id.a, ip: '203.0.113.9', userAgent: BROWSER }), 'counted');
    assert.equal(made.length, 2, 'a new salt for the new day');
  });
});

describe('writing and ranking', () => {
  it('writes the sums of a batch and adds to what is stored; counts older than 48 hours are deleted', () => {
    t.db.delete(t.schema.articleViews).run();
    const hour = q.hourOf(T0);
    // An old row that the flush's pruning removes.
    q.addViews([{ articleId: id.a, hour: hour - 60, views: 9 }]);
    const { counter } = counterAt(T0);
    for (let i = 0; i < 5; i++) counter.record({ articleId: id.a, ip: `10.0.0.${i}`, userAgent: BROWSER });
    for (let i = 0; i < 3; i++) counter.record({ articleId: id.b, ip: `10.0.0.${i}`, userAgent: BROWSER });
    counter.record({ articleId: id.b, ip: '10.0.0.0', userAgent: BROWSER }); // a repeat
    assert.equal(counter.flush(), 2, 'one row per story and hour');
    assert.equal(q.viewsOf(id.a, hour), 5);
    assert.equal(q.viewsOf(id.b, hour), 3);
    assert.equal(q.viewsOf(id.a, hour - 60), 0, 'pruned');
    counter.record({ articleId: id.a, ip: '10.0.0.99', userAgent: BROWSER });
    counter.flush();
    assert.equal(q.viewsOf(id.a, hour), 6, 'views = views + n');
    assert.equal(counter.flush(), 0, 'a flush empties the batch');
  });

  it('ranks the last 24 hours, published stories only, per site or section, ties to the newest', () => {
    t.db.delete(t.schema.articleViews).run();
    const now = q.hourOf(Date.now());
    q.addViews([
      { articleId: id.a, hour: now - 30, views: 1000 }, // outside the window
      { articleId: id.a, hour: now - 23, views: 10 },
      { articleId: id.b, hour: now - 2, views: 7 },
      { articleId: id.b, hour: now, views: 3 },
      { articleId: id.c, hour: now - 1, views: 4 },
      { articleId: id.d, hour: now, views: 4 },
      { articleId: id.draft, hour: now, views: 500 },
      { articleId: id.ru, hour: now, views: 50 },
    ]);
    const site = q.rankMostRead({ edition: 'en', sectionId: null, sinceHour: now - 23, limit: 10 });
    // a and b tie at 10 (a's 1000 views are 30 hours old): b, published later, first; so d before c.
    assert.deepEqual(site, [
      { id: id.b, views: 10 },
      { id: id.a, views: 10 },
      { id: id.d, views: 4 },
      { id: id.c, views: 4 },
    ]);
    assert.deepEqual(
      q.rankMostRead({ edition: 'en', sectionId: sec.sport, sinceHour: now - 23, limit: 10 }).map((r) => r.id),
      [id.d, id.c],
    );
    assert.deepEqual(
      q.rankMostRead({ edition: 'en', sectionId: sec.world, sinceHour: now - 23, limit: 1 }).map((r) => r.id),
      [id.b],
    );
    // Each edition ranks its own stories only.
    assert.deepEqual(q.rankMostRead({ edition: 'ru', sectionId: null, sinceHour: now - 23, limit: 10 }), [
      { id: id.ru, views: 50 },
    ]);
    assert.deepEqual(
      q.rankMostRead({ edition: 'ru', sectionId: ruSport, sinceHour: now - 23, limit: 10 }).map((r) => r.id),
      [id.ru],
    );
    assert.deepEqual(q.rankMostRead({ edition: 'ar', sectionId: null, sinceHour: now - 23, limit: 10 }), []);
  });

  it('stores counts only: no salt, hash, address or User-Agent reaches the database', () => {
    t.db.delete(t.schema.articleViews).run();
    const { counter, made } = counterAt(T0);
    const ip = '192.0.2.77';
    counter.record({ articleId: id.c, ip, userAgent: BROWSER });
    counter.flush();
    const columns = t.db.$client.prepare('SELECT name FROM pragma_table_info(?)').all('article_views') as {
      name: string;
    }[];
    assert.deepEqual(
      columns.map((c) => c.name),
      ['article_id', 'hour', 'views'],
    );
    t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const file = fs.readFileSync(t.file);
    const key = H.readingKey(made[0], ip, BROWSER, id.c, q.hourOf(T0));
    for (const secret of [
      made[0],
      Buffer.from(made[0].toString('hex')),
      Buffer.from(key),
      Buffer.from(ip),
      Buffer.from('Chrome/131'),
    ])
      assert.equal(file.indexOf(secret), -1, `found ${secret.toString().slice(0, 20)} in the database file`);
  });
});

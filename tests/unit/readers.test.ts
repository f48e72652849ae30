import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';

let t: TestDb;
let q: typeof import('@/db/queries/readers');
let accounts: typeof import('@/lib/readers/accounts');
let session: typeof import('@/lib/auth/reader-session');
let http: typeof import('@/lib/readers/http');
let bookmarks: typeof import('@/lib/readers/bookmarks');
const articles = { published: 0, older: 0, draft: 0, scheduled: 0, unpublished: 0 };

before(async () => {
  t = await createTestDb('readers-');
  q = await import('@/db/queries/readers');
  accounts = await import('@/lib/readers/accounts');
  session = await import('@/lib/auth/reader-session');
  http = await import('@/lib/readers/http');
  bookmarks = await import('@/lib/readers/bookmarks');
  const sectionId = t.insertSection({ slug: 'world', name: 'World' });
  const now = nowSeconds();
  articles.published = t.insertArticle({
    sectionId,
    title: 'Published',
    status: 'published',
    publishedAt: new Date(now.getTime() - HOUR),
  });
  articles.older = t.insertArticle({
    sectionId,
    title: 'Older',
    status: 'published',
    publishedAt: new Date(now.getTime() - 2 * HOUR),
  });
  articles.draft = t.insertArticle({ sectionId, title: 'Draft', status: 'draft', publishedAt: null });
  articles.scheduled = t.insertArticle({
    sectionId,
    title: 'Scheduled',
    status: 'scheduled',
    publishedAt: new Date(now.getTime() + HOUR),
  });
  articles.unpublished = t.insertArticle({
    sectionId,
    title: 'Unpublished',
    status: 'unpublished',
    publishedAt: new Date(now.getTime() - HOUR),
  });
});
after(() => t.cleanup());

const count = (table: string) => (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('reader accounts', () => {
  it('signs up with a hashed password, refuses a taken address and bad fields without writing', async () => {
    const ok = await accounts.signUp(
      { email: ' Ada@Example.TEST ', name: 'Ada', password: 'a long password' },
      '203.0.113.1',
      'test',
    );
    assert.equal(ok.ok, true);
    const stored = t.db.$client.prepare('SELECT email, password_hash FROM readers').get() as {
      email: string;
      password_hash: string;
    };
    assert.equal(stored.email, 'ada@example.test');
    assert.match(stored.password_hash, /^scrypt\$/);
    const before = count('readers');
    const taken = await accounts.signUp(
      { email: 'ada@example.test', name: 'Other', password: 'a long password' },
      '203.0.113.1',
      'test',
    );
    assert.equal(taken.ok, false);
    assert.match((taken as { errors: { email: string } }).errors.email, /already has an account/);
    const bad = await accounts.signUp({ email: 'not an address', name: '', password: 'short' }, '203.0.113.1', 'test');
    assert.deepEqual(Object.keys((bad as { errors: object }).errors).sort(), ['email', 'name', 'password']);
    assert.equal(count('readers'), before);
  });

  it('signs in with a new session id each time; throttles the 6th failure from one IP but not another IP', async () => {
    await accounts.signUp(
      { email: 'bo@example.test', name: 'Bo', password: 'bo password long' },
      '203.0.113.2',
      'test',
    );
    const first = await accounts.signInReader(
      { email: 'bo@example.test', password: 'bo password long' },
      '203.0.113.2',
      'test',
    );
    const second = await accounts.signInReader(
      { email: 'bo@example.test', password: 'bo password long' },
      '203.0.113.2',
      'test',
      (first as { token: string }).token,
    );
    assert.ok(first.ok && second.ok);
    assert.notEqual((first as { token: string }).token, (second as { token: string }).token);
    assert.equal(session.readerForToken((first as { token: string }).token), null, 'the previous session ended');
    assert.equal(session.readerForToken((second as { token: string }).token)?.email, 'bo@example.test');
    for (let i = 0; i < 5; i++)
      assert.equal(
        (await accounts.signInReader({ email: 'bo@example.test', password: 'wrong' }, '203.0.113.3', 'x')).ok,
        false,
      );
    const sixth = await accounts.signInReader(
      { email: 'bo@example.test', password: 'bo password long' },
      '203.0.113.3',
      'x',
    );
    assert.equal(!sixth.ok && sixth.reason, 'throttled');
    assert.equal(
      (await accounts.signInReader({ email: 'bo@example.test', password: 'bo password long' }, '203.0.113.4', 'x')).ok,
      true,
    );
  });

  it('deleting an account deletes its bookmarks and sessions', async () => {
    const made = (await accounts.signUp(
      { email: 'cy@example.test', name: 'Cy', password: 'cy password long' },
      '203.0.113.5',
      'test',
    )) as { ok: true; reader: { id: number; name: string; email: string }; token: string };
    assert.equal(q.addBookmark(made.reader.id, articles.published), 'added');
    assert.deepEqual(await accounts.deleteReaderAccount(made.reader, 'wrong password'), {
      current: 'That is not your password.',
    });
    assert.equal(q.isBookmarked(made.reader.id, articles.published), true);
    assert.equal(await accounts.deleteReaderAccount(made.reader, 'cy password long'), null);
    assert.equal(session.readerForToken(made.token), null);
    assert.equal(
      (
        t.db.$client.prepare('SELECT count(*) AS n FROM bookmarks WHERE reader_id = ?').get(made.reader.id) as {
          n: number;
        }
      ).n,
      0,
    );
    assert.equal(
      (
        t.db.$client.prepare('SELECT count(*) AS n FROM reader_sessions WHERE reader_id = ?').get(made.reader.id) as {
          n: number;
        }
      ).n,
      0,
    );
  });
});

describe('bookmarks', () => {
  it('only published articles can be bookmarked; nothing is written otherwise; twice keeps one row', async () => {
    const reader = q.createReader({ email: 'dee@example.test', name: 'Dee', passwordHash: 'x' })!;
    for (const id of [articles.draft, articles.scheduled, articles.unpublished, 999_999])
      assert.equal(q.addBookmark(reader.id, id), 'not-found', String(id));
    assert.equal(q.listBookmarks(reader.id, 1, 20).total, 0);
    assert.equal(q.addBookmark(reader.id, articles.older, new Date(Date.now() - 1000)), 'added');
    assert.equal(q.addBookmark(reader.id, articles.published), 'added');
    assert.equal(q.addBookmark(reader.id, articles.published), 'already');
    const { items, total } = q.listBookmarks(reader.id, 1, 20);
    assert.equal(total, 2);
    assert.deepEqual(
      items.map((i) => i.card.title),
      ['Published', 'Older'],
      'newest saved first',
    );
    assert.deepEqual(
      q.listBookmarks(reader.id, 2, 1).items.map((i) => i.card.title),
      ['Older'],
    );
  });

  it('an article unpublished since it was saved stays in the list, marked unavailable; readers never see each other’s', () => {
    const a = q.createReader({ email: 'eve@example.test', name: 'Eve', passwordHash: 'x' })!;
    const b = q.createReader({ email: 'fay@example.test', name: 'Fay', passwordHash: 'x' })!;
    q.addBookmark(a.id, articles.older);
    t.db.$client.prepare("UPDATE articles SET status = 'unpublished' WHERE id = ?").run(articles.older);
    const [item] = q.listBookmarks(a.id, 1, 20).items;
    assert.equal(item.available, false);
    assert.equal(item.card.title, 'Older');
    t.db.$client.prepare("UPDATE articles SET status = 'published' WHERE id = ?").run(articles.older);
    assert.equal(q.listBookmarks(b.id, 1, 20).total, 0);
    assert.equal(q.removeBookmark(b.id, articles.older), false, "B's remove does not touch A's row");
    assert.equal(q.isBookmarked(a.id, articles.older), true);
  });
});

describe('changing a bookmark from the form', () => {
  it('refuses a malformed id or action and an unpublished article; answers the state read back', () => {
    const reader = q.createReader({ email: 'gus@example.test', name: 'Gus', passwordHash: 'x' })!;
    const id = String(articles.published);
    for (const input of [
      { articleId: null, action: 'add' },
      { articleId: '0', action: 'add' },
      { articleId: '01', action: 'add' },
      { articleId: '1'.repeat(16), action: 'add' },
      { articleId: id, action: 'toggle' },
      { articleId: id, action: null },
    ])
      assert.deepEqual(
        bookmarks.changeBookmark(reader.id, input),
        { ok: false, reason: 'invalid' },
        JSON.stringify(input),
      );
    assert.deepEqual(bookmarks.changeBookmark(reader.id, { articleId: String(articles.draft), action: 'add' }), {
      ok: false,
      reason: 'not-found',
    });
    assert.deepEqual(bookmarks.changeBookmark(reader.id, { articleId: id, action: 'add' }), {
      ok: true,
      bookmarked: true,
    });
    assert.deepEqual(bookmarks.changeBookmark(reader.id, { articleId: id, action: 'add' }), {
      ok: true,
      bookmarked: true,
    });
    assert.deepEqual(bookmarks.changeBookmark(reader.id, { articleId: id, action: 'remove' }), {
      ok: true,
      bookmarked: false,
    });
    assert.equal(q.listBookmarks(reader.id, 1, 20).total, 0);
  });
});

describe('return paths after a form', () => {
  it('stay on this site and out of the admin', () => {
    assert.equal(http.safeReturnPath('/world/1-a'), '/world/1-a');
    assert.equal(http.safeReturnPath('/bookmarks?page=2'), '/bookmarks?page=2');
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil',
      '/admin',
      '/admin/staff',
      'javascript:alert(1)',
      '',
      42,
      '/a b',
      `/${'x'.repeat(400)}`,
    ]) {
      assert.equal(http.safeReturnPath(bad, '/'), '/', String(bad));
    }
  });
});

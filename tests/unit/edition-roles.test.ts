/**
 * Roles per edition (issue 20, "a Russian-desk editor cannot publish in English"): canIn, the
 * newsroom's checks against the object's edition, the queries that keep staff_users.role the
 * highest edition role, and the migration that gave every existing account its roles.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import { canIn, type EditionStaff, type Permission } from '@/lib/auth/roles';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let news: typeof import('@/db/queries/newsroom');
let q: typeof import('@/db/queries/staff');
let st: typeof import('@/lib/newsroom/staff');
let taxonomy: typeof import('@/lib/newsroom/taxonomy');
let fronts: typeof import('@/lib/fronts/editor');
let banners: typeof import('@/lib/newsroom/banners');
let sections: { en: number; ru: number; ar: number };
let ruEditor: StaffUser;
let enAuthor: StaffUser;
let admin: StaffUser;
const IP = '192.0.2.20';

const ruDesk: EditionStaff = { role: 'editor', editions: { ru: 'editor' } };
const siteAdmin: EditionStaff = { role: 'admin', editions: {} };
const nobody: EditionStaff = { role: 'contributor', editions: {} };

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

const count = (table: string, where = '1', ...args: unknown[]) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;

/** A draft in `sectionId` written by nobody in these tests (so only editors may act on it). */
const draftIn = (sectionId: number, title: string) =>
  t.insertArticle({ sectionId, title, status: 'draft', publishedAt: null });

const editorForm = (sectionId: number, title: string, extra: Record<string, string> = {}) =>
  form({ title, slug: '', sectionId: String(sectionId), lede: '', body: 'Text.', tags: '', heroMediaId: '', ...extra });

before(async () => {
  t = await createTestDb('edition-roles-');
  nr = await import('@/lib/newsroom/articles');
  news = await import('@/db/queries/newsroom');
  q = await import('@/db/queries/staff');
  st = await import('@/lib/newsroom/staff');
  taxonomy = await import('@/lib/newsroom/taxonomy');
  fronts = await import('@/lib/fronts/editor');
  banners = await import('@/lib/newsroom/banners');
  sections = {
    en: t.insertSection({ slug: 'world', name: 'World' }),
    ru: t.insertSection({ slug: 'mir', name: 'Мир', edition: 'ru' }),
    ar: t.insertSection({ slug: 'alam', name: 'العالم', edition: 'ar' }),
  };
  ruEditor = q.createStaffUser({
    email: 'ru-desk@example.test',
    name: 'RU desk',
    passwordHash: 'x',
    role: 'editor',
    editions: ['ru'],
  });
  enAuthor = q.createStaffUser({
    email: 'en-author@example.test',
    name: 'EN author',
    passwordHash: 'x',
    role: 'author',
    editions: ['en'],
  });
  admin = q.createStaffUser({
    email: 'chief@example.test',
    name: 'Chief',
    passwordHash: 'x',
    role: 'admin',
    editions: ['en'],
  });
});
after(() => t.cleanup());

describe('canIn: a permission in one edition', () => {
  const EDITION_BOUND: Permission[] = [
    'article.create',
    'article.edit',
    'article.publish',
    'article.unpublish',
    'article.trash',
    'taxonomy.manage',
    'fronts.manage',
    'pages.manage',
  ];

  it('a Russian-desk editor may do everything an editor does in Russian and nothing in English', () => {
    for (const permission of EDITION_BOUND) {
      assert.equal(canIn(ruDesk, 'ru', permission), true, `ru ${permission}`);
      assert.equal(canIn(ruDesk, 'en', permission), false, `en ${permission}`);
      assert.equal(canIn(ruDesk, 'ar', permission), false, `ar ${permission}`);
    }
    // Still no site-wide powers an editor lacks.
    assert.equal(canIn(ruDesk, 'ru', 'staff.manage'), false);
  });

  it('an administrator may everything in every edition; no role means nothing', () => {
    for (const permission of [...EDITION_BOUND, 'staff.manage', 'audit.view'] as Permission[]) {
      for (const edition of ['en', 'ru', 'ar']) {
        assert.equal(canIn(siteAdmin, edition, permission), true, `admin ${edition} ${permission}`);
        assert.equal(canIn(nobody, edition, permission), false, `nobody ${edition} ${permission}`);
      }
    }
  });

  it('the edition role goes through today’s rules (an author: own articles only)', () => {
    const author: EditionStaff = { role: 'author', editions: { en: 'author' } };
    assert.equal(canIn(author, 'en', 'article.publish', { authorOwnsArticle: true }), true);
    assert.equal(canIn(author, 'en', 'article.publish', { authorOwnsArticle: false }), false);
    assert.equal(canIn(author, 'ru', 'article.publish', { authorOwnsArticle: true }), false);
    // An object's prototype is not an edition.
    assert.equal(canIn(author, 'constructor', 'article.create'), false);
    assert.equal(canIn(author, '__proto__', 'article.create'), false);
  });
});

describe('the newsroom checks the article’s edition', () => {
  // Publishing now expires cached pages, which only works inside a Next request: scheduling is
  // the same permission (article.publish) and writes without expiring anything yet.
  const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16);

  it('a Russian-desk editor publishes a Russian article, but may not publish, edit or trash an English one', () => {
    const ru = draftIn(sections.ru, 'Русский черновик');
    assert.deepEqual(nr.changeStatus(ruEditor, ru, 'schedule', 1, IP, tomorrow()), { ok: true });
    assert.equal(news.getEditableArticle(ru)?.status, 'scheduled');
    assert.equal(nr.mayOnArticle(ruEditor, 'article.publish', news.getEditableArticle(ru)!), true);

    const en = draftIn(sections.en, 'English draft');
    const audit = count('audit_log');
    for (const change of ['publish', 'schedule', 'trash'] as const) {
      const result = nr.changeStatus(ruEditor, en, change, 1, IP, tomorrow());
      assert.equal(result.ok ? 'ok' : result.reason, 'forbidden', change);
    }
    assert.equal(nr.mayOnArticle(ruEditor, 'article.publish', news.getEditableArticle(en)!), false);
    assert.equal(
      nr.saveFromEditor(ruEditor, en, editorForm(sections.en, 'Hijacked', { version: '1' }), IP).status,
      'forbidden',
    );
    const after = news.getEditableArticle(en)!;
    assert.equal(after.status, 'draft');
    assert.equal(after.title, 'English draft');
    assert.equal(count('audit_log'), audit, 'nothing written');
  });

  it('creating: only in a section of an edition the person may write in', () => {
    const articles = count('articles');
    assert.equal(nr.saveFromEditor(ruEditor, null, editorForm(sections.en, 'Not mine'), IP).status, 'forbidden');
    assert.equal(count('articles'), articles);
    const made = nr.saveFromEditor(ruEditor, null, editorForm(sections.ru, 'Мой черновик'), IP);
    assert.equal(made.status, 'saved');
    assert.deepEqual(nr.creatableEditions(ruEditor), ['ru']);
    assert.deepEqual(nr.editorEditions(ruEditor, null), ['ru']);
  });

  it('moving a story to another edition’s section needs a role there too', () => {
    const own = nr.saveFromEditor(enAuthor, null, editorForm(sections.en, 'Own draft'), IP) as { id: number };
    const moved = nr.saveFromEditor(enAuthor, own.id, editorForm(sections.ru, 'Moved', { version: '1' }), IP);
    assert.equal(moved.status, 'forbidden');
    assert.equal(news.getEditableArticle(own.id)?.edition, 'en');
  });

  it('Translate: article.create in the TARGET edition (en → ru yes, ru → en no)', () => {
    const en = draftIn(sections.en, 'Source in English');
    const into = nr.translateArticle(ruEditor, en, 'ru', IP);
    assert.equal(into.ok, true);
    assert.equal(news.getEditableArticle((into as { id: number }).id)?.edition, 'ru');

    const ru = draftIn(sections.ru, 'Источник');
    const english = count('articles', "edition = 'en'");
    const back = nr.translateArticle(ruEditor, ru, 'en', IP);
    assert.equal(back.ok ? 'ok' : back.reason, 'forbidden');
    assert.equal(count('articles', "edition = 'en'"), english, 'no English draft made');
  });

  it('an administrator acts in every edition', () => {
    const ar = draftIn(sections.ar, 'مسودة');
    assert.deepEqual(nr.changeStatus(admin, ar, 'schedule', 1, IP, tomorrow()), { ok: true });
    const en = draftIn(sections.en, 'Admin draft');
    assert.deepEqual(nr.changeStatus(admin, en, 'trash', 1, IP), { ok: true });
  });
});

describe('sections, fronts and banners by edition', () => {
  it('taxonomy.manage in the item’s edition', () => {
    const recorded: unknown[] = [];
    const record = (change: unknown) => void recorded.push(change);
    const rename = (who: StaffUser, id: number, name: string, slug: string) =>
      taxonomy
        .taxonomyForms(taxonomy.SECTIONS)
        .update(who, form({ id: String(id), name, slug, description: '' }), IP, record);
    assert.equal(rename(ruEditor, sections.en, 'Planet', 'world').status, 'invalid');
    assert.equal(t.db.$client.prepare('SELECT name FROM sections WHERE id = ?').pluck().get(sections.en), 'World');
    assert.equal(rename(ruEditor, sections.ru, 'Мир сегодня', 'mir').status, 'done');
    assert.equal(recorded.length, 1);
    // A form without an edition makes a default-edition section: refused to the Russian desk
    // (tests/unit/create-in-edition.test.ts creates in the chosen edition).
    const created = taxonomy
      .taxonomyForms(taxonomy.SECTIONS)
      .create(ruEditor, form({ name: 'Sneaky', slug: '', description: '' }), IP, record);
    assert.equal(created.status, 'invalid');
  });

  it('fronts.manage in the front’s edition', () => {
    assert.equal(fronts.mayArrange(ruEditor, { edition: 'ru' }), true);
    assert.equal(fronts.mayArrange(ruEditor, { edition: 'en' }), false);
    const answer = fronts.handleEditorPost(
      ruEditor,
      IP,
      form({ key: 'home', version: '0', op: 'draft', containers: '0' }),
    );
    assert.deepEqual(answer, { forbidden: true });
  });

  it('the banner: fronts.manage in its edition (the form’s choice; without one, the default edition)', async () => {
    const before = count('banners');
    const values = { label: 'Breaking', text: 'Срочно', url: '/ru', expiresIn: '1h', expiresAt: '' };
    const attempts: Record<string, string>[] = [{ scope: 'site' }, { scope: String(sections.en), edition: 'en' }];
    for (const extra of attempts) {
      const state = banners.createBannerFromForm(ruEditor, form({ ...values, ...extra }), IP);
      assert.equal(state.status, 'invalid', JSON.stringify(extra));
      assert.match((state as { message: string }).message, /may not run banners/);
    }
    // A Russian banner offers the Russian sections only: an English one is a field error.
    const state = banners.createBannerFromForm(
      ruEditor,
      form({ ...values, edition: 'ru', scope: String(sections.en) }),
      IP,
    );
    assert.match((state as { fieldErrors: Record<string, string> }).fieldErrors.scope, /edition’s sections/);
    assert.equal(count('banners'), before);
    assert.deepEqual(banners.bannerEditions(ruEditor, ['en', 'ru', 'ar']), ['ru']);
    // A live banner of the English pages: the Russian desk may not end it.
    const { insertBanner } = await import('@/db/queries/banners');
    const now = Date.now();
    const id = insertBanner(
      {
        label: 'Breaking',
        text: 'English news',
        url: '/',
        sectionId: null,
        startsAt: new Date(now - 1000),
        expiresAt: new Date(now + 3_600_000),
      },
      { actorId: admin.id, ip: IP },
    );
    assert.deepEqual(banners.endBannerFromForm(ruEditor, form({ id: String(id) }), IP), {
      ok: false,
      code: 'forbidden',
    });
    assert.equal(count('banners', 'id = ? AND ended_at IS NULL', id), 1);
  });
});

describe('the queries keep staff_users.role the highest edition role, in one transaction', () => {
  it('saving roles writes the rows and the highest role together', () => {
    const user = q.createStaffUser({
      email: 'mixed@example.test',
      name: 'Mixed',
      passwordHash: 'x',
      role: 'contributor',
      editions: ['en', 'ar'],
    });
    assert.deepEqual(user.editions, { ar: 'contributor', en: 'contributor' });
    const who = { actorId: admin.id, ip: IP };
    assert.deepEqual(q.changeStaffRoles(user.id, { admin: false, editions: { en: 'author', ru: 'editor' } }, who), {
      ok: true,
      changed: true,
    });
    const after = q.getStaffAccount(user.id)!;
    assert.equal(after.role, 'editor');
    assert.deepEqual(after.editions, { en: 'author', ru: 'editor' });
    assert.equal(st.rolesSummary(after), 'Editor · RU, Author · EN');
    assert.equal(st.rolesSummary({ role: 'author', editions: { en: 'author', ru: 'author', ar: 'author' } }), 'Author');
    assert.equal(
      st.rolesSummary({ role: 'author', editions: { en: 'author', ar: 'author' } }),
      'Author · EN, Author · AR',
    );
    // No edition at all is refused before anything is written.
    assert.deepEqual(q.changeStaffRoles(user.id, { admin: false, editions: {} }, who), {
      ok: false,
      reason: 'no-edition',
    });
    assert.deepEqual(q.getStaffAccount(user.id)!.editions, { en: 'author', ru: 'editor' });
  });

  it('a row the table refuses rolls the whole change back (nothing half-written)', () => {
    const user = q.createStaffUser({
      email: 'atomic@example.test',
      name: 'Atomic',
      passwordHash: 'x',
      role: 'author',
      editions: ['en'],
    });
    const audit = count('audit_log');
    assert.throws(() =>
      q.changeStaffRoles(
        user.id,
        // Not a role an edition may hold: the CHECK constraint fails on insert.
        { admin: false, editions: { en: 'editor', ru: 'owner' as 'editor' } },
        { actorId: admin.id, ip: IP },
      ),
    );
    const after = q.getStaffAccount(user.id)!;
    assert.equal(after.role, 'author');
    assert.deepEqual(after.editions, { en: 'author' });
    assert.equal(count('audit_log'), audit);
  });

  it('the signed-in user carries the edition roles (a session reads them at each request)', async () => {
    const { startSession, staffForToken } = await import('@/lib/auth/session');
    const { token } = startSession(ruEditor.id, IP, 'test');
    assert.deepEqual(staffForToken(token)?.editions, { ru: 'editor' });
    q.changeStaffRoles(
      ruEditor.id,
      { admin: false, editions: { ru: 'editor', ar: 'author' } },
      { actorId: admin.id, ip: IP },
    );
    assert.deepEqual(staffForToken(token)?.editions, { ar: 'author', ru: 'editor' });
    assert.deepEqual(staffForToken(token)?.role, 'editor');
  });
});

describe('the roles form', () => {
  it('refuses unknown editions and roles, and a non-administrator without an edition; nothing is written', async () => {
    const users = count('staff_users');
    const rows = count('staff_editions');
    const base = { email: 'desk@example.test', name: 'Desk', password: 'a long enough password', authorId: '' };
    const cases: [Record<string, string>, string][] = [
      [{ 'role-en': '', 'role-ru': '', 'role-ar': '' }, 'role-en'],
      [{ 'role-ru': 'admin' }, 'role-ru'],
      [{ 'role-ru': 'chief' }, 'role-ru'],
      [{ 'role-de': 'editor', 'role-ru': 'editor' }, 'role-en'],
    ];
    for (const [roles, field] of cases) {
      const state = await st.createStaffFromForm(admin, form({ ...base, ...roles }), IP);
      assert.equal(state.status, 'invalid', JSON.stringify(roles));
      const { fieldErrors, values } = state as { fieldErrors: Record<string, string>; values: Record<string, string> };
      assert.ok(fieldErrors[field], `${JSON.stringify(roles)} → ${JSON.stringify(fieldErrors)}`);
      assert.equal(values.name, 'Desk');
      for (const [key, value] of Object.entries(roles)) if (key !== 'role-de') assert.equal(values[key], value);
    }
    assert.equal(count('staff_users'), users);
    assert.equal(count('staff_editions'), rows);
  });

  it('an administrator is made with no edition rows; the selects are not stored', async () => {
    const state = await st.createStaffFromForm(
      admin,
      form({
        email: 'boss2@example.test',
        name: 'Boss',
        admin: 'yes',
        'role-ru': 'author',
        password: 'a long enough password',
        authorId: '',
      }),
      IP,
    );
    assert.equal(state.status, 'done');
    const made = q.getStaffAccount((state as { id: number }).id)!;
    assert.equal(made.role, 'admin');
    assert.deepEqual(made.editions, {});
    assert.deepEqual(st.rolesFormValues(made), { admin: 'yes', 'role-en': '', 'role-ru': '', 'role-ar': '' });
  });

  it('labels each edition in English for the newsroom', () => {
    assert.deepEqual(
      st.editionRoleFields().map((f) => f.label),
      ['English edition', 'Russian edition', 'Arabic edition'],
    );
  });
});

describe('migration 0012: every account keeps its powers', () => {
  it('backfills each non-administrator’s role in every edition the data holds, and English', async () => {
    const { openDatabase, MIGRATIONS_DIR } = await import('@/db/client');
    // The migrations up to 0011 only: a database as it was before this one.
    const old = path.join(t.dir, 'migrations-0011');
    fs.mkdirSync(path.join(old, 'meta'), { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
      entries: { idx: number; tag: string }[];
    };
    const before = journal.entries.filter((e) => e.idx <= 11);
    for (const e of before) fs.copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(old, `${e.tag}.sql`));
    fs.writeFileSync(path.join(old, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: before }));

    const db = openDatabase(path.join(t.dir, 'upgrade.db'), { migrate: false });
    try {
      migrate(db, { migrationsFolder: old });
      const sqlite = db.$client;
      assert.equal(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'staff_editions'").pluck().get(), 0);
      sqlite
        .prepare("INSERT INTO sections (slug, name, edition) VALUES ('mir', 'Мир', 'ru'), ('mir2', 'Мир 2', 'ru')")
        .run();
      const insert = sqlite.prepare("INSERT INTO staff_users (email, name, password_hash, role) VALUES (?, ?, 'x', ?)");
      const ids = Object.fromEntries(
        (['contributor', 'author', 'editor', 'admin'] as const).map((role) => [
          role,
          Number(insert.run(`${role}@old.test`, role, role).lastInsertRowid),
        ]),
      );

      migrate(db, { migrationsFolder: MIGRATIONS_DIR });
      const rows = sqlite
        .prepare('SELECT staff_id AS id, edition, role FROM staff_editions ORDER BY staff_id, edition')
        .all() as { id: number; edition: string; role: string }[];
      assert.deepEqual(rows, [
        { id: ids.contributor, edition: 'en', role: 'contributor' },
        { id: ids.contributor, edition: 'ru', role: 'contributor' },
        { id: ids.author, edition: 'en', role: 'author' },
        { id: ids.author, edition: 'ru', role: 'author' },
        { id: ids.editor, edition: 'en', role: 'editor' },
        { id: ids.editor, edition: 'ru', role: 'editor' },
      ]);
      // The roles themselves are unchanged (the highest of each account's rows).
      assert.deepEqual(sqlite.prepare('SELECT role FROM staff_users ORDER BY id').pluck().all(), [
        'contributor',
        'author',
        'editor',
        'admin',
      ]);
      // Deleting an account deletes its rows.
      sqlite.prepare('DELETE FROM staff_users WHERE id = ?').run(ids.editor);
      assert.equal(sqlite.prepare('SELECT count(*) FROM staff_editions WHERE staff_id = ?').pluck().get(ids.editor), 0);
    } finally {
      db.$client.close();
    }
  });
});

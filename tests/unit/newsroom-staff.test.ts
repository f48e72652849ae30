import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import type { FormState } from '@/lib/newsroom/forms';

let t: TestDb;
let st: typeof import('@/lib/newsroom/staff');
let q: typeof import('@/db/queries/staff');
let signIn: typeof import('@/lib/auth/sign-in').signIn;
let session: typeof import('@/lib/auth/session');
let hashPassword: typeof import('@/lib/auth/password').hashPassword;
const IP = '192.0.2.9';
const PASSWORD = 'a long enough password';
let admin: StaffUser;
let editor: StaffUser;
let ipCounter = 0;
/** A fresh address per sign-in attempt, so throttling never decides a test. */
const nextIp = () => `198.51.100.${++ipCounter}`;

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

const count = (table: 'staff_users' | 'audit_log' | 'staff_sessions', where = '1', ...args: unknown[]) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;

function auditOf(
  subjectId: number,
): { action: string; actor_id: number | null; ip: string; details: Record<string, unknown> | null }[] {
  return (
    t.db.$client
      .prepare(
        "SELECT action, actor_id, ip, details FROM audit_log WHERE subject_type = 'staff' AND subject_id = ? AND action LIKE 'staff.%' ORDER BY id",
      )
      .all(String(subjectId)) as { action: string; actor_id: number | null; ip: string; details: string | null }[]
  ).map((r) => ({ ...r, details: r.details ? JSON.parse(r.details) : null }));
}

const fieldErrors = (s: FormState) => (s.status === 'invalid' ? s.fieldErrors : {});

// The account actions, as an administrator's form posts them, and what they answer.
/** The "Roles" panel: `admin` ticks the box; any other role is the English edition's only. */
const changeRole = (actor: StaffUser, id: number | string, role: string) =>
  st.changeRolesFromForm(
    actor,
    form({ id: String(id), ...(role === 'admin' ? { admin: 'yes' } : { 'role-en': role }) }),
    IP,
  );
/** What the roles form answers: 'done' (with its message), or 'invalid' with its message. */
const answered = (s: FormState) =>
  s.status === 'done' ? `done: ${s.message}` : s.status === 'invalid' ? s.message : s.status;
const ROLES_CHANGED = 'done: Roles changed.';
const NOTHING_TO_CHANGE = 'done: Nothing to change.';
const LAST_ADMIN =
  'Refused: this is the last active administrator. Make another account an administrator first, or the newsroom would have none.';
const setDisabled = (actor: StaffUser, id: number, disabled: boolean) =>
  st.setDisabledFromForm(actor, form({ id: String(id), disabled: disabled ? '1' : '0' }), IP);
const setByline = (actor: StaffUser, id: number, authorId: string) =>
  st.setBylineFromForm(actor, form({ id: String(id), authorId }), IP);
const resetPassword = (actor: StaffUser, id: number, password: string) =>
  st.resetPasswordFromForm(actor, form({ id: String(id), password }), IP);
const done = (code: string) => ({ ok: true, code });
const refused = (code: string) => ({ ok: false, code });

async function account(
  email: string,
  role: 'contributor' | 'author' | 'editor' | 'admin',
  editions: string[] = ['en'],
): Promise<StaffUser> {
  return q.createStaffUser({
    email,
    name: email.split('@')[0],
    passwordHash: await hashPassword(PASSWORD),
    role,
    editions,
  });
}

before(async () => {
  t = await createTestDb('newsroom-staff-');
  st = await import('@/lib/newsroom/staff');
  q = await import('@/db/queries/staff');
  ({ signIn } = await import('@/lib/auth/sign-in'));
  session = await import('@/lib/auth/session');
  ({ hashPassword } = await import('@/lib/auth/password'));
  admin = await account('boss@example.test', 'admin');
  editor = await account('ed@example.test', 'editor');
});
after(() => t.cleanup());

describe('creating staff accounts', () => {
  it('an admin creates an account: hashed password, byline link, audited without the password', async () => {
    const byline = t.insertAuthor({ slug: 'nina-reporter', name: 'Nina Reporter' });
    const state = await st.createStaffFromForm(
      admin,
      form({
        email: ' Nina@Example.TEST ',
        name: 'Nina',
        'role-en': 'author',
        'role-ru': 'contributor',
        'role-ar': '',
        password: PASSWORD,
        authorId: String(byline),
      }),
      IP,
    );
    assert.equal(state.status, 'done', JSON.stringify(state));
    const id = (state as { id: number }).id;
    const created = q.getStaffAccount(id)!;
    assert.equal(created.email, 'nina@example.test');
    assert.equal(created.role, 'author', 'the highest of the edition roles');
    assert.deepEqual(created.editions, { en: 'author', ru: 'contributor' });
    assert.equal(created.authorId, byline);
    assert.equal(created.authorName, 'Nina Reporter');
    assert.equal(created.disabledAt, null);
    const hash = (
      t.db.$client.prepare('SELECT password_hash FROM staff_users WHERE id = ?').get(id) as { password_hash: string }
    ).password_hash;
    assert.match(hash, /^scrypt\$/);
    const signedIn = await signIn({ email: 'nina@example.test', password: PASSWORD }, nextIp(), 'test');
    assert.equal(signedIn.ok, true);
    assert.ok(q.getStaffAccount(id)?.lastSignInAt, 'the last sign-in shows');
    const [entry] = auditOf(id);
    assert.equal(entry.action, 'staff.create');
    assert.equal(entry.actor_id, admin.id);
    assert.equal(entry.ip, IP);
    assert.deepEqual(entry.details, {
      email: 'nina@example.test',
      role: 'author',
      editions: { en: 'author', ru: 'contributor' },
      authorId: byline,
    });
    assert.ok(!JSON.stringify(entry).includes(PASSWORD));
  });

  it('invalid input: a message per field, the typed values back (never the password), nothing written', async () => {
    await account('taken@example.test', 'author');
    const users = count('staff_users');
    const audit = count('audit_log');
    const good: Record<string, string> = {
      email: 'new@example.test',
      name: 'New',
      'role-en': 'author',
      password: PASSWORD,
      authorId: '',
    };
    const cases: [Record<string, string>, string][] = [
      [{ password: 'short' }, 'password'],
      [{ password: 'elevenchars' }, 'password'],
      [{ email: 'not an address' }, 'email'],
      [{ email: '' }, 'email'],
      [{ email: 'TAKEN@example.test' }, 'email'],
      [{ name: '   ' }, 'name'],
      [{ 'role-en': 'owner' }, 'role-en'],
      // An administrator role is site-wide: never an edition's.
      [{ 'role-en': 'admin' }, 'role-en'],
      [{ 'role-en': '' }, 'role-en'],
      [{ 'role-xx': 'editor' }, 'role-en'],
      [{ authorId: '99999' }, 'authorId'],
      [{ authorId: 'abc' }, 'authorId'],
    ];
    for (const [change, field] of cases) {
      const state = await st.createStaffFromForm(admin, form({ ...good, ...change }), IP);
      assert.equal(state.status, 'invalid', JSON.stringify(change));
      assert.ok(fieldErrors(state)[field], `${JSON.stringify(change)} → ${JSON.stringify(fieldErrors(state))}`);
      const values = (state as { values: Record<string, string> }).values;
      assert.equal(values.password, undefined, 'the password is never sent back');
      assert.equal(values.name, change.name ?? good.name);
      // What was chosen comes back too, so nothing is lost.
      assert.equal(values['role-en'], change['role-en'] ?? good['role-en']);
    }
    const noEdition = await st.createStaffFromForm(admin, form({ ...good, 'role-en': '' }), IP);
    assert.equal(
      fieldErrors(noEdition)['role-en'],
      'Give the person a role in at least one edition, or make them an administrator.',
    );
    assert.equal(count('staff_users'), users);
    assert.equal(count('audit_log'), audit);
  });

  it('only administrators manage staff', async () => {
    const users = count('staff_users');
    const state = await st.createStaffFromForm(
      editor,
      form({ email: 'sneaky@example.test', name: 'Sneaky', admin: 'yes', password: PASSWORD, authorId: '' }),
      IP,
    );
    assert.equal(state.status, 'invalid');
    assert.equal(count('staff_users'), users);
    assert.equal(answered(changeRole(editor, editor.id, 'admin')), 'Only administrators manage staff accounts.');
    assert.deepEqual(setDisabled(editor, admin.id, true), refused('forbidden'));
    assert.equal((await resetPassword(editor, admin.id, 'editor knows best now')).status, 'invalid');
    assert.deepEqual(setByline(editor, editor.id, ''), refused('forbidden'));
    assert.equal(q.getStaffAccount(editor.id)?.role, 'editor');
    assert.equal(q.getStaffAccount(admin.id)?.disabledAt, null);
  });
});

describe('roles, disabling and passwords', () => {
  it('a role change is audited with the old and the new roles, editions included', async () => {
    const user = await account('promote@example.test', 'contributor');
    assert.equal(answered(changeRole(admin, user.id, 'editor')), ROLES_CHANGED);
    assert.equal(q.getStaffAccount(user.id)?.role, 'editor');
    const entry = auditOf(user.id).at(-1)!;
    assert.equal(entry.action, 'staff.role');
    assert.deepEqual(entry.details, {
      from: { role: 'contributor', editions: { en: 'contributor' } },
      to: { role: 'editor', editions: { en: 'editor' } },
    });
    assert.equal(entry.actor_id, admin.id);
    // The same roles again change and audit nothing; an unknown role is refused.
    const audit = count('audit_log');
    assert.equal(answered(changeRole(admin, user.id, 'editor')), NOTHING_TO_CHANGE);
    assert.equal(
      answered(changeRole(admin, user.id, 'superuser')),
      'The roles were not changed: correct the fields marked below.',
    );
    assert.equal(answered(changeRole(admin, '99999', 'author')), 'That account does not exist (any more).');
    assert.equal(count('audit_log'), audit);
  });

  it('the last active administrator can neither be demoted nor disabled', async () => {
    // `admin` is the only administrator so far.
    const audit = count('audit_log');
    assert.equal(answered(changeRole(admin, admin.id, 'editor')), LAST_ADMIN);
    assert.deepEqual(setDisabled(admin, admin.id, true), refused('last-admin'));
    assert.equal(q.getStaffAccount(admin.id)?.role, 'admin');
    assert.equal(q.getStaffAccount(admin.id)?.disabledAt, null);
    assert.equal(count('audit_log'), audit);

    // A disabled administrator does not count as another one.
    const dormant = await account('dormant@example.test', 'admin');
    assert.deepEqual(setDisabled(admin, dormant.id, true), done('disabled'));
    assert.equal(answered(changeRole(admin, admin.id, 'editor')), LAST_ADMIN);

    // With a second active administrator, the first may step down (and the second may not then).
    const second = await account('second@example.test', 'admin');
    assert.equal(answered(changeRole(second, admin.id, 'editor')), ROLES_CHANGED);
    assert.deepEqual(q.getStaffAccount(admin.id)?.editions, { en: 'editor' });
    assert.equal(answered(changeRole(second, second.id, 'author')), LAST_ADMIN);
    assert.deepEqual(q.getStaffAccount(second.id)?.editions, {}, 'a refused demotion writes no edition rows');
    assert.equal(answered(changeRole(second, admin.id, 'admin')), ROLES_CHANGED);
    assert.equal(q.getStaffAccount(admin.id)?.role, 'admin');
    assert.deepEqual(q.getStaffAccount(admin.id)?.editions, {}, 'an administrator holds every edition, no rows');
  });

  it('a disabled account cannot sign in and its sessions end; enabled again, it can', async () => {
    const user = await account('leaver@example.test', 'author');
    const first = await signIn({ email: user.email, password: PASSWORD }, nextIp(), 'test');
    assert.equal(first.ok, true);
    const token = (first as { token: string }).token;
    session.startSession(user.id, nextIp(), 'second device');
    assert.equal(count('staff_sessions', 'user_id = ?', user.id), 2);
    assert.equal(session.staffForToken(token)?.id, user.id);

    assert.deepEqual(setDisabled(admin, user.id, true), done('disabled'));
    assert.equal(count('staff_sessions', 'user_id = ?', user.id), 0);
    assert.equal(session.staffForToken(token), null);
    assert.equal(q.findStaffForSignIn(user.email), null);
    const refused = await signIn({ email: user.email, password: PASSWORD }, nextIp(), 'test');
    assert.deepEqual(refused, { ok: false, reason: 'invalid' });
    assert.ok(q.getStaffAccount(user.id)?.disabledAt);
    const entry = auditOf(user.id).at(-1)!;
    assert.equal(entry.action, 'staff.disable');
    assert.deepEqual(entry.details, { sessionsEnded: 2 });

    assert.deepEqual(setDisabled(admin, user.id, true), done('unchanged'));
    assert.deepEqual(setDisabled(admin, user.id, false), done('enabled'));
    assert.equal(auditOf(user.id).at(-1)?.action, 'staff.enable');
    assert.equal((await signIn({ email: user.email, password: PASSWORD }, nextIp(), 'test')).ok, true);
  });

  it('a password reset replaces the password and ends every session; a short one changes nothing', async () => {
    const user = await account('forgetful@example.test', 'contributor');
    const before = await signIn({ email: user.email, password: PASSWORD }, nextIp(), 'test');
    const token = (before as { token: string }).token;
    const audit = count('audit_log');
    const short = await resetPassword(admin, user.id, 'too short');
    assert.ok(fieldErrors(short).password);
    assert.equal(count('audit_log'), audit);
    assert.equal(session.staffForToken(token)?.id, user.id, 'a refused reset ends nothing');

    const reset = await resetPassword(admin, user.id, 'a brand new passphrase');
    assert.equal(reset.status, 'done');
    assert.equal(session.staffForToken(token), null);
    assert.equal(count('staff_sessions', 'user_id = ?', user.id), 0);
    assert.equal((await signIn({ email: user.email, password: PASSWORD }, nextIp(), 'test')).ok, false);
    assert.equal((await signIn({ email: user.email, password: 'a brand new passphrase' }, nextIp(), 'test')).ok, true);
    const entry = auditOf(user.id).at(-1)!;
    assert.equal(entry.action, 'staff.password');
    assert.ok(!JSON.stringify(entry).includes('brand new'));
  });

  it('links and unlinks a byline', async () => {
    const user = await account('columnist@example.test', 'author');
    const byline = t.insertAuthor({ slug: 'the-columnist', name: 'The Columnist' });
    assert.deepEqual(setByline(admin, user.id, String(byline)), done('byline'));
    assert.equal(q.getStaffAccount(user.id)?.authorId, byline);
    assert.deepEqual(auditOf(user.id).at(-1)?.details, { from: null, to: byline });
    assert.deepEqual(setByline(admin, user.id, '424242'), refused('author-not-found'));
    assert.deepEqual(setByline(admin, user.id, ''), done('byline'));
    assert.equal(q.getStaffAccount(user.id)?.authorId, null);
  });
});

describe('the audit log page', () => {
  it('pages newest first and filters by action prefix (LIKE wildcards taken literally)', () => {
    const insert = t.db.$client.prepare(
      "INSERT INTO audit_log (actor_id, action, subject_type, subject_id, ip) VALUES (?, ?, 'test', ?, '')",
    );
    for (let i = 0; i < 7; i++) insert.run(admin.id, 'zz.page', String(i));
    insert.run(admin.id, 'zz_other', 'x');
    const page1 = q.listAuditPage({ page: 1, perPage: 3, actionPrefix: 'zz.' });
    assert.equal(page1.total, 7);
    assert.deepEqual(
      page1.items.map((e) => e.subjectId),
      ['6', '5', '4'],
    );
    assert.equal(page1.items[0].actor, admin.name);
    assert.deepEqual(
      q.listAuditPage({ page: 3, perPage: 3, actionPrefix: 'zz.' }).items.map((e) => e.subjectId),
      ['0'],
    );
    assert.equal(q.listAuditPage({ page: 1, perPage: 50, actionPrefix: 'zz_' }).total, 1);
    assert.equal(
      q
        .listAuditPage({ page: 1, perPage: 50, actionPrefix: 'staff.' })
        .items.every((e) => e.action.startsWith('staff.')),
      true,
    );
    assert.ok(q.listAuditPage({ page: 1, perPage: 50, actionPrefix: 'staff.role' }).total >= 1);
    assert.equal(q.listAuditPage({ page: 1, perPage: 50 }).total, count('audit_log'));
  });

  it('reads the filter from the query string safely', () => {
    assert.equal(st.parseAuditPrefix(' Staff. '), 'staff.');
    assert.equal(st.parseAuditPrefix('sign-in'), 'sign-in');
    for (const bad of ['%', "x' OR 1", 'a'.repeat(41), '', undefined, ['staff.']])
      assert.equal(st.parseAuditPrefix(bad), '', String(bad));
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'otplib';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';

let t: TestDb;
let q: typeof import('@/db/queries/staff');
let tfq: typeof import('@/db/queries/two-factor');
let tf: typeof import('@/lib/auth/two-factor');
let si: typeof import('@/lib/auth/sign-in');
let nt: typeof import('@/lib/newsroom/two-factor');
let session: typeof import('@/lib/auth/session');
let hashPassword: typeof import('@/lib/auth/password').hashPassword;
const PASSWORD = 'a long enough password';
let ipCounter = 0;
/** A fresh address per journey, so throttling decides only the test about it. */
const nextIp = () => `198.51.100.${++ipCounter}`;

const code = (secret: string, at: Date, seconds = 0) =>
  generate({ secret, epoch: Math.floor(at.getTime() / 1000) + seconds });

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

const auditActions = (subjectId: number | string) =>
  (
    t.db.$client
      .prepare('SELECT action, details FROM audit_log WHERE subject_id = ? ORDER BY id')
      .all(String(subjectId)) as { action: string; details: string | null }[]
  ).map((r) => ({ action: r.action, details: r.details ? JSON.parse(r.details) : null }));

const sessionsOf = (id: number) =>
  (t.db.$client.prepare('SELECT count(*) AS n FROM staff_sessions WHERE user_id = ?').get(id) as { n: number }).n;

async function account(email: string, role: 'contributor' | 'editor' | 'admin'): Promise<StaffUser> {
  return q.createStaffUser({ email, name: email, passwordHash: await hashPassword(PASSWORD), role, editions: ['en'] });
}

/** Two-factor turned on for `user` through the account page's handlers; answers the secret and the codes. */
async function enrol(user: StaffUser, ip: string): Promise<{ secret: string; codes: string[] }> {
  assert.deepEqual(nt.startSetupFromForm(user, form({}), ip), { ok: true, code: 'setup' });
  const secret = tfq.getTwoFactor(user.id)!.secret;
  const state = await nt.confirmSetupFromForm(user, form({ code: await code(secret, new Date()) }), ip);
  assert.equal(state.status, 'codes');
  return { secret, codes: state.status === 'codes' ? state.codes : [] };
}

before(async () => {
  t = await createTestDb('two-factor-');
  q = await import('@/db/queries/staff');
  tfq = await import('@/db/queries/two-factor');
  tf = await import('@/lib/auth/two-factor');
  si = await import('@/lib/auth/sign-in');
  nt = await import('@/lib/newsroom/two-factor');
  session = await import('@/lib/auth/session');
  ({ hashPassword } = await import('@/lib/auth/password'));
});
after(() => t.cleanup());

describe('two-factor pieces', () => {
  it('reads codes with spaces, refuses anything else', () => {
    assert.equal(tf.cleanCode(' 123 456 '), '123456');
    assert.equal(tf.cleanCode('12345'), null);
    assert.equal(tf.cleanCode('12a456'), null);
    assert.equal(tf.cleanCode(undefined), null);
  });

  it('makes ten distinct recovery codes that read back however they are typed', () => {
    const codes = tf.newRecoveryCodes();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const c of codes) assert.match(c, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const typed = codes[0].toUpperCase().replace(/-/g, ' ');
    assert.equal(tf.hashRecoveryCode(tf.cleanRecoveryCode(typed)!), tf.hashRecoveryCode(codes[0]));
    assert.equal(tf.cleanRecoveryCode('not-a-code'), null);
  });

  it('accepts a code once: the same or an older step never again', async () => {
    const secret = tf.newTotpSecret();
    const now = new Date();
    const step = await tf.totpStep(secret, await code(secret, now), null, now);
    assert.notEqual(step, null);
    assert.equal(await tf.totpStep(secret, await code(secret, now), step, now), null);
    assert.equal(await tf.totpStep(secret, await code(secret, now, -30), step, now), null);
    assert.equal(await tf.totpStep(secret, await code(secret, now, 30), step, now), step! + 1);
    assert.equal(await tf.totpStep(secret, await code(secret, now, 300), null, now), null, 'ten steps off');
  });

  it('draws the QR code of the setup link', () => {
    const { size, d } = tf.qrPath(tf.otpauthUri('ada@example.test', tf.newTotpSecret()));
    assert.ok(size >= 21 && (size - 17) % 4 === 0, `a QR version's size, not ${size}`);
    assert.match(d, /^M\d+ \d+h1v1h-1z/);
  });

  it('a role requires two factors of anyone holding it, site-wide or in an edition', () => {
    assert.equal(
      tf.roleRequiresTwoFactor({ role: 'editor', editions: { en: 'editor', ru: 'author' } }, ['author']),
      true,
    );
    assert.equal(tf.roleRequiresTwoFactor({ role: 'admin', editions: {} }, ['editor']), false);
  });
});

describe('signing in with two factors', () => {
  it('a right password starts no session; the code does, once; the audit says how', async () => {
    const user = await account('totp@example.test', 'editor');
    const { secret } = await enrol(user, nextIp());
    const ip = nextIp();
    const first = await si.signIn({ email: user.email, password: PASSWORD }, ip, 'test', undefined, '/admin/articles');
    assert.equal(first.ok, 'pending');
    assert.equal(first.ok === 'pending' && first.step, 'code');
    assert.equal(sessionsOf(user.id), 0);
    const pendingToken = first.ok === 'pending' ? first.token : '';

    const later = new Date(Date.now() + 30_000); // the setup used this step's code
    const done = await si.completeSignIn(
      pendingToken,
      { code: await code(secret, later) },
      ip,
      'test',
      undefined,
      later,
    );
    assert.equal(done.ok, true);
    assert.equal(done.ok && done.next, '/admin/articles');
    assert.equal(session.staffForToken(done.ok ? done.token : '')?.id, user.id);
    const last = auditActions(user.id).at(-1)!;
    assert.deepEqual(last, { action: 'sign-in', details: { method: 'totp' } });

    // The pending sign-in is finished: its cookie opens nothing more.
    const again = await si.completeSignIn(pendingToken, { code: await code(secret, later, 30) }, ip, 'test');
    assert.deepEqual(again, { ok: false, reason: 'expired' });

    // The same code in a new sign-in: refused (replay).
    const second = await si.signIn({ email: user.email, password: PASSWORD }, ip, 'test');
    const replay = await si.completeSignIn(
      second.ok === 'pending' ? second.token : '',
      { code: await code(secret, later) },
      ip,
      'test',
      undefined,
      later,
    );
    assert.deepEqual(replay, { ok: false, reason: 'invalid' });
  });

  it('a recovery code works once; wrong codes are throttled like wrong passwords', async () => {
    const user = await account('recovery@example.test', 'editor');
    const { codes } = await enrol(user, nextIp());
    const ip = nextIp();
    const pending = async () => {
      const r = await si.signIn({ email: user.email, password: PASSWORD }, ip, 'test');
      assert.equal(r.ok, 'pending');
      return r.ok === 'pending' ? r.token : '';
    };
    const used = await si.completeSignIn(await pending(), { recovery: codes[3] }, ip, 'test');
    assert.equal(used.ok, true);
    assert.deepEqual(auditActions(user.id).at(-1), {
      action: 'sign-in',
      details: { method: 'recovery-code', recoveryCodesLeft: 9 },
    });
    const token = await pending();
    assert.deepEqual(await si.completeSignIn(token, { recovery: codes[3] }, ip, 'test'), {
      ok: false,
      reason: 'invalid',
    });
    for (let i = 0; i < 4; i++)
      assert.deepEqual(await si.completeSignIn(token, { code: '000000' }, ip, 'test'), {
        ok: false,
        reason: 'invalid',
      });
    const throttled = await si.completeSignIn(token, { recovery: codes[4] }, ip, 'test');
    assert.equal(throttled.ok === false && throttled.reason, 'throttled');
    assert.equal(sessionsOf(user.id), 1, 'only the recovery sign-in made a session');
  });

  it('a role that requires it: the password leads to the setup, and no session until it is done', async () => {
    const admin = await account('policy-admin@example.test', 'admin');
    const member = await account('member@example.test', 'contributor');
    const ip = nextIp();
    const signedIn = await si.signIn({ email: member.email, password: PASSWORD }, ip, 'test');
    assert.equal(signedIn.ok, true);
    assert.equal(sessionsOf(member.id), 1);

    assert.deepEqual(nt.setPolicyFromForm(admin, form({ role: 'contributor', required: '1' }), ip), {
      ok: true,
      code: 'two-factor-required',
    });
    assert.equal(sessionsOf(member.id), 0, 'members without it are signed out');
    assert.deepEqual(auditActions('contributor').at(-1), {
      action: 'two-factor.policy',
      details: { required: true, sessionsEnded: 1 },
    });
    assert.deepEqual(nt.setPolicyFromForm(member, form({ role: 'contributor', required: '0' }), ip), {
      ok: false,
      code: 'forbidden',
    });

    const pending = await si.signIn({ email: member.email, password: PASSWORD }, ip, 'test');
    assert.equal(pending.ok === 'pending' && pending.step, 'enrol');
    const token = pending.ok === 'pending' ? pending.token : '';
    // The code step is not this one, nor is finishing before the setup.
    assert.deepEqual(await si.completeSignIn(token, { code: '123456' }, ip, 'test'), { ok: false, reason: 'expired' });
    assert.deepEqual(si.finishSetupSignIn(token, ip, 'test'), { ok: false, reason: 'expired' });
    assert.deepEqual(await si.confirmSetupAtSignIn(token, '000000', ip), { ok: false, reason: 'invalid' });

    const secret = tfq.getTwoFactor(member.id)!.secret;
    const confirmed = await si.confirmSetupAtSignIn(token, await code(secret, new Date()), ip);
    assert.equal(confirmed.ok, true);
    assert.equal(confirmed.ok && confirmed.recoveryCodes.length, 10);
    assert.equal(sessionsOf(member.id), 0, 'not until the codes are noted');
    const finished = si.finishSetupSignIn(token, ip, 'test');
    assert.equal(finished.ok, true);
    assert.deepEqual(auditActions(member.id).at(-1), { action: 'sign-in', details: { method: 'totp-setup' } });
    assert.deepEqual(si.finishSetupSignIn(token, ip, 'test'), { ok: false, reason: 'expired' });

    // Required: it cannot be turned off; an administrator can reset it.
    const off = await nt.disableFromForm(member, form({ password: PASSWORD, code: '123456' }), ip);
    assert.equal(off.status, 'invalid');
    assert.deepEqual(nt.resetTwoFactorFromForm(admin, form({ id: String(member.id) }), ip), {
      ok: true,
      code: 'two-factor-reset',
    });
    assert.equal(tfq.getTwoFactor(member.id), null);
    assert.equal(tfq.recoveryCodesLeft(member.id), 0);
    assert.equal(auditActions(member.id).at(-1)?.action, 'staff.two-factor-reset');
    nt.setPolicyFromForm(admin, form({ role: 'contributor', required: '0' }), ip);
  });

  it('turning it off takes the password and a current code; new recovery codes replace the old', async () => {
    const user = await account('leaving@example.test', 'editor');
    const { secret, codes } = await enrol(user, nextIp());
    const ip = nextIp();
    const soon = new Date(Date.now() + 30_000);
    const renewed = await nt.regenerateCodesFromForm(user, form({ code: await code(secret, soon) }), ip, soon);
    assert.equal(renewed.status, 'codes');
    assert.equal(tfq.spendRecoveryCode(user.id, tf.hashRecoveryCode(codes[0]), new Date()).used, false);

    const wrongPassword = await nt.disableFromForm(user, form({ password: 'not it at all', code: '123456' }), ip);
    assert.deepEqual(wrongPassword, { status: 'invalid', message: 'That password is not right.' });
    assert.ok(tfq.getTwoFactor(user.id)?.enabledAt);
    const later = new Date(soon.getTime() + 30_000);
    const off = await nt.disableFromForm(
      user,
      form({ password: PASSWORD, code: await code(secret, later) }),
      ip,
      later,
    );
    assert.deepEqual(off, { status: 'done' });
    assert.equal(tfq.getTwoFactor(user.id), null);
    assert.deepEqual(
      auditActions(user.id)
        .map((a) => a.action)
        .filter((a) => a.startsWith('two-factor.')),
      ['two-factor.setup', 'two-factor.enable', 'two-factor.recovery-codes', 'two-factor.disable'],
    );
  });
});

/**
 * Password reset and address verification (lib/auth/password-reset.ts, lib/readers/verification.ts)
 * and the mail they send (lib/mail): only a token's hash is stored; a reset link lasts 30 minutes
 * and works once; completing it ends every session of the account; asking gives the same answer
 * for unknown addresses; requests are limited per IP and per recipient. The SMTP path is checked
 * against a real SMTP server started here (smtp-server), and a refused connection keeps the message.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { createTestDb, type TestDb } from '../helpers/db';

let t: TestDb;
let reset: typeof import('@/lib/auth/password-reset');
let verification: typeof import('@/lib/readers/verification');
let tokens: typeof import('@/lib/auth/account-tokens');
let mail: typeof import('@/lib/mail/send');
let templates: typeof import('@/lib/mail/templates');
let password: typeof import('@/lib/auth/password');
let session: typeof import('@/lib/auth/session');
let readerSession: typeof import('@/lib/auth/reader-session');
let accounts: typeof import('@/lib/readers/accounts');

const MINUTE = 60_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sql = <T>(query: string, ...args: unknown[]) => t.db.$client.prepare(query).all(...args) as T[];
const one = <T>(query: string, ...args: unknown[]) => t.db.$client.prepare(query).get(...args) as T;

let staffId = 0;
let ip = 0;
/** A fresh client address, so the per-IP limit of one test does not reach the next. */
const nextIp = () => `203.0.113.${++ip}`;

before(async () => {
  delete process.env.SMTP_URL;
  process.env.SITE_URL = 'https://news.example.test';
  t = await createTestDb('account-recovery-');
  reset = await import('@/lib/auth/password-reset');
  verification = await import('@/lib/readers/verification');
  tokens = await import('@/lib/auth/account-tokens');
  mail = await import('@/lib/mail/send');
  templates = await import('@/lib/mail/templates');
  password = await import('@/lib/auth/password');
  session = await import('@/lib/auth/session');
  readerSession = await import('@/lib/auth/reader-session');
  accounts = await import('@/lib/readers/accounts');
  staffId = t.db
    .insert(t.schema.staffUsers)
    .values({
      email: 'editor@example.test',
      name: 'Eda Editor',
      role: 'editor',
      passwordHash: await password.hashPassword('the old staff password'),
    })
    .returning({ id: t.schema.staffUsers.id })
    .get().id;
});
after(() => t.cleanup());
beforeEach(() => {
  delete process.env.SMTP_URL;
  t.db.$client.exec('DELETE FROM mail_outbox; DELETE FROM sign_in_throttle;');
});

/** The newest outbox message and the token in its link. */
function lastMessage(): {
  to: string;
  subject: string;
  text: string;
  html: string;
  status: string;
  error: string | null;
  token: string;
} {
  const row = one<{ to: string; subject: string; text: string; html: string; status: string; error: string | null }>(
    'SELECT "to", subject, text, html, status, error FROM mail_outbox ORDER BY id DESC LIMIT 1',
  );
  assert.ok(row, 'a message in the outbox');
  const token = /\/(?:reset|verify)\/([A-Za-z0-9_-]{43})\b/.exec(row.text)?.[1] ?? '';
  return { ...row, token };
}

describe('password reset tokens', () => {
  it('stores only the SHA-256 of the e-mailed token, for 30 minutes', () => {
    const now = new Date();
    assert.deepEqual(reset.requestPasswordReset('staff', 'Editor@Example.TEST', nextIp(), '', now), { ok: true });
    const message = lastMessage();
    assert.equal(message.to, 'editor@example.test');
    assert.equal(message.status, 'outbox');
    assert.match(message.text, /https:\/\/news\.example\.test\/admin\/reset\/[A-Za-z0-9_-]{43}/);
    assert.match(message.html, /<a href="https:\/\/news\.example\.test\/admin\/reset\//);
    const rows = sql<{ id: string; expires_at: number; purpose: string; subject_type: string; subject_id: number }>(
      'SELECT id, expires_at, purpose, subject_type, subject_id FROM account_tokens',
    );
    const row = rows.find((r) => r.id === sha256(message.token));
    assert.ok(row, 'the row is keyed by the hash');
    assert.equal(row.purpose, 'reset');
    assert.equal(row.subject_type, 'staff');
    assert.equal(row.subject_id, staffId);
    assert.equal(row.expires_at, Math.floor((now.getTime() + 30 * MINUTE) / 1000));
    // The token itself is nowhere in the table.
    const dump = JSON.stringify(sql('SELECT * FROM account_tokens'));
    assert.ok(!dump.includes(message.token));
  });

  it('answers an unknown address exactly as a known one, and sends nothing', () => {
    const before = one<{ n: number }>('SELECT count(*) AS n FROM account_tokens').n;
    assert.deepEqual(reset.requestPasswordReset('staff', 'nobody@example.test', nextIp(), ''), { ok: true });
    assert.deepEqual(reset.requestPasswordReset('reader', 'editor@example.test', nextIp(), 'en'), { ok: true });
    assert.equal(one<{ n: number }>('SELECT count(*) AS n FROM mail_outbox').n, 0);
    assert.equal(one<{ n: number }>('SELECT count(*) AS n FROM account_tokens').n, before);
    assert.deepEqual(reset.requestPasswordReset('staff', 'not an address', nextIp(), ''), {
      ok: false,
      reason: 'invalid',
    });
  });

  it('expires after 30 minutes', async () => {
    const now = new Date();
    reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '', now);
    const { token } = lastMessage();
    assert.equal(reset.resetTokenIsUsable('staff', token, new Date(now.getTime() + 29 * MINUTE)), true);
    assert.equal(reset.resetTokenIsUsable('staff', token, new Date(now.getTime() + 30 * MINUTE)), false);
    const late = await reset.completePasswordReset(
      'staff',
      token,
      'a brand new password',
      nextIp(),
      new Date(now.getTime() + 31 * MINUTE),
    );
    assert.deepEqual(late, { ok: false, reason: 'expired' });
    assert.ok(await password.verifyPassword('the old staff password', staffHash()));
  });

  it('sets the password once, ending every session of the account; a second use is refused', async () => {
    const a = session.startSession(staffId, '198.51.100.1', 'first browser');
    const b = session.startSession(staffId, '198.51.100.2', 'second browser');
    assert.ok(session.staffForToken(a.token));
    reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '');
    const { token } = lastMessage();
    // A refused password leaves the link usable.
    const short = await reset.completePasswordReset('staff', token, 'short', nextIp());
    assert.equal(short.ok, false);
    assert.equal(reset.resetTokenIsUsable('staff', token), true);
    // A staff link does not work as a reader's.
    assert.deepEqual(await reset.completePasswordReset('reader', token, 'a brand new password', nextIp()), {
      ok: false,
      reason: 'expired',
    });

    const done = await reset.completePasswordReset('staff', token, 'a brand new password', nextIp());
    assert.equal(done.ok, true);
    assert.equal(done.ok && done.sessionsEnded, 2);
    assert.equal(session.staffForToken(a.token), null);
    assert.equal(session.staffForToken(b.token), null);
    assert.ok(await password.verifyPassword('a brand new password', staffHash()));
    assert.ok(
      one<{ used_at: number | null }>('SELECT used_at FROM account_tokens WHERE id = ?', sha256(token)).used_at,
    );

    const again = await reset.completePasswordReset('staff', token, 'yet another password', nextIp());
    assert.deepEqual(again, { ok: false, reason: 'expired' });
    assert.ok(await password.verifyPassword('a brand new password', staffHash()));
    const audit = sql<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'password-reset%'");
    assert.ok(audit.some((r) => r.action === 'password-reset'));
  });

  it('spends the account’s other reset links when one is used', async () => {
    reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '');
    const first = lastMessage().token;
    reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '');
    const second = lastMessage().token;
    assert.notEqual(first, second);
    assert.equal((await reset.completePasswordReset('staff', second, 'password number three', nextIp())).ok, true);
    assert.equal(reset.resetTokenIsUsable('staff', first), false);
  });

  it('lets two uses at once succeed only once', async () => {
    reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '');
    const { token } = lastMessage();
    const results = await Promise.all([
      reset.completePasswordReset('staff', token, 'racing password one', nextIp()),
      reset.completePasswordReset('staff', token, 'racing password two', nextIp()),
    ]);
    assert.equal(results.filter((r) => r.ok).length, 1);
  });

  it('refuses malformed tokens without reading them', async () => {
    for (const token of ['', 'x', 'a'.repeat(44), '../../etc/passwd', null, 42])
      assert.deepEqual(await reset.completePasswordReset('staff', token, 'a long enough password', nextIp()), {
        ok: false,
        reason: 'expired',
      });
  });
});

describe('reader reset and verification', () => {
  let reader: { id: number; email: string; name: string };

  before(async () => {
    const made = await accounts.signUp(
      { email: 'reader@example.test', name: 'Rania <Reader>', password: 'the reader password' },
      '198.51.100.9',
      'test',
    );
    assert.ok(made.ok);
    reader = made.reader;
  });

  it('verifies the address once, with a link that lasts 24 hours, in the reader’s edition', () => {
    const now = new Date();
    assert.equal(verification.isReaderVerified(reader.id), false);
    verification.sendVerification(reader, 'ar', now);
    const message = lastMessage();
    assert.match(message.text, /\/reader\/verify\/[A-Za-z0-9_-]{43}/);
    assert.match(message.html, /<html lang="ar" dir="rtl">/);
    // The name is escaped in the HTML.
    assert.ok(message.html.includes('Rania &lt;Reader&gt;'));
    assert.ok(!message.html.includes('<Reader>'));
    const row = one<{ expires_at: number; edition: string }>(
      'SELECT expires_at, edition FROM account_tokens WHERE id = ?',
      sha256(message.token),
    );
    assert.equal(row.expires_at, Math.floor((now.getTime() + 24 * 60 * MINUTE) / 1000));
    assert.equal(row.edition, 'ar');
    assert.equal(verification.verifyTokenEdition(message.token), 'ar');
    assert.deepEqual(verification.confirmVerification(message.token), { readerId: reader.id, edition: 'ar' });
    assert.equal(verification.isReaderVerified(reader.id), true);
    assert.equal(verification.confirmVerification(message.token), null);
    assert.deepEqual(verification.resendVerification(reader, 'en'), { ok: false, reason: 'verified' });
  });

  it('resets a reader’s password in their edition, ends their sessions and verifies the address', async () => {
    t.db.$client.prepare('UPDATE readers SET email_verified_at = NULL WHERE id = ?').run(reader.id);
    const s = readerSession.startReaderSession(reader.id, '198.51.100.3', 'phone');
    assert.ok(readerSession.readerForToken(s.token));
    reset.requestPasswordReset('reader', 'READER@example.test', nextIp(), 'ru');
    const message = lastMessage();
    assert.match(message.subject, /Меридиан/);
    assert.match(message.text, /\/reader\/reset\/[A-Za-z0-9_-]{43}/);
    assert.equal(reset.linkEdition(message.token), 'ru');
    const done = await reset.completePasswordReset('reader', message.token, 'a new reader password', nextIp());
    assert.ok(done.ok);
    assert.equal(done.edition, 'ru');
    assert.equal(readerSession.readerForToken(s.token), null);
    assert.equal(verification.isReaderVerified(reader.id), true);
    // A used link still knows its edition, so the page saying so is in the reader's language.
    assert.equal(reset.linkEdition(message.token), 'ru');
    assert.equal(reset.linkEdition('b'.repeat(43)), null);
    const signIn = await accounts.signInReader(
      { email: 'reader@example.test', password: 'a new reader password' },
      nextIp(),
      'test',
    );
    assert.equal(signIn.ok, true);
  });
});

describe('request limits', () => {
  it('allows 5 requests per IP in 15 minutes, then says how long to wait', () => {
    const from = nextIp();
    const now = new Date();
    for (let i = 0; i < 5; i++)
      assert.deepEqual(reset.requestPasswordReset('staff', `person${i}@example.test`, from, '', now), { ok: true });
    const refused = reset.requestPasswordReset('staff', 'person9@example.test', from, '', now);
    assert.equal(refused.ok, false);
    assert.ok(!refused.ok && refused.reason === 'throttled' && refused.retryAfter === 15 * 60);
    const later = new Date(now.getTime() + 15 * MINUTE);
    assert.deepEqual(reset.requestPasswordReset('staff', 'person9@example.test', from, '', later), { ok: true });
  });

  it('sends an address at most 3 messages an hour, with the same answer after that', () => {
    const now = new Date();
    for (let i = 0; i < 5; i++)
      assert.deepEqual(reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '', now), { ok: true });
    assert.equal(one<{ n: number }>('SELECT count(*) AS n FROM mail_outbox').n, 3);
  });

  it('sends a reader another verification link at most 3 times an hour', async () => {
    const made = await accounts.signUp(
      { email: 'unverified@example.test', name: 'Una', password: 'the unverified password' },
      '198.51.100.10',
      'test',
    );
    assert.ok(made.ok);
    const now = new Date();
    for (let i = 0; i < 3; i++) assert.deepEqual(verification.resendVerification(made.reader, 'en', now), { ok: true });
    const refused = verification.resendVerification(made.reader, 'en', now);
    assert.ok(!refused.ok && refused.reason === 'throttled' && refused.retryAfter > 0);
  });
});

describe('mail transport', () => {
  it('sends through SMTP_URL to a real SMTP server, dropping the stored body once sent', async () => {
    const received: { to: string; subject: string; text: string; html: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address).join(','),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
      reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '');
      assert.equal(lastMessage().status, 'sending');
      await mail.settleMail();
      assert.equal(received.length, 1);
      assert.equal(received[0].to, 'editor@example.test');
      assert.match(received[0].subject, /Reset your Meridian newsroom password/);
      const token = /\/admin\/reset\/([A-Za-z0-9_-]{43})/.exec(received[0].text)?.[1];
      assert.ok(token && reset.resetTokenIsUsable('staff', token));
      assert.ok(received[0].html.includes(`/admin/reset/${token}`));
      const stored = lastMessage();
      assert.equal(stored.status, 'sent');
      assert.equal(stored.text, '');
      assert.equal(stored.html, '');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('keeps a message it could not send in the outbox, with the error', async () => {
    // A port nothing listens on: the connection is refused at once.
    const probe = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    reset.requestPasswordReset('staff', 'editor@example.test', nextIp(), '');
    await mail.settleMail();
    const stored = lastMessage();
    assert.equal(stored.status, 'failed');
    assert.match(stored.error ?? '', /ECONNREFUSED|connect/i);
    assert.match(stored.text, /\/admin\/reset\//);
  });

  it('keeps messages for 30 days: an older one is dropped when the next is stored', async () => {
    const { insertOutboxMessage, OUTBOX_KEEP_DAYS } = await import('@/db/queries/mail');
    const day = 86_400_000;
    const now = new Date();
    const store = (at: Date, subject: string) =>
      insertOutboxMessage({
        to: 'a@example.test',
        subject,
        kind: 'reset',
        text: 'x',
        html: 'x',
        status: 'outbox',
        now: at,
      });
    const old = store(new Date(now.getTime() - (OUTBOX_KEEP_DAYS + 1) * day), 'old');
    const kept = store(new Date(now.getTime() - (OUTBOX_KEEP_DAYS - 1) * day), 'kept');
    store(now, 'new');
    const ids = sql<{ id: number }>('SELECT id FROM mail_outbox').map((r) => r.id);
    assert.ok(!ids.includes(old), 'past the limit: dropped');
    assert.ok(ids.includes(kept), 'within the limit: kept');
  });

  it('writes plain text and HTML in the site’s style for each edition', () => {
    for (const edition of ['en', 'ru', 'ar']) {
      const m = templates.resetMessage({
        to: 'x@example.test',
        name: 'X',
        link: 'https://e.test/r/abc',
        minutes: 30,
        edition,
      });
      assert.ok(m.text.includes('https://e.test/r/abc'));
      assert.ok(m.html.includes('#b3122b'), 'the brand colour');
      assert.ok(!/\{\w+\}/.test(m.text + m.subject), `every argument filled in (${edition})`);
    }
    assert.equal(tokens.TOKEN_LIFETIME_MS.reset, 30 * MINUTE);
  });

  it('sends no Referer from a link, and one only to this site from the forms it opens', async () => {
    const { accountLinkReferrerPolicy } = await import('@/lib/security/headers');
    const token = 'a'.repeat(43);
    for (const path of [`/admin/reset/${token}`, `/reader/reset/${token}`, `/reader/verify/${token}`])
      assert.equal(accountLinkReferrerPolicy(path), 'no-referrer', path);
    // Forms: a no-referrer page would post with `Origin: null`, refused by the same-origin check.
    for (const path of ['/admin/reset', '/admin/reset/password', '/ar/signin/reset/password', '/account/verify'])
      assert.equal(accountLinkReferrerPolicy(path), 'same-origin', path);
    for (const path of ['/admin', '/signin', '/account', '/world/1-a-story'])
      assert.equal(accountLinkReferrerPolicy(path), null, path);
  });
});

function staffHash(): string {
  return one<{ password_hash: string }>('SELECT password_hash FROM staff_users WHERE id = ?', staffId).password_hash;
}

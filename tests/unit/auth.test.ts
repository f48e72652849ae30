import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DUMMY_HASH,
  hashPassword,
  needsRehash,
  PASSWORD_RULES,
  passwordProblem,
  verifyPassword,
} from '@/lib/auth/password';
import { can, isStaffRole, ROLE_LABELS, type Permission } from '@/lib/auth/roles';
import { STAFF_ROLES, type StaffRole } from '@/db/schema';

const FORMAT = /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/;

describe('password hashing', () => {
  it('produces scrypt$N$r$p$salt$hash with the current parameters', async () => {
    const stored = await hashPassword('correct horse battery staple');
    assert.match(stored, FORMAT);
    assert.equal(needsRehash(stored), false);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', stored), true);
    assert.equal(await verifyPassword('correct horse battery stapl', stored), false);
    assert.equal(await verifyPassword('', stored), false);
  });

  it('salts: two hashes of the same password differ and both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    assert.notEqual(a, b);
    assert.notEqual(a.split('$')[4], b.split('$')[4]);
    assert.equal(await verifyPassword('same password here', a), true);
    assert.equal(await verifyPassword('same password here', b), true);
  });

  it('handles unicode passwords', async () => {
    const stored = await hashPassword('pässwörd-ñ-日本語-🔑');
    assert.equal(await verifyPassword('pässwörd-ñ-日本語-🔑', stored), true);
    assert.equal(await verifyPassword('passwörd-ñ-日本語-🔑', stored), false);
  });

  it('returns false, without throwing, for malformed stored strings', async () => {
    const good = await hashPassword('a valid password');
    const [, , , , salt, hash] = good.split('$');
    const bad = [
      '',
      'x',
      'scrypt',
      good.replace(/^scrypt/, 'bcrypt'),
      good.replace(/^scrypt/, 'SCRYPT'),
      `$${good}`,
      `${good}$extra`,
      `scrypt$32768$8$1$${salt}`,
      `scrypt$32768$8$1$${salt}$`,
      `scrypt$32768$8$1$$${hash}`,
      `scrypt$32768$8$1$${salt}$${hash.slice(0, -2)}!!`,
      `scrypt$32768$8$1$${salt}$${hash}=`,
      `scrypt$32768$8$1$${salt}$${hash.slice(0, 10)}`,
      `scrypt$${2 ** 30}$8$1$${salt}$${hash}`,
      `scrypt$${2 ** 21}$8$1$${salt}$${hash}`,
      `scrypt$${2 ** 13}$8$1$${salt}$${hash}`,
      `scrypt$30000$8$1$${salt}$${hash}`,
      `scrypt$32769$8$1$${salt}$${hash}`,
      `scrypt$-32768$8$1$${salt}$${hash}`,
      `scrypt$32768.0$8$1$${salt}$${hash}`,
      `scrypt$0x8000$8$1$${salt}$${hash}`,
      `scrypt$32768$0$1$${salt}$${hash}`,
      `scrypt$32768$33$1$${salt}$${hash}`,
      `scrypt$32768$8$0$${salt}$${hash}`,
      `scrypt$32768$8$17$${salt}$${hash}`,
      `scrypt$32768$8$1e0$${salt}$${hash}`,
      `scrypt$$$$$`,
    ];
    for (const stored of bad) {
      assert.equal(await verifyPassword('a valid password', stored), false, `should reject ${JSON.stringify(stored)}`);
      assert.equal(needsRehash(stored), true, `should ask to rehash ${JSON.stringify(stored)}`);
    }
    for (const stored of [null, undefined, 42, {}] as unknown as string[]) {
      assert.equal(await verifyPassword('a valid password', stored), false);
    }
  });

  it('honours the parameters stored with an older hash', async () => {
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('legacy password', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const stored = `scrypt$16384$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    assert.equal(await verifyPassword('legacy password', stored), true);
    assert.equal(await verifyPassword('legacy passwort', stored), false);
    assert.equal(needsRehash(stored), true);
  });

  it('is memory-hard work that still completes', async () => {
    const started = process.hrtime.bigint();
    const stored = await hashPassword('timing the hash');
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    assert.match(stored, FORMAT);
    assert.ok(elapsedMs > 0);
  });

  it('DUMMY_HASH is a valid current hash that matches nothing obvious', async () => {
    assert.match(DUMMY_HASH, FORMAT);
    assert.equal(needsRehash(DUMMY_HASH), false);
    assert.equal(await verifyPassword('', DUMMY_HASH), false);
    assert.equal(await verifyPassword('password1234', DUMMY_HASH), false);
  });
});

describe('passwordProblem', () => {
  it('enforces the length rules', () => {
    assert.deepEqual(PASSWORD_RULES, { min: 12, max: 256 });
    assert.equal(passwordProblem(''), 'Use at least 12 characters.');
    assert.equal(passwordProblem('a'.repeat(11)), 'Use at least 12 characters.');
    assert.equal(passwordProblem('a'.repeat(12)), null);
    assert.equal(passwordProblem('a'.repeat(256)), null);
    assert.equal(passwordProblem('a'.repeat(257)), 'Use at most 256 characters.');
  });
});

describe('roles', () => {
  const PERMISSIONS: Permission[] = [
    'article.create',
    'article.edit',
    'article.publish',
    'article.unpublish',
    'article.trash',
    'media.upload',
    'media.manage',
    'taxonomy.manage',
    'staff.manage',
    'audit.view',
    'outbox.view',
    'admin.access',
  ];
  const ARTICLE_ACTIONS: Permission[] = ['article.edit', 'article.publish', 'article.unpublish', 'article.trash'];

  /** The expected matrix, written independently of the implementation. */
  function expected(role: StaffRole, perm: Permission, own: boolean, published: boolean): boolean {
    switch (role) {
      case 'admin':
        return true;
      case 'editor':
        return !['staff.manage', 'audit.view', 'outbox.view'].includes(perm);
      case 'author':
        if (['admin.access', 'article.create', 'media.upload'].includes(perm)) return true;
        return ARTICLE_ACTIONS.includes(perm) && own;
      case 'contributor':
        if (['admin.access', 'article.create'].includes(perm)) return true;
        return perm === 'article.edit' && own && !published;
    }
  }

  it('matches the matrix for every role × permission × ownership × status', () => {
    let cases = 0;
    for (const role of STAFF_ROLES) {
      for (const perm of PERMISSIONS) {
        for (const own of [true, false]) {
          for (const published of [true, false]) {
            const ctx = { authorOwnsArticle: own, articleIsPublished: published };
            assert.equal(
              can(role, perm, ctx),
              expected(role, perm, own, published),
              `${role} ${perm} ${JSON.stringify(ctx)}`,
            );
            cases++;
          }
        }
      }
    }
    assert.equal(cases, 4 * PERMISSIONS.length * 2 * 2);
  });

  it('spot checks', () => {
    assert.equal(can('contributor', 'article.edit', { authorOwnsArticle: true, articleIsPublished: false }), true);
    assert.equal(can('contributor', 'article.edit', { authorOwnsArticle: true, articleIsPublished: true }), false);
    assert.equal(can('contributor', 'media.upload'), false);
    assert.equal(can('author', 'article.publish', { authorOwnsArticle: false }), false);
    assert.equal(can('author', 'article.trash', { authorOwnsArticle: true, articleIsPublished: true }), true);
    assert.equal(can('editor', 'article.publish'), true);
    assert.equal(can('editor', 'audit.view'), false);
    assert.equal(can('admin', 'staff.manage'), true);
  });

  it('fails closed without context', () => {
    assert.equal(can('contributor', 'article.edit'), false);
    assert.equal(can('contributor', 'article.edit', { authorOwnsArticle: true }), false);
    assert.equal(can('author', 'article.edit'), false);
    assert.equal(can('nobody' as StaffRole, 'admin.access'), false);
  });

  it('labels and guards roles', () => {
    assert.deepEqual(Object.keys(ROLE_LABELS).sort(), [...STAFF_ROLES].sort());
    for (const role of STAFF_ROLES) assert.equal(isStaffRole(role), true);
    for (const x of ['', 'Admin', 'owner', null, undefined, 1, {}]) assert.equal(isStaffRole(x), false);
  });
});

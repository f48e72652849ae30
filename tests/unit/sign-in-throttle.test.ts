import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailure, THROTTLE, throttleKeys, waitSeconds } from '@/lib/auth/throttle';
import { SESSION_IDLE_MS, SESSION_MAX_MS, sessionIsLive } from '@/lib/auth/session';
import { safeAdminPath } from '@/lib/auth/request';

const t0 = new Date('2026-11-26T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttling', () => {
  it('keys always include the IP, so another address is never locked out', () => {
    assert.deepEqual(throttleKeys('1.2.3.4', ' Ada@Example.TEST '), [
      'ip:1.2.3.4',
      'account:ada@example.test|ip:1.2.3.4',
    ]);
  });

  it('allows five failures, then waits 30 s, 60 s, 120 s … up to an hour', () => {
    let row = afterFailure(undefined, 'k', t0);
    for (let i = 2; i <= 4; i++) row = afterFailure(row, 'k', at(i * 1000));
    assert.equal(row.failures, 4);
    assert.equal(waitSeconds([row], at(5000)), 0);
    row = afterFailure(row, 'k', at(5000)); // the 5th failure blocks the 6th attempt
    assert.equal(waitSeconds([row], at(5000)), 30);
    row = afterFailure(row, 'k', at(40_000));
    assert.equal(waitSeconds([row], at(40_000)), 60);
    row = afterFailure(row, 'k', at(110_000));
    assert.equal(waitSeconds([row], at(110_000)), 120);
    for (let i = 0; i < 20; i++) row = afterFailure(row, 'k', at(120_000 + i));
    assert.equal(waitSeconds([row], at(120_019)), THROTTLE.maxWaitMs / 1000);
  });

  it('forgets a run of failures after the window', () => {
    let row = afterFailure(undefined, 'k', t0);
    for (let i = 0; i < 3; i++) row = afterFailure(row, 'k', at(i));
    row = afterFailure(row, 'k', at(THROTTLE.windowMs + 1));
    assert.equal(row.failures, 1);
    assert.equal(row.blockedUntil, null);
  });

  it('the longest wait over the keys wins', () => {
    assert.equal(
      waitSeconds(
        [
          { key: 'a', failures: 5, windowStart: t0, blockedUntil: at(10_000) },
          { key: 'b', failures: 6, windowStart: t0, blockedUntil: at(50_000) },
        ],
        t0,
      ),
      50,
    );
  });
});

describe('staff sessions', () => {
  it('end after 12 hours idle or 7 days in all', () => {
    const s = { lastSeenAt: t0, expiresAt: at(SESSION_MAX_MS) };
    assert.equal(sessionIsLive(s, at(SESSION_IDLE_MS - 1)), true);
    assert.equal(sessionIsLive(s, at(SESSION_IDLE_MS)), false);
    assert.equal(
      sessionIsLive({ lastSeenAt: at(SESSION_MAX_MS - 1000), expiresAt: at(SESSION_MAX_MS) }, at(SESSION_MAX_MS)),
      false,
    );
  });

  it('sends people back only to paths inside /admin', () => {
    assert.equal(safeAdminPath('/admin/articles/12'), '/admin/articles/12');
    for (const bad of [
      '//evil.example',
      'https://evil.example/admin',
      '/admin/../x',
      '/adminx',
      '/admin?x=1',
      null,
      42,
    ]) {
      assert.equal(safeAdminPath(bad), '/admin', String(bad));
    }
  });
});

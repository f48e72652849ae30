/**
 * Brute-force protection for sign-in, as Ghost does it: failures are counted per IP and per
 * account+IP, and past a few free failures each key waits longer (30 s, 1 min, 2 min … up to
 * an hour). Keys always include the IP, so an attacker elsewhere cannot lock a real person out.
 */
import { clearThrottle, getThrottle, saveThrottle, type ThrottleRow } from '@/db/queries/staff';

export const THROTTLE = {
  /** Failures are forgotten this long after the first one of a run. */
  windowMs: 15 * 60_000,
  /** Failures allowed per key in a window before waits begin (the next attempt is refused). */
  freeFailures: 5,
  baseWaitMs: 30_000,
  maxWaitMs: 60 * 60_000,
} as const;

export function throttleKeys(ip: string, email: string): string[] {
  return [`ip:${ip}`, `account:${email.trim().toLowerCase()}|ip:${ip}`];
}

/** The counter after one more failure (pure). */
export function afterFailure(row: ThrottleRow | undefined, key: string, now: Date): ThrottleRow {
  const fresh = !row || now.getTime() - row.windowStart.getTime() > THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const windowStart = fresh ? now : row.windowStart;
  const over = failures - THROTTLE.freeFailures;
  const blockedUntil =
    over >= 0 ? new Date(now.getTime() + Math.min(THROTTLE.baseWaitMs * 2 ** over, THROTTLE.maxWaitMs)) : null;
  return { key, failures, windowStart, blockedUntil };
}

/** Seconds to wait before another attempt (0 when allowed), the longest over the keys (pure). */
export function waitSeconds(rows: ThrottleRow[], now: Date): number {
  const until = Math.max(0, ...rows.map((r) => (r.blockedUntil ? r.blockedUntil.getTime() : 0)));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export function signInWait(ip: string, email: string, now = new Date()): number {
  return waitSeconds(getThrottle(throttleKeys(ip, email)), now);
}

export function recordSignInFailure(ip: string, email: string, now = new Date()): void {
  const keys = throttleKeys(ip, email);
  const rows = new Map(getThrottle(keys).map((r) => [r.key, r]));
  saveThrottle(keys.map((key) => afterFailure(rows.get(key), key, now)));
}

/** A successful sign-in clears the account+IP counter (the IP's own counter runs out on its own). */
export function recordSignInSuccess(ip: string, email: string): void {
  clearThrottle([throttleKeys(ip, email)[1]]);
}

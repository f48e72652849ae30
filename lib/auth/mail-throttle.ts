/**
 * Limits on the requests that make the site send e-mail (password resets, verification links),
 * kept in the sign-in throttle table under keys of their own: per IP address, 5 requests in
 * 15 minutes (past that the form says how long to wait); per recipient, 3 messages an hour (past
 * that nothing more is sent, and the answer stays the same, so the limit tells nobody whether
 * the address has an account). Together they stop the form from being used to flood an inbox.
 */
import { getThrottle, saveThrottle, type ThrottleRow } from '@/db/queries/staff';

export const MAIL_LIMITS = {
  perIp: { max: 5, windowMs: 15 * 60_000 },
  perRecipient: { max: 3, windowMs: 60 * 60_000 },
} as const;

type Limit = { max: number; windowMs: number };

/** Seconds until `row` allows another request under `limit` (0: allowed now) (pure). */
export function secondsUntilAllowed(row: ThrottleRow | undefined, limit: Limit, now: Date): number {
  if (!row || now.getTime() - row.windowStart.getTime() >= limit.windowMs) return 0;
  if (row.failures < limit.max) return 0;
  return Math.ceil((row.windowStart.getTime() + limit.windowMs - now.getTime()) / 1000);
}

/** The counter after one more request (pure). */
export function afterRequest(row: ThrottleRow | undefined, key: string, limit: Limit, now: Date): ThrottleRow {
  const fresh = !row || now.getTime() - row.windowStart.getTime() >= limit.windowMs;
  return {
    key,
    failures: fresh ? 1 : row.failures + 1,
    windowStart: fresh ? now : row.windowStart,
    blockedUntil: null,
  };
}

/**
 * Counts one request on `key` if `limit` allows it: 0 when counted, else the seconds to wait
 * (and nothing is counted).
 */
export function takeMailAllowance(key: string, limit: Limit, now = new Date()): number {
  const [row] = getThrottle([key]);
  const wait = secondsUntilAllowed(row, limit, now);
  if (wait === 0) saveThrottle([afterRequest(row, key, limit, now)]);
  return wait;
}

export const ipMailKey = (ip: string) => `mail-ip:${ip}`;
export const recipientMailKey = (kind: string, address: string) => `mail-to:${kind}:${address.trim().toLowerCase()}`;

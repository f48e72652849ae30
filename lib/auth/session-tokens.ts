/**
 * Session tokens, free of Next's request APIs so that the production server (scripts/serve.ts)
 * can resolve a reader's cookie before Next routes the request: only a token's SHA-256 is
 * stored; a session lives 12 h idle and 7 days at most. lib/auth/session.ts re-exports these.
 */
import { createHash } from 'node:crypto';

export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
/** lastSeenAt is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether a session may still be used (pure). */
export function sessionIsLive(s: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  return s.expiresAt.getTime() > now.getTime() && now.getTime() - s.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** Where a kind of session lives (staff and readers each have their own table). */
export interface SessionStore<U> {
  find(id: string): { lastSeenAt: Date; expiresAt: Date; user: U } | null;
  remove(id: string): void;
  touch(id: string, now: Date): void;
}

/** Whose session a cookie token is, or null; an expired session is deleted, a live one touched now and then. */
export function holderOfToken<U>(token: string | undefined, store: SessionStore<U>, now = new Date()): U | null {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const session = store.find(id);
  if (!session) return null;
  if (!sessionIsLive(session, now)) {
    store.remove(id);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) store.touch(id, now);
  return session.user;
}

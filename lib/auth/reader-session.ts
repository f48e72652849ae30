/**
 * Reader sessions: the staff design (random token in an HttpOnly SameSite=Lax cookie, only
 * its SHA-256 in the database, 12 h idle / 7 days absolute expiry, a new id at every
 * sign-in) in their own table under their own cookie, so a reader can never reach /admin.
 */
import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { deleteReaderSession, findReaderSession, insertReaderSession, touchReaderSession, type Reader } from '@/db/queries/readers';
import { READER_COOKIE } from '@/lib/auth/reader-cookie';
import { hashToken, holderOfToken, type SessionStore } from '@/lib/auth/session';

export type { Reader };

export { READER_COOKIE };
const MAX_MS = 7 * 24 * 3600_000;

export function startReaderSession(readerId: number, ip: string, userAgent: string, now = new Date()): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + MAX_MS);
  insertReaderSession({ id: hashToken(token), readerId, now, expiresAt, ip, userAgent });
  return { token, expiresAt };
}

const readerSessions: SessionStore<Reader> = {
  find: (id) => {
    const s = findReaderSession(id);
    return s ? { lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt, user: s.reader } : null;
  },
  remove: deleteReaderSession,
  touch: touchReaderSession,
};

/** The reader behind a cookie token, or null (expired sessions are deleted). */
export function readerForToken(token: string | undefined, now = new Date()): Reader | null {
  return holderOfToken(token, readerSessions, now);
}

export function endReaderSession(token: string | undefined): void {
  if (token) deleteReaderSession(hashToken(token));
}

/**
 * The signed-in reader of this request (pages and route handlers), or null. Memoized per
 * render: the layout, the page and the list buttons share one session lookup.
 */
export const currentReader = cache(async (): Promise<Reader | null> => readerForToken((await cookies()).get(READER_COOKIE)?.value));

export async function currentReaderToken(): Promise<string | undefined> {
  return (await cookies()).get(READER_COOKIE)?.value;
}

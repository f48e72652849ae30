/**
 * Reader sessions: the staff design (random token in an HttpOnly SameSite=Lax cookie, only
 * its SHA-256 in the database, 12 h idle / 7 days absolute expiry, a new id at every
 * sign-in) in their own table under their own cookie, so a reader can never reach /admin.
 */
import { cookies } from 'next/headers';
import { cache } from 'react';
import { deleteReaderSession, insertReaderSession, type Reader } from '@/db/queries/readers';
import { READER_COOKIE } from '@/lib/auth/reader-cookie';
import { readerForToken } from '@/lib/auth/reader-token';
import { newSession, type NewSession } from '@/lib/auth/session';
import { hashToken } from '@/lib/auth/session-tokens';

export type { Reader };

export { READER_COOKIE, readerForToken };

export function startReaderSession(readerId: number, ip: string, userAgent: string, now = new Date()): NewSession {
  return newSession((row) => insertReaderSession({ ...row, readerId, ip, userAgent }), now);
}

export function endReaderSession(token: string | undefined): void {
  if (token) deleteReaderSession(hashToken(token));
}

/**
 * The signed-in reader of this request (pages and route handlers), or null. Memoized per
 * render: the layout, the page and the list buttons share one session lookup.
 */
export const currentReader = cache(async (): Promise<Reader | null> =>
  readerForToken((await cookies()).get(READER_COOKIE)?.value),
);

export async function currentReaderToken(): Promise<string | undefined> {
  return (await cookies()).get(READER_COOKIE)?.value;
}

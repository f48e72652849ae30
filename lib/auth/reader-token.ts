/**
 * The reader behind a session cookie's token, free of Next's request APIs (see
 * lib/auth/session-tokens.ts): pages reach it through lib/auth/reader-session.ts, the
 * production server directly.
 */
import { deleteReaderSession, findReaderSession, touchReaderSession, type Reader } from '@/db/queries/readers';
import { holderOfToken, type SessionStore } from '@/lib/auth/session-tokens';

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

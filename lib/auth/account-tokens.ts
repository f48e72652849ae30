/**
 * The single-use tokens e-mailed for a password reset or an address verification: 32 random
 * bytes, base64url, in the link; only their SHA-256 in the database (db/queries/account-tokens.ts).
 * A reset link works for 30 minutes, a verification link for 24 hours (it is sent at sign-up and
 * may be read the next day; it proves an address, it opens nothing). Opening a link never uses it
 * up: the link's address moves the token into a short cookie and the form's POST consumes it.
 */
import { randomBytes } from 'node:crypto';
import { insertAccountToken, type TokenPurpose, type TokenSubject } from '@/db/queries/account-tokens';
import { hashToken } from '@/lib/auth/session-tokens';

export const RESET_MINUTES = 30;
export const VERIFY_HOURS = 24;

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  reset: RESET_MINUTES * 60_000,
  verify: VERIFY_HOURS * 3600_000,
};

/** The shape of a token we hand out (43 base64url characters): anything else is refused unread. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const isTokenShaped = (token: unknown): token is string =>
  typeof token === 'string' && TOKEN_PATTERN.test(token);

/** Makes and stores a token; returns the token itself (for the link only: it is stored nowhere). */
export function issueToken(
  v: { purpose: TokenPurpose; subjectType: TokenSubject; subjectId: number; email: string; edition?: string },
  now = new Date(),
): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[v.purpose]);
  insertAccountToken({ ...v, edition: v.edition ?? '', id: hashToken(token), now, expiresAt });
  return { token, expiresAt };
}

/**
 * The cookies that carry an opened link's token from its address to the form (HttpOnly, SameSite
 * Lax, as long as the token lives): so the token is not left in the address bar, the history, or
 * a Referer.
 */
export const LINK_COOKIES = {
  staffReset: { name: 'newsroom_reset', path: '/admin/reset' },
  readerReset: { name: 'meridian_reset', path: '/' },
  readerVerify: { name: 'meridian_verify', path: '/' },
} as const;

/**
 * Verifying a reader's e-mail address: sign-up sends a link (valid 24 hours); the account page
 * says the address is unverified and offers to send another (3 an hour). An unverified reader may
 * do everything a reader can (sign in, read, bookmark): bookmarks concern nobody else. What the
 * address being unverified means is that it is not yet known to be theirs, so the site sends it
 * nothing but verification and password-reset links, and whoever proves the address (a reset
 * link) takes the account over, ending every session (docs/security.md).
 */
import { consumeVerifyToken, findUsableToken, readerVerifiedAt } from '@/db/queries/account-tokens';
import type { Reader } from '@/db/queries/readers';
import { isTokenShaped, issueToken, VERIFY_HOURS } from '@/lib/auth/account-tokens';
import { MAIL_LIMITS, recipientMailKey, takeMailAllowance } from '@/lib/auth/mail-throttle';
import { hashToken } from '@/lib/auth/session-tokens';
import { sendMail } from '@/lib/mail/send';
import { verifyMessage } from '@/lib/mail/templates';
import { absoluteUrl } from '@/lib/urls';

export const isReaderVerified = (readerId: number) => readerVerifiedAt(readerId) !== null;

/** Sends `reader` a verification link in `edition`'s language (sign-up, and the account page's "send again"). */
export function sendVerification(reader: Reader, edition: string, now = new Date()): void {
  const { token } = issueToken(
    { purpose: 'verify', subjectType: 'reader', subjectId: reader.id, email: reader.email, edition },
    now,
  );
  sendMail(
    verifyMessage({
      to: reader.email,
      name: reader.name,
      link: absoluteUrl(`/reader/verify/${token}`),
      hours: VERIFY_HOURS,
      edition,
    }),
    now,
  );
}

export type ResendResult =
  { ok: true } | { ok: false; reason: 'verified' } | { ok: false; reason: 'throttled'; retryAfter: number };

/** The account page's "send the link again": at most 3 messages an hour to the address. */
export function resendVerification(reader: Reader, edition: string, now = new Date()): ResendResult {
  if (isReaderVerified(reader.id)) return { ok: false, reason: 'verified' };
  const wait = takeMailAllowance(recipientMailKey('verify', reader.email), MAIL_LIMITS.perRecipient, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  sendVerification(reader, edition, now);
  return { ok: true };
}

/** The edition of a usable verification link (the confirm page answers in it), or null (the page reads, never consumes). */
export function verifyTokenEdition(token: unknown, now = new Date()): string | null {
  if (!isTokenShaped(token)) return null;
  return findUsableToken(hashToken(token), 'verify', now)?.edition ?? null;
}

/** Uses a verification link: the reader's id and the link's edition, or null when unusable. */
export function confirmVerification(token: unknown, now = new Date()): { readerId: number; edition: string } | null {
  if (!isTokenShaped(token)) return null;
  return consumeVerifyToken(hashToken(token), now);
}

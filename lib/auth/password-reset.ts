/**
 * Password reset by e-mail, for staff and readers alike. Asking for a link gets the same answer
 * whether or not the address has an account (and the mail is sent after the answer). The link
 * works once, for 30 minutes; completing it sets the new password and ends every session of the
 * account in one transaction (db/queries/account-tokens.ts consumeResetToken). A reader's
 * completed reset also verifies the address, since the link reached it.
 */
import { z } from 'zod';
import {
  accountForReset,
  consumeResetToken,
  findUsableToken,
  tokenById,
  type TokenSubject,
} from '@/db/queries/account-tokens';
import { recordAudit } from '@/db/queries/staff';
import { isTokenShaped, issueToken, RESET_MINUTES } from '@/lib/auth/account-tokens';
import { ipMailKey, MAIL_LIMITS, recipientMailKey, takeMailAllowance } from '@/lib/auth/mail-throttle';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/session-tokens';
import { log } from '@/lib/log';
import { sendMail } from '@/lib/mail/send';
import { resetMessage } from '@/lib/mail/templates';
import { absoluteUrl } from '@/lib/urls';

const address = z.string().trim().toLowerCase().email().max(254);

export type ResetRequestResult =
  { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfter: number };

/** The address a link opens: staff links under /admin, reader links under /reader (lib/auth/account-tokens.ts LINK_COOKIES). */
export const resetLinkPath = (kind: TokenSubject, token: string) =>
  kind === 'staff' ? `/admin/reset/${token}` : `/reader/reset/${token}`;

/**
 * Asks for a reset link for `email`. `{ ok: true }` means "if the address has an account, a link
 * is on its way", and is all a caller may say: it is the answer for unknown addresses too, and for
 * an address that had its three messages this hour.
 */
export function requestPasswordReset(
  kind: TokenSubject,
  input: unknown,
  ip: string,
  edition: string,
  now = new Date(),
): ResetRequestResult {
  const parsed = address.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const email = parsed.data;
  const wait = takeMailAllowance(ipMailKey(ip), MAIL_LIMITS.perIp, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  if (takeMailAllowance(recipientMailKey('reset', email), MAIL_LIMITS.perRecipient, now) > 0) {
    log.warn({ kind, ip }, 'password reset not sent: this address had its messages for the hour');
    return { ok: true };
  }
  const account = accountForReset(kind, email);
  if (!account) return { ok: true };
  const { token } = issueToken(
    { purpose: 'reset', subjectType: kind, subjectId: account.id, email: account.email, edition },
    now,
  );
  sendMail(
    resetMessage({
      to: account.email,
      name: account.name,
      link: absoluteUrl(resetLinkPath(kind, token)),
      minutes: RESET_MINUTES,
      edition: kind === 'staff' ? '' : edition,
    }),
    now,
  );
  if (kind === 'staff')
    recordAudit({ actorId: null, action: 'password-reset.requested', subjectType: 'staff', subjectId: account.id, ip });
  return { ok: true };
}

/** Whether `token` is a usable reset link of `kind` (the form page: it reads, never consumes). */
export function resetTokenIsUsable(kind: TokenSubject, token: unknown, now = new Date()): boolean {
  if (!isTokenShaped(token)) return false;
  return findUsableToken(hashToken(token), 'reset', now)?.subjectType === kind;
}

/**
 * The edition a reader's link was sent in, used or not (its pages answer in that language, also to
 * say that it does not work any more), or null for an unknown link.
 */
export function linkEdition(token: unknown): string | null {
  if (!isTokenShaped(token)) return null;
  return tokenById(hashToken(token))?.edition || null;
}

export type ResetResult =
  | { ok: true; subjectId: number; edition: string; sessionsEnded: number }
  | { ok: false; reason: 'expired' }
  | { ok: false; reason: 'password'; message: string };

/**
 * Sets the new password with a reset link: refused when the link is unknown, used, expired or of
 * the other kind ('expired'), or when the password is unacceptable (the link stays usable).
 */
export async function completePasswordReset(
  kind: TokenSubject,
  token: unknown,
  password: unknown,
  ip: string,
  now = new Date(),
): Promise<ResetResult> {
  if (!resetTokenIsUsable(kind, token, now)) return { ok: false, reason: 'expired' };
  const text = typeof password === 'string' ? password : '';
  const problem = passwordProblem(text);
  if (problem) return { ok: false, reason: 'password', message: problem };
  const hash = await hashPassword(text);
  // Checked again, atomically: the token may have been used while the password was hashed.
  const done = consumeResetToken(hashToken(token as string), hash, new Date(Math.max(now.getTime(), Date.now())));
  if (!done || done.subjectType !== kind) return { ok: false, reason: 'expired' };
  if (kind === 'staff')
    recordAudit({
      actorId: done.subjectId,
      action: 'password-reset',
      subjectType: 'staff',
      subjectId: done.subjectId,
      details: { sessionsEnded: done.sessionsEnded },
      ip,
    });
  return { ok: true, subjectId: done.subjectId, edition: done.edition, sessionsEnded: done.sessionsEnded };
}

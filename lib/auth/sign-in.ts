/**
 * Signing staff in and out: the whole decision, from throttling to the audit entry, so the
 * route handlers only translate it to HTTP.
 */
import { z } from 'zod';
import { findStaffForSignIn, recordAudit, setStaffPasswordHash } from '@/db/queries/staff';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { endAllSessions, endSession, startSession, type StaffUser } from '@/lib/auth/session';
import { recordSignInFailure, recordSignInSuccess, signInWait } from '@/lib/auth/throttle';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

export type SignInResult =
  | { ok: true; user: StaffUser; token: string; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

export async function signIn(
  input: unknown,
  ip: string,
  userAgent: string,
  previousToken?: string,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'missing' };
  const { email, password } = parsed.data;

  const wait = signInWait(ip, email);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };

  const user = findStaffForSignIn(email);
  // An unknown e-mail costs the same time as a wrong password, so timing tells nothing.
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) {
    recordSignInFailure(ip, email);
    recordAudit({ actorId: user?.id ?? null, action: 'sign-in.failed', subjectType: 'staff', subjectId: email, ip });
    return { ok: false, reason: 'invalid' };
  }

  recordSignInSuccess(ip, email);
  if (needsRehash(user.passwordHash)) setStaffPasswordHash(user.id, await hashPassword(password));
  endSession(previousToken); // a new session id at every sign-in
  const { token, expiresAt } = startSession(user.id, ip, userAgent);
  recordAudit({ actorId: user.id, action: 'sign-in', subjectType: 'staff', subjectId: user.id, ip });
  const { passwordHash: _hash, ...publicUser } = user;
  void _hash;
  return { ok: true, user: publicUser, token, expiresAt };
}

export function signOut(user: StaffUser | null, token: string | undefined, everywhere: boolean, ip: string): void {
  if (user && everywhere) endAllSessions(user.id);
  else endSession(token);
  if (user)
    recordAudit({
      actorId: user.id,
      action: everywhere ? 'sign-out.everywhere' : 'sign-out',
      subjectType: 'staff',
      subjectId: user.id,
      ip,
    });
}

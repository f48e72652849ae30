/**
 * Signing staff in and out: the whole decision, from throttling to the audit entry, so the
 * route handlers only translate it to HTTP.
 */
import { z } from 'zod';
import { findStaffForSignIn, recordAudit, setStaffPasswordHash } from '@/db/queries/staff';
import {
  acceptTimeStep,
  beginTwoFactorSetup,
  deletePendingSignIn,
  findPendingSignIn,
  getTwoFactor,
  insertPendingSignIn,
  rolesRequiringTwoFactor,
  useRecoveryCode,
  type PendingSignIn,
} from '@/db/queries/two-factor';
import type { PendingSignInStep } from '@/db/schema';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { safeAdminPath } from '@/lib/auth/request';
import {
  endAllSessions,
  endSession,
  hashToken,
  startSession,
  type NewSession,
  type StaffUser,
} from '@/lib/auth/session';
import { recordSignInFailure, recordSignInSuccess, signInWait } from '@/lib/auth/throttle';
import {
  cleanCode,
  cleanRecoveryCode,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  roleRequiresTwoFactor,
  totpStep,
} from '@/lib/auth/two-factor';
import { randomBytes } from 'node:crypto';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

export type SignInResult =
  | { ok: true; user: StaffUser; token: string; expiresAt: Date }
  /** The password was right; no session yet: the second step (a code, or setting two-factor up) comes first. */
  | { ok: 'pending'; step: PendingSignInStep; token: string; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

/** The pending sign-in's cookie: HttpOnly, SameSite=Strict, only under /admin. */
export const PENDING_COOKIE = 'newsroom_pending_sign_in';
/** Time to type a code; setting an app up takes longer. */
const PENDING_MS: Record<PendingSignInStep, number> = { code: 5 * 60_000, enrol: 15 * 60_000 };

function startPendingSignIn(staffId: number, step: PendingSignInStep, next: string, now = new Date()): NewSession {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PENDING_MS[step]);
  insertPendingSignIn({ id: hashToken(token), staffId, step, next: safeAdminPath(next), expiresAt, now });
  return { token, expiresAt };
}

/** The pending sign-in cookie's attributes; `session` null clears it. */
export function pendingCookie(session: NewSession | null, https: boolean) {
  return {
    name: PENDING_COOKIE,
    value: session?.token ?? '',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: https,
    path: '/admin',
    expires: session?.expiresAt ?? new Date(0),
  };
}

/** The live pending sign-in behind a cookie token, or null. */
export function pendingSignIn(token: string | undefined, now = new Date()): PendingSignIn | null {
  if (!token || token.length > 100) return null;
  return findPendingSignIn(hashToken(token), now);
}

export async function signIn(
  input: unknown,
  ip: string,
  userAgent: string,
  previousToken?: string,
  next = '/admin',
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

  if (needsRehash(user.passwordHash)) setStaffPasswordHash(user.id, await hashPassword(password));

  // Two factors: with an authenticator set up, the code comes next; a role that requires one and
  // a person without it sets it up first (a new secret, unless a setup is already waiting). The
  // throttle's account counter is cleared only when the whole sign-in succeeds, so wrong codes
  // add up with wrong passwords.
  const twoFactor = getTwoFactor(user.id);
  if (twoFactor?.enabledAt) return { ok: 'pending', step: 'code', ...startPendingSignIn(user.id, 'code', next) };
  if (roleRequiresTwoFactor(user, rolesRequiringTwoFactor())) {
    if (!twoFactor) beginTwoFactorSetup(user.id, newTotpSecret(), { actorId: user.id, ip });
    return { ok: 'pending', step: 'enrol', ...startPendingSignIn(user.id, 'enrol', next) };
  }

  recordSignInSuccess(ip, email);
  endSession(previousToken); // a new session id at every sign-in
  const { token, expiresAt } = startSession(user.id, ip, userAgent);
  recordAudit({
    actorId: user.id,
    action: 'sign-in',
    subjectType: 'staff',
    subjectId: user.id,
    details: { method: 'password' },
    ip,
  });
  const { passwordHash: _hash, ...publicUser } = user;
  void _hash;
  return { ok: true, user: publicUser, token, expiresAt };
}

export type SecondStepResult =
  | { ok: true; token: string; expiresAt: Date; next: string; recoveryCodes?: string[] }
  | { ok: false; reason: 'expired' | 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

/**
 * The second step of a pending sign-in: a code from the authenticator app, or one of the
 * recovery codes (`recovery`), or, for the `enrol` step, the first code of the new setup (which
 * turns two-factor on and answers the new recovery codes, to be shown once). Wrong codes count
 * in the sign-in throttle like wrong passwords. Only then does the session start: a new id, and
 * the audit entry `sign-in` with the method.
 */
export async function completeSignIn(
  pendingToken: string | undefined,
  step: PendingSignInStep,
  input: { code?: unknown; recovery?: unknown },
  ip: string,
  userAgent: string,
  previousToken?: string,
  now = new Date(),
): Promise<SecondStepResult> {
  const pending = pendingSignIn(pendingToken, now);
  if (!pending || pending.step !== step) return { ok: false, reason: 'expired' };
  const wait = signInWait(ip, pending.email, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };

  const code = cleanCode(input.code);
  const typedRecovery = typeof input.recovery === 'string' && input.recovery.trim() !== '';
  const recovery = step === 'code' && typedRecovery ? cleanRecoveryCode(input.recovery) : null;
  if (!code && !typedRecovery) return { ok: false, reason: 'missing' };

  const twoFactor = getTwoFactor(pending.staffId);
  let method: string | null = null;
  let recoveryCodes: string[] | undefined;
  let recoveryCodesLeft: number | undefined;
  if (twoFactor && recovery && step === 'code' && twoFactor.enabledAt) {
    const result = useRecoveryCode(pending.staffId, hashRecoveryCode(recovery), now);
    if (result.used) {
      method = 'recovery-code';
      recoveryCodesLeft = result.left;
    }
  } else if (twoFactor && code && !typedRecovery) {
    const accepted = await totpStep(twoFactor.secret, code, twoFactor.lastStep, now);
    if (accepted !== null) {
      if (step === 'code' && twoFactor.enabledAt && acceptTimeStep(pending.staffId, accepted)) method = 'totp';
      if (step === 'enrol' && !twoFactor.enabledAt) {
        recoveryCodes = newRecoveryCodes();
        const enable = { codeHashes: recoveryCodes.map(hashRecoveryCode), who: { actorId: pending.staffId, ip }, now };
        if (acceptTimeStep(pending.staffId, accepted, enable)) method = 'totp-setup';
      }
    }
  }
  if (!method) {
    recordSignInFailure(ip, pending.email, now);
    recordAudit({
      actorId: pending.staffId,
      action: 'sign-in.failed',
      subjectType: 'staff',
      subjectId: pending.email,
      details: { step: step === 'code' ? (typedRecovery ? 'recovery-code' : 'code') : 'setup' },
      ip,
    });
    return { ok: false, reason: 'invalid' };
  }
  // A pending sign-in is finished once: a second request with the same cookie finds nothing.
  if (!deletePendingSignIn(pending.id)) return { ok: false, reason: 'expired' };
  recordSignInSuccess(ip, pending.email);
  endSession(previousToken);
  const session = startSession(pending.staffId, ip, userAgent, now);
  recordAudit({
    actorId: pending.staffId,
    action: 'sign-in',
    subjectType: 'staff',
    subjectId: pending.staffId,
    details: { method, ...(recoveryCodesLeft === undefined ? {} : { recoveryCodesLeft }) },
    ip,
  });
  return { ok: true, ...session, next: pending.next, recoveryCodes };
}

/** Gives up a pending sign-in ("start again"). */
export function cancelPendingSignIn(pendingToken: string | undefined): void {
  if (pendingToken && pendingToken.length <= 100) deletePendingSignIn(hashToken(pendingToken));
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

/**
 * Signing staff in and out: the whole decision, from throttling to the audit entry, so the
 * route handlers only translate it to HTTP.
 */
import { z } from 'zod';
import { findStaffForSignIn, recordAudit, setStaffPasswordHash } from '@/db/queries/staff';
import {
  acceptTimeStep,
  advancePendingSignIn,
  beginTwoFactorSetup,
  deletePendingSignIn,
  findPendingSignIn,
  getTwoFactor,
  insertPendingSignIn,
  rolesRequiringTwoFactor,
  spendRecoveryCode,
  type PendingSignIn,
} from '@/db/queries/two-factor';
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
  | { ok: 'pending'; step: 'code' | 'enrol'; token: string; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

/** The pending sign-in's cookie: HttpOnly, SameSite=Strict, only under /admin. */
export const PENDING_COOKIE = 'newsroom_pending_sign_in';
/** Time to type a code; setting an app up takes longer. */
const PENDING_MS = { code: 5 * 60_000, enrol: 15 * 60_000 } as const;

function startPendingSignIn(staffId: number, step: 'code' | 'enrol', next: string, now = new Date()): NewSession {
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
  | { ok: true; token: string; expiresAt: Date; next: string }
  | { ok: false; reason: 'expired' | 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

/**
 * The second step of a pending sign-in: a code from the authenticator app, or one of the
 * recovery codes (`recovery`). Wrong codes count in the sign-in throttle like wrong passwords.
 * Only then does the session start: a new id, and the audit entry `sign-in` with the method.
 */
export async function completeSignIn(
  pendingToken: string | undefined,
  input: { code?: unknown; recovery?: unknown },
  ip: string,
  userAgent: string,
  previousToken?: string,
  now = new Date(),
): Promise<SecondStepResult> {
  const pending = pendingSignIn(pendingToken, now);
  if (!pending || pending.step !== 'code') return { ok: false, reason: 'expired' };
  const wait = signInWait(ip, pending.email, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };

  const typedRecovery = typeof input.recovery === 'string' && input.recovery.trim() !== '';
  const code = typedRecovery ? null : cleanCode(input.code);
  if (!code && !typedRecovery) return { ok: false, reason: 'missing' };

  const twoFactor = getTwoFactor(pending.staffId);
  let method: string | null = null;
  let recoveryCodesLeft: number | undefined;
  if (twoFactor?.enabledAt && typedRecovery) {
    const recovery = cleanRecoveryCode(input.recovery);
    const result = recovery ? spendRecoveryCode(pending.staffId, hashRecoveryCode(recovery), now) : null;
    if (result?.used) {
      method = 'recovery-code';
      recoveryCodesLeft = result.left;
    }
  } else if (twoFactor?.enabledAt && code) {
    const step = await totpStep(twoFactor.secret, code, twoFactor.lastStep, now);
    if (step !== null && acceptTimeStep(pending.staffId, step)) method = 'totp';
  }
  if (!method) {
    wrongCode(pending, ip, typedRecovery ? 'recovery-code' : 'code', now);
    return { ok: false, reason: 'invalid' };
  }
  return finish(pending, method, ip, userAgent, previousToken, now, recoveryCodesLeft);
}

function wrongCode(pending: PendingSignIn, ip: string, step: string, now: Date): void {
  recordSignInFailure(ip, pending.email, now);
  recordAudit({
    actorId: pending.staffId,
    action: 'sign-in.failed',
    subjectType: 'staff',
    subjectId: pending.email,
    details: { step },
    ip,
  });
}

/** The session at the end of a pending sign-in, which is finished once (a second request finds nothing). */
function finish(
  pending: PendingSignIn,
  method: string,
  ip: string,
  userAgent: string,
  previousToken: string | undefined,
  now: Date,
  recoveryCodesLeft?: number,
): SecondStepResult {
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
  return { ok: true, ...session, next: pending.next };
}

export type SetupStepResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: 'expired' | 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

/**
 * The `enrol` step: the first code of the new setup turns two-factor on and answers the new
 * recovery codes (to be shown once); the pending sign-in becomes `ready`, and finishSetupSignIn
 * starts the session when the person has noted them. No session before that.
 */
export async function confirmSetupAtSignIn(
  pendingToken: string | undefined,
  rawCode: unknown,
  ip: string,
  now = new Date(),
): Promise<SetupStepResult> {
  const pending = pendingSignIn(pendingToken, now);
  if (!pending || pending.step !== 'enrol') return { ok: false, reason: 'expired' };
  const wait = signInWait(ip, pending.email, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  const code = cleanCode(rawCode);
  if (!code) return { ok: false, reason: 'missing' };
  const twoFactor = getTwoFactor(pending.staffId);
  const step =
    twoFactor && !twoFactor.enabledAt ? await totpStep(twoFactor.secret, code, twoFactor.lastStep, now) : null;
  const recoveryCodes = newRecoveryCodes();
  const enable = { codeHashes: recoveryCodes.map(hashRecoveryCode), who: { actorId: pending.staffId, ip }, now };
  if (step === null || !acceptTimeStep(pending.staffId, step, enable)) {
    wrongCode(pending, ip, 'setup', now);
    return { ok: false, reason: 'invalid' };
  }
  advancePendingSignIn(pending.id, 'enrol', 'ready');
  return { ok: true, recoveryCodes };
}

/** After the setup at sign-in: the session starts. */
export function finishSetupSignIn(
  pendingToken: string | undefined,
  ip: string,
  userAgent: string,
  previousToken?: string,
  now = new Date(),
): SecondStepResult {
  const pending = pendingSignIn(pendingToken, now);
  if (!pending || pending.step !== 'ready') return { ok: false, reason: 'expired' };
  return finish(pending, 'totp-setup', ip, userAgent, previousToken, now);
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

/**
 * Reader accounts: sign-up, sign-in (with the staff's brute-force protection, on keys of its
 * own), password change and account deletion. Route handlers under app/(account) translate
 * the results to HTTP.
 */
import { z } from 'zod';
import {
  createReader,
  deleteReader,
  deleteReaderSessions,
  findReaderForSignIn,
  readerPasswordHash,
  setReaderPasswordHash,
  type Reader,
} from '@/db/queries/readers';
import { DUMMY_HASH, hashPassword, needsRehash, PASSWORD_RULES, verifyPassword } from '@/lib/auth/password';
import { endReaderSession, startReaderSession } from '@/lib/auth/reader-session';
import { hashToken } from '@/lib/auth/session';
import { recordSignInFailure, recordSignInSuccess, signInWait } from '@/lib/auth/throttle';
import { READER_MESSAGES as M } from '@/lib/readers/messages';

const email = z.string().trim().toLowerCase().email(M.emailInvalid).max(254, M.emailInvalid);
const newPassword = z.string().min(PASSWORD_RULES.min, M.passwordShort).max(PASSWORD_RULES.max, M.passwordLong);

export const signUpSchema = z.object({
  email,
  name: z.string().trim().min(1, M.nameMissing).max(80, M.nameLong),
  password: newPassword,
});

/** Throttle keys of readers are their own: failing as a reader never locks a staff account. */
const throttleAccount = (address: string) => `reader:${address.trim().toLowerCase()}`;

export type FieldErrors = Partial<Record<'email' | 'name' | 'password' | 'current', string>>;

export type SignUpResult =
  | { ok: true; reader: Reader; token: string; expiresAt: Date }
  | { ok: false; errors: FieldErrors; values: { email: string; name: string } };

export async function signUp(
  input: { email: unknown; name: unknown; password: unknown },
  ip: string,
  userAgent: string,
): Promise<SignUpResult> {
  const values = {
    email: typeof input.email === 'string' ? input.email.slice(0, 254) : '',
    name: typeof input.name === 'string' ? input.name.slice(0, 80) : '',
  };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as keyof FieldErrors] ??= issue.message;
    return { ok: false, errors, values };
  }
  const reader = createReader({
    email: parsed.data.email,
    name: parsed.data.name,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!reader) return { ok: false, errors: { email: M.emailTaken }, values };
  const { token, expiresAt } = startReaderSession(reader.id, ip, userAgent);
  return { ok: true, reader, token, expiresAt };
}

export type ReaderSignInResult =
  | { ok: true; reader: Reader; token: string; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfter: number };

export async function signInReader(
  input: { email: unknown; password: unknown },
  ip: string,
  userAgent: string,
  previousToken?: string,
): Promise<ReaderSignInResult> {
  const parsed = z.object({ email, password: z.string().min(1).max(256) }).safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'missing' };
  const account = throttleAccount(parsed.data.email);
  const wait = signInWait(ip, account);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  const found = findReaderForSignIn(parsed.data.email);
  // An unknown address costs the same time as a wrong password.
  const valid = await verifyPassword(parsed.data.password, found?.passwordHash ?? DUMMY_HASH);
  if (!found || !valid) {
    recordSignInFailure(ip, account);
    return { ok: false, reason: 'invalid' };
  }
  recordSignInSuccess(ip, account);
  if (needsRehash(found.passwordHash)) setReaderPasswordHash(found.id, await hashPassword(parsed.data.password));
  endReaderSession(previousToken);
  const { passwordHash: _hash, ...reader } = found;
  void _hash;
  return { ok: true, reader, ...startReaderSession(reader.id, ip, userAgent) };
}

/** Changes the password after checking the current one; other sessions of the reader end. */
export async function changeReaderPassword(
  reader: Reader,
  currentToken: string,
  input: { current: unknown; password: unknown },
): Promise<FieldErrors | null> {
  const hash = readerPasswordHash(reader.id);
  const current = typeof input.current === 'string' ? input.current : '';
  if (!hash || !(await verifyPassword(current, hash))) return { current: M.currentWrong };
  const parsed = newPassword.safeParse(input.password);
  if (!parsed.success) return { password: parsed.error.issues[0].message };
  setReaderPasswordHash(reader.id, await hashPassword(parsed.data));
  deleteReaderSessions(reader.id, hashToken(currentToken));
  return null;
}

/** Deletes the account with its bookmarks and sessions, after checking the password. */
export async function deleteReaderAccount(reader: Reader, password: unknown): Promise<FieldErrors | null> {
  const hash = readerPasswordHash(reader.id);
  if (!hash || typeof password !== 'string' || !(await verifyPassword(password, hash)))
    return { current: M.passwordWrong };
  deleteReader(reader.id);
  return null;
}

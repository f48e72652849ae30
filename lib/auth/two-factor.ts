/**
 * Two-factor sign-in for staff (issue 21): TOTP codes (RFC 6238, through otplib: SHA-1, 6 digits,
 * 30-second steps, what every authenticator app speaks) and single-use recovery codes.
 * The pieces here are pure or nearly so; lib/auth/sign-in.ts and lib/auth/account.ts use them.
 */
import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { StaffRole } from '@/db/schema';
import { SITE } from '@/lib/site';

/** A code of the step before or after the server's is accepted too (a phone's clock a little off). */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: a recovery code is read off paper. 31 symbols, 16 of them: about 79 bits. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new secret: 20 random bytes in base32 (RFC 4226's recommended length). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** What the authenticator app reads from the QR code. */
export function otpauthUri(email: string, secret: string): string {
  return generateURI({ issuer: SITE.name, label: email, secret });
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The QR code of `text` as one SVG path (in module units, drawn by components/admin/QrCode.tsx):
 * made on the server, so the page needs no script and no outside request.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col} ${row}h1v1h-1z`;
  return { size: modules.size, d };
}

/** Digits only, spaces allowed ("123 456"); anything else is no code. */
export function cleanCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.replace(/[\s-]/g, '');
  return /^[0-9]{6}$/.test(code) ? code : null;
}

/**
 * The time step `code` belongs to when it is right for `secret` now (± one step) and newer than
 * `afterStep` (so a code, once accepted, is never accepted again), else null.
 */
export async function totpStep(
  secret: string,
  code: string,
  afterStep: number | null,
  now = new Date(),
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Ten new recovery codes, as shown once: `abcd-efgh-jkmn-pqrs`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = '';
    for (let i = 0; i < 16; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return code.replace(/(.{4})(?=.)/g, '$1-');
  });
}

/** A typed recovery code as stored: lower case, without dashes or spaces; null when it cannot be one. */
export function cleanRecoveryCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.toLowerCase().replace(/[\s-]/g, '');
  return code.length === 16 && [...code].every((c) => RECOVERY_ALPHABET.includes(c)) ? code : null;
}

/** What the database keeps of a recovery code (79 random bits: a plain SHA-256 is enough). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
}

/** Whether any of a person's roles (site-wide or in an edition) is one that requires two factors. */
export function roleRequiresTwoFactor(
  staff: { role: StaffRole; editions: Readonly<Record<string, StaffRole>> },
  required: readonly StaffRole[],
): boolean {
  return [staff.role, ...Object.values(staff.editions)].some((r) => required.includes(r));
}

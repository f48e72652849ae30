/**
 * Password hashing with Node's built-in scrypt (memory-hard, no extra dependency).
 *
 * Stored format: `scrypt$N$r$p$<salt base64url>$<hash base64url>`. The parameters travel with
 * the hash so they can be raised later; `needsRehash` tells sign-in when to upgrade a hash.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** N=2^15, r=8 needs 32 MiB (128·N·r); Node's default limit is 32 MiB exactly, so allow more. */
const MAXMEM = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(password.normalize('NFC'), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export const PASSWORD_RULES = { min: 12, max: 256 } as const;

/** A human message explaining why the password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_RULES.min) return `Use at least ${PASSWORD_RULES.min} characters.`;
  if (length > PASSWORD_RULES.max) return `Use at most ${PASSWORD_RULES.max} characters.`;
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface Parsed {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

const INT = /^[1-9][0-9]{0,9}$/;
const B64URL = /^[A-Za-z0-9_-]+$/;

/** Parses a stored hash; null when malformed or its parameters are outside a sane range. */
function parse(stored: unknown): Parsed | null {
  if (typeof stored !== 'string' || stored.length > 512) return null;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, ns, rs, ps, saltText, hashText] = parts;
  if (!INT.test(ns) || !INT.test(rs) || !INT.test(ps)) return null;
  const n = Number(ns);
  const r = Number(rs);
  const p = Number(ps);
  // N must be a power of two in [2^14, 2^20]; r in 1..32; p in 1..16.
  if (n < 2 ** 14 || n > 2 ** 20 || (n & (n - 1)) !== 0) return null;
  if (r < 1 || r > 32 || p < 1 || p > 16) return null;
  if (!B64URL.test(saltText) || !B64URL.test(hashText)) return null;
  const salt = Buffer.from(saltText, 'base64url');
  const hash = Buffer.from(hashText, 'base64url');
  // Reject non-canonical encodings (e.g. a stray trailing character) and odd sizes.
  if (salt.toString('base64url') !== saltText || hash.toString('base64url') !== hashText) return null;
  if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > 64) return null;
  return { n, r, p, salt, hash };
}

/** True when `password` matches `stored`. Never throws: malformed input is simply false. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (typeof password !== 'string') return false;
  const parsed = parse(stored);
  if (!parsed) return false;
  try {
    const key = await scrypt(password, parsed.salt, parsed.hash.length, {
      N: parsed.n,
      r: parsed.r,
      p: parsed.p,
      maxmem: Math.max(MAXMEM, 2 * 128 * parsed.n * parsed.r),
    });
    return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
  } catch {
    return false;
  }
}

/** True when the stored hash is unreadable or uses weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return (
    parsed.n < N || parsed.r < R || parsed.p < P || parsed.hash.length < KEY_BYTES || parsed.salt.length < SALT_BYTES
  );
}

/**
 * A valid hash (current parameters) of a random string that was thrown away: verifying against
 * it costs the same time as a real check, so sign-in can do so when the e-mail is unknown.
 */
export const DUMMY_HASH = 'scrypt$32768$8$1$F14WPjog4rYfS2Uvl4HReA$NjXXcCEEtScsCQrQEUjUjn83IJ0D1JEBjmgCTCvRfW0';

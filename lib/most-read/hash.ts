/**
 * The dedupe key of one reading: sha256(salt of the day | client address | user agent | story |
 * hour). The salt is 32 random bytes made for each UTC day and held in this process's memory
 * only: it is never written to the database or a log, so once the day is over no one (us
 * included) can tell from a key who read what. Only the counts reach the database.
 */
import { createHash, randomBytes } from 'node:crypto';

export const DAY_MS = 86_400_000;

/** The UTC day number of `ms`. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Makes the salt of one day; replaced (and the old one forgotten) at UTC midnight. */
export class DailySalt {
  private day = -1;
  private salt: Buffer = Buffer.alloc(0);

  constructor(private readonly random: (size: number) => Buffer = randomBytes) {}

  /** The salt of `ms`'s UTC day, made on first use that day. */
  at(ms: number): Buffer {
    const day = dayOf(ms);
    if (day !== this.day) {
      this.day = day;
      this.salt = this.random(32);
    }
    return this.salt;
  }
}

/**
 * The reader's key for one story and hour: the first 16 bytes of the sha256 as base64 (22 chars;
 * collisions at 2^-64 odds per pair, and the set stays small in memory).
 */
export function readingKey(salt: Buffer, ip: string, userAgent: string, articleId: number, hour: number): string {
  return createHash('sha256')
    .update(salt)
    .update('|')
    .update(ip)
    .update('|')
    .update(userAgent)
    .update(`|${articleId}|${hour}`)
    .digest()
    .subarray(0, 16)
    .toString('base64');
}

/**
 * E-mailed single-use tokens (password resets, reader address verification) and what consuming
 * one changes. Only a token's SHA-256 is stored. Consuming is one conditional UPDATE (unused and
 * unexpired) in the same transaction as its effect, so two uses at once cannot both succeed.
 */
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { accountTokens, readers, readerSessions, staffSessions, staffUsers } from '../schema';

export type TokenPurpose = 'reset' | 'verify';
export type TokenSubject = 'staff' | 'reader';

export interface TokenRow {
  purpose: TokenPurpose;
  subjectType: TokenSubject;
  subjectId: number;
  email: string;
  edition: string;
  expiresAt: Date;
}

const tokenColumns = {
  purpose: accountTokens.purpose,
  subjectType: accountTokens.subjectType,
  subjectId: accountTokens.subjectId,
  email: accountTokens.email,
  edition: accountTokens.edition,
  expiresAt: accountTokens.expiresAt,
};

/** Stores a new token (its hash as `id`); tokens expired for a day are dropped on the way. */
export function insertAccountToken(v: TokenRow & { id: string; now: Date }): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(accountTokens)
      .where(lt(accountTokens.expiresAt, new Date(v.now.getTime() - 24 * 3600_000)))
      .run();
    tx.insert(accountTokens)
      .values({
        id: v.id,
        purpose: v.purpose,
        subjectType: v.subjectType,
        subjectId: v.subjectId,
        email: v.email,
        edition: v.edition,
        createdAt: v.now,
        expiresAt: v.expiresAt,
      })
      .run();
  });
}

/** A usable (unused, unexpired) token of `purpose`, read without consuming it; null otherwise. */
export function findUsableToken(id: string, purpose: TokenPurpose, now: Date): TokenRow | null {
  return (
    getDb()
      .select(tokenColumns)
      .from(accountTokens)
      .where(usable(id, purpose, now))
      .get() ?? null
  );
}

function usable(id: string, purpose: TokenPurpose, now: Date) {
  return and(
    eq(accountTokens.id, id),
    eq(accountTokens.purpose, purpose),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, now),
  );
}

/** The token row whatever its state (tests and the docs' claims: only the hash is stored). */
export function tokenById(id: string): (TokenRow & { usedAt: Date | null }) | null {
  return (
    getDb()
      .select({ ...tokenColumns, usedAt: accountTokens.usedAt })
      .from(accountTokens)
      .where(eq(accountTokens.id, id))
      .get() ?? null
  );
}

/**
 * Uses a reset token: in one transaction marks it used (only if unused and unexpired), sets the
 * account's new password hash, ends all the account's sessions, spends its other reset links and,
 * for a reader, marks the address verified (the link proved it). Null when the token was not usable
 * or the account is gone (or a staff account disabled).
 */
export function consumeResetToken(
  id: string,
  passwordHash: string,
  now: Date,
): { subjectType: TokenSubject; subjectId: number; email: string; edition: string; sessionsEnded: number } | null {
  const db = getDb();
  return db.transaction((tx) => {
    const token = tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(usable(id, 'reset', now))
      .returning(tokenColumns)
      .get();
    if (!token) return null;
    let changed: number;
    let sessionsEnded: number;
    if (token.subjectType === 'staff') {
      changed = tx
        .update(staffUsers)
        .set({ passwordHash })
        .where(and(eq(staffUsers.id, token.subjectId), isNull(staffUsers.disabledAt)))
        .run().changes;
      sessionsEnded = changed
        ? tx.delete(staffSessions).where(eq(staffSessions.userId, token.subjectId)).run().changes
        : 0;
    } else {
      changed = tx
        .update(readers)
        .set({
          passwordHash,
          // The link reached this address, so it is the reader's own (if it still is the account's).
          emailVerifiedAt: sql`coalesce(${readers.emailVerifiedAt}, CASE WHEN ${readers.email} = ${token.email} THEN ${Math.floor(now.getTime() / 1000)} END)`,
        })
        .where(eq(readers.id, token.subjectId))
        .run().changes;
      sessionsEnded = changed
        ? tx.delete(readerSessions).where(eq(readerSessions.readerId, token.subjectId)).run().changes
        : 0;
    }
    if (!changed) return null;
    tx.update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.subjectType, token.subjectType),
          eq(accountTokens.subjectId, token.subjectId),
          eq(accountTokens.purpose, 'reset'),
          isNull(accountTokens.usedAt),
        ),
      )
      .run();
    return { ...token, sessionsEnded };
  });
}

/**
 * Uses a verification token: marks it used and the reader's address verified, if the account
 * still has the address the link was sent to. The reader's id, or null when not usable.
 */
export function consumeVerifyToken(id: string, now: Date): { readerId: number; edition: string } | null {
  const db = getDb();
  return db.transaction((tx) => {
    const token = tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(usable(id, 'verify', now), eq(accountTokens.subjectType, 'reader')))
      .returning(tokenColumns)
      .get();
    if (!token) return null;
    const changed = tx
      .update(readers)
      .set({ emailVerifiedAt: sql`coalesce(${readers.emailVerifiedAt}, ${Math.floor(now.getTime() / 1000)})` })
      .where(and(eq(readers.id, token.subjectId), eq(readers.email, token.email)))
      .run().changes;
    return changed ? { readerId: token.subjectId, edition: token.edition } : null;
  });
}

/** When the reader's address was verified, or null (unverified, or no such reader). */
export function readerVerifiedAt(readerId: number): Date | null {
  return (
    getDb().select({ at: readers.emailVerifiedAt }).from(readers).where(eq(readers.id, readerId)).get()?.at ?? null
  );
}

/** An account that may be sent a reset link, by address: staff (enabled) or reader. */
export function accountForReset(kind: TokenSubject, email: string): { id: number; name: string; email: string } | null {
  const address = email.toLowerCase();
  if (kind === 'staff')
    return (
      getDb()
        .select({ id: staffUsers.id, name: staffUsers.name, email: staffUsers.email })
        .from(staffUsers)
        .where(and(eq(staffUsers.email, address), isNull(staffUsers.disabledAt)))
        .get() ?? null
    );
  return (
    getDb()
      .select({ id: readers.id, name: readers.name, email: readers.email })
      .from(readers)
      .where(eq(readers.email, address))
      .get() ?? null
  );
}

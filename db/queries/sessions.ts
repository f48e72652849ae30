/**
 * Staff and reader sessions share one shape (schema.ts sessionColumns): the cookie token's hash
 * as id, an owner, when it was made and last seen, its absolute expiry, and where it came from.
 * These are the reads and writes both kinds make alike; each module adds its owner.
 */
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { readerSessions, staffSessions } from '../schema';

type SessionTable = typeof staffSessions | typeof readerSessions;

/** What a new session starts with, besides its owner. */
export interface NewSession {
  id: string;
  now: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string;
}

/** A new session's row, besides its owner (the user agent is cut to 300 characters). */
export function sessionRow(v: NewSession) {
  return {
    id: v.id,
    createdAt: v.now,
    lastSeenAt: v.now,
    expiresAt: v.expiresAt,
    ip: v.ip,
    userAgent: v.userAgent.slice(0, 300),
  };
}

/** The columns a session look-up reads, besides its owner. */
export function sessionFields(table: SessionTable) {
  return { id: table.id, lastSeenAt: table.lastSeenAt, expiresAt: table.expiresAt };
}

export function touchSessionIn(table: SessionTable, id: string, now: Date): void {
  getDb().update(table).set({ lastSeenAt: now }).where(eq(table.id, id)).run();
}

export function deleteSessionIn(table: SessionTable, id: string): void {
  getDb().delete(table).where(eq(table.id, id)).run();
}

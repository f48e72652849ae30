/**
 * Staff accounts, their sessions, sign-in throttling counters and the audit log.
 * Session ids are SHA-256 hashes of the cookie tokens (made in lib/auth/session.ts).
 */
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { auditLog, signInThrottle, staffSessions, staffUsers, type StaffRole } from '../schema';

export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  authorId: number | null;
}

const userColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffUsers.role,
  authorId: staffUsers.authorId,
};

export function createStaffUser(v: { email: string; name: string; passwordHash: string; role: StaffRole; authorId?: number | null }): StaffUser {
  return getDb()
    .insert(staffUsers)
    .values({ email: v.email.toLowerCase(), name: v.name, passwordHash: v.passwordHash, role: v.role, authorId: v.authorId ?? null })
    .returning(userColumns)
    .get();
}

/** An enabled account by e-mail, with its password hash, for signing in. */
export function findStaffForSignIn(email: string): (StaffUser & { passwordHash: string }) | null {
  return (
    getDb()
      .select({ ...userColumns, passwordHash: staffUsers.passwordHash })
      .from(staffUsers)
      .where(and(eq(staffUsers.email, email.toLowerCase()), sql`${staffUsers.disabledAt} IS NULL`))
      .get() ?? null
  );
}

export function setStaffPasswordHash(userId: number, passwordHash: string): void {
  getDb().update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, userId)).run();
}

export function insertSession(v: { id: string; userId: number; now: Date; expiresAt: Date; ip: string; userAgent: string }): void {
  getDb()
    .insert(staffSessions)
    .values({ id: v.id, userId: v.userId, createdAt: v.now, lastSeenAt: v.now, expiresAt: v.expiresAt, ip: v.ip, userAgent: v.userAgent.slice(0, 300) })
    .run();
}

/** A session with its (enabled) user, or null. Expiry is judged by the caller. */
export function findSession(id: string): { id: string; lastSeenAt: Date; expiresAt: Date; user: StaffUser } | null {
  const row = getDb()
    .select({ id: staffSessions.id, lastSeenAt: staffSessions.lastSeenAt, expiresAt: staffSessions.expiresAt, user: userColumns })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(and(eq(staffSessions.id, id), sql`${staffUsers.disabledAt} IS NULL`))
    .get();
  return row ?? null;
}

export function touchSession(id: string, now: Date): void {
  getDb().update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, id)).run();
}

export function deleteSession(id: string): void {
  getDb().delete(staffSessions).where(eq(staffSessions.id, id)).run();
}

export function deleteSessionsOfUser(userId: number): number {
  return getDb().delete(staffSessions).where(eq(staffSessions.userId, userId)).run().changes;
}

/** Drops sessions past their absolute expiry or idle for longer than `idleSince`. */
export function deleteExpiredSessions(now: Date, idleSince: Date): number {
  return getDb()
    .delete(staffSessions)
    .where(or(lt(staffSessions.expiresAt, now), lt(staffSessions.lastSeenAt, idleSince)))
    .run().changes;
}

export interface ThrottleRow {
  key: string;
  failures: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

export function getThrottle(keys: string[]): ThrottleRow[] {
  if (keys.length === 0) return [];
  return getDb()
    .select()
    .from(signInThrottle)
    .where(or(...keys.map((k) => eq(signInThrottle.key, k))))
    .all();
}

export function saveThrottle(rows: ThrottleRow[]): void {
  const db = getDb();
  db.transaction((tx) => {
    for (const row of rows) {
      tx.insert(signInThrottle)
        .values(row)
        .onConflictDoUpdate({
          target: signInThrottle.key,
          set: { failures: row.failures, windowStart: row.windowStart, blockedUntil: row.blockedUntil },
        })
        .run();
    }
  });
}

export function clearThrottle(keys: string[]): void {
  if (keys.length === 0) return;
  getDb()
    .delete(signInThrottle)
    .where(or(...keys.map((k) => eq(signInThrottle.key, k))))
    .run();
}

export function recordAudit(v: {
  actorId: number | null;
  action: string;
  subjectType?: string;
  subjectId?: string | number;
  details?: Record<string, unknown>;
  ip?: string;
}): void {
  getDb()
    .insert(auditLog)
    .values({
      actorId: v.actorId,
      action: v.action,
      subjectType: v.subjectType ?? '',
      subjectId: v.subjectId === undefined ? '' : String(v.subjectId),
      details: v.details ?? null,
      ip: v.ip ?? '',
    })
    .run();
}

export function listAudit(limit = 50): { id: number; at: string; action: string; actor: string | null; subject: string; ip: string }[] {
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actor: staffUsers.name,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
    .map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actor: r.actor,
      subject: r.subjectType ? `${r.subjectType} ${r.subjectId}` : '',
      ip: r.ip,
    }));
}

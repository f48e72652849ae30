/**
 * Two-factor sign-in (lib/auth/two-factor.ts decides; this only reads and writes): TOTP secrets,
 * recovery codes (their hashes), pending sign-ins and the roles that require two factors. Every
 * change that matters is one transaction with its audit entry.
 */
import { and, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb } from '../client';
import {
  auditLog,
  pendingSignIns,
  staffEditions,
  staffRecoveryCodes,
  staffSessions,
  staffTwoFactor,
  staffUsers,
  twoFactorRoles,
  STAFF_ROLES,
  type PendingSignInStep,
  type StaffRole,
} from '../schema';
import { writeAudit, type Actor } from './shared';

export interface TwoFactorRow {
  secret: string;
  enabledAt: Date | null;
  lastStep: number | null;
}

export function getTwoFactor(staffId: number): TwoFactorRow | null {
  return (
    getDb()
      .select({
        secret: staffTwoFactor.secret,
        enabledAt: staffTwoFactor.enabledAt,
        lastStep: staffTwoFactor.lastStep,
      })
      .from(staffTwoFactor)
      .where(eq(staffTwoFactor.staffId, staffId))
      .get() ?? null
  );
}

/** Starts (or starts again) a setup: a new secret waiting for its first code. Refused while two-factor is on. */
export function beginTwoFactorSetup(staffId: number, secret: string, who: Actor): boolean {
  return getDb().transaction((tx) => {
    const row = tx
      .select({ enabledAt: staffTwoFactor.enabledAt })
      .from(staffTwoFactor)
      .where(eq(staffTwoFactor.staffId, staffId))
      .get();
    if (row?.enabledAt) return false;
    tx.insert(staffTwoFactor)
      .values({ staffId, secret, enabledAt: null, lastStep: null })
      .onConflictDoUpdate({ target: staffTwoFactor.staffId, set: { secret, lastStep: null } })
      .run();
    writeAudit(tx, who, 'two-factor.setup', 'staff', staffId);
    return true;
  });
}

/**
 * Records an accepted code's time step, only if it is newer than the last one accepted (two
 * requests with the same code: one wins). `enable` also turns a waiting setup on, with its
 * recovery codes, in the same transaction.
 */
export function acceptTimeStep(
  staffId: number,
  step: number,
  enable?: { codeHashes: string[]; who: Actor; now: Date },
): boolean {
  return getDb().transaction((tx) => {
    const changed = tx
      .update(staffTwoFactor)
      .set({ lastStep: step, ...(enable ? { enabledAt: enable.now } : {}) })
      .where(
        and(
          eq(staffTwoFactor.staffId, staffId),
          or(isNull(staffTwoFactor.lastStep), lt(staffTwoFactor.lastStep, step)),
          enable ? isNull(staffTwoFactor.enabledAt) : sql`${staffTwoFactor.enabledAt} IS NOT NULL`,
        ),
      )
      .run().changes;
    if (!changed) return false;
    if (enable) {
      replaceCodes(tx, staffId, enable.codeHashes);
      writeAudit(tx, enable.who, 'two-factor.enable', 'staff', staffId);
    }
    return true;
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

function replaceCodes(tx: Tx, staffId: number, hashes: string[]): void {
  tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId)).run();
  if (hashes.length)
    tx.insert(staffRecoveryCodes)
      .values(hashes.map((codeHash) => ({ staffId, codeHash })))
      .run();
}

/** A new set of recovery codes in place of the old (two-factor must be on). */
export function replaceRecoveryCodes(staffId: number, hashes: string[], who: Actor): boolean {
  return getDb().transaction((tx) => {
    const on = tx
      .select({ enabledAt: staffTwoFactor.enabledAt })
      .from(staffTwoFactor)
      .where(eq(staffTwoFactor.staffId, staffId))
      .get()?.enabledAt;
    if (!on) return false;
    replaceCodes(tx, staffId, hashes);
    writeAudit(tx, who, 'two-factor.recovery-codes', 'staff', staffId, { count: hashes.length });
    return true;
  });
}

/** Uses up one recovery code: true only for the call that marked it used. */
export function spendRecoveryCode(staffId: number, codeHash: string, now: Date): { used: boolean; left: number } {
  return getDb().transaction((tx) => {
    const used =
      tx
        .update(staffRecoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(staffRecoveryCodes.staffId, staffId),
            eq(staffRecoveryCodes.codeHash, codeHash),
            isNull(staffRecoveryCodes.usedAt),
          ),
        )
        .run().changes > 0;
    return { used, left: countCodesLeft(tx, staffId) };
  });
}

function countCodesLeft(db: Pick<Tx, 'select'>, staffId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(staffRecoveryCodes)
      .where(and(eq(staffRecoveryCodes.staffId, staffId), isNull(staffRecoveryCodes.usedAt)))
      .get()?.n ?? 0
  );
}

export function recoveryCodesLeft(staffId: number): number {
  return countCodesLeft(getDb(), staffId);
}

/**
 * Turns two-factor off (or an administrator's reset of a colleague's): the secret and the
 * recovery codes go, with the audit entry `action`. False when there was nothing to remove.
 */
export function removeTwoFactor(staffId: number, who: Actor, action: string): boolean {
  return getDb().transaction((tx) => {
    const removed = tx.delete(staffTwoFactor).where(eq(staffTwoFactor.staffId, staffId)).run().changes > 0;
    tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId)).run();
    tx.delete(pendingSignIns).where(eq(pendingSignIns.staffId, staffId)).run();
    if (removed) writeAudit(tx, who, action, 'staff', staffId);
    return removed;
  });
}

// --- Pending sign-ins ------------------------------------------------------------------------

export function insertPendingSignIn(v: {
  id: string;
  staffId: number;
  step: PendingSignInStep;
  next: string;
  expiresAt: Date;
  now: Date;
}): void {
  const db = getDb();
  db.transaction((tx) => {
    // One pending sign-in per person at a time; expired ones of anyone are swept on the way.
    tx.delete(pendingSignIns)
      .where(or(eq(pendingSignIns.staffId, v.staffId), lt(pendingSignIns.expiresAt, v.now)))
      .run();
    tx.insert(pendingSignIns)
      .values({ id: v.id, staffId: v.staffId, step: v.step, next: v.next, expiresAt: v.expiresAt, createdAt: v.now })
      .run();
  });
}

export interface PendingSignIn {
  id: string;
  staffId: number;
  email: string;
  name: string;
  step: PendingSignInStep;
  next: string;
}

/** A live pending sign-in of an enabled account, or null. */
export function findPendingSignIn(id: string, now: Date): PendingSignIn | null {
  return (
    getDb()
      .select({
        id: pendingSignIns.id,
        staffId: pendingSignIns.staffId,
        email: staffUsers.email,
        name: staffUsers.name,
        step: pendingSignIns.step,
        next: pendingSignIns.next,
      })
      .from(pendingSignIns)
      .innerJoin(staffUsers, eq(staffUsers.id, pendingSignIns.staffId))
      .where(and(eq(pendingSignIns.id, id), gt(pendingSignIns.expiresAt, now), isNull(staffUsers.disabledAt)))
      .get() ?? null
  );
}

/** Moves a pending sign-in from one step to the next; false when it was no longer at `from`. */
export function advancePendingSignIn(id: string, from: PendingSignInStep, to: PendingSignInStep): boolean {
  return (
    getDb()
      .update(pendingSignIns)
      .set({ step: to })
      .where(and(eq(pendingSignIns.id, id), eq(pendingSignIns.step, from)))
      .run().changes > 0
  );
}

/** Ends a pending sign-in; true for the one call that removed it (a second step is done once). */
export function deletePendingSignIn(id: string): boolean {
  return getDb().delete(pendingSignIns).where(eq(pendingSignIns.id, id)).run().changes > 0;
}

// --- Roles that require two factors ----------------------------------------------------------

export function rolesRequiringTwoFactor(): StaffRole[] {
  const set = new Set(
    getDb()
      .select({ role: twoFactorRoles.role })
      .from(twoFactorRoles)
      .all()
      .map((r) => r.role),
  );
  return STAFF_ROLES.filter((r) => set.has(r));
}

/**
 * Requires (or stops requiring) two factors of a role's members. Turning it on also ends the
 * sessions of the members who have not set it up, so they meet the requirement at their next
 * sign-in rather than whenever their session ends. Members are those whose site-wide role or any
 * edition role is `role`.
 */
export function setRoleRequiresTwoFactor(
  role: StaffRole,
  required: boolean,
  who: Actor,
): { changed: boolean; sessionsEnded: number } {
  return getDb().transaction((tx) => {
    const now = tx
      .select({ role: twoFactorRoles.role })
      .from(twoFactorRoles)
      .where(eq(twoFactorRoles.role, role))
      .get();
    if (!!now === required) return { changed: false, sessionsEnded: 0 };
    let sessionsEnded = 0;
    if (required) {
      tx.insert(twoFactorRoles).values({ role }).run();
      const members = tx
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .leftJoin(staffTwoFactor, eq(staffTwoFactor.staffId, staffUsers.id))
        .where(
          and(
            sql`${staffTwoFactor.enabledAt} IS NULL`,
            or(
              eq(staffUsers.role, role),
              inArray(
                staffUsers.id,
                tx
                  .select({ id: staffEditions.staffId })
                  .from(staffEditions)
                  .where(sql`${staffEditions.role} = ${role}`),
              ),
            ),
          ),
        )
        .all()
        .map((r) => r.id);
      if (members.length)
        sessionsEnded = tx.delete(staffSessions).where(inArray(staffSessions.userId, members)).run().changes;
    } else {
      tx.delete(twoFactorRoles).where(eq(twoFactorRoles.role, role)).run();
    }
    tx.insert(auditLog)
      .values({
        actorId: who.actorId,
        action: 'two-factor.policy',
        subjectType: 'role',
        subjectId: role,
        details: { required, sessionsEnded },
        ip: who.ip,
      })
      .run();
    return { changed: true, sessionsEnded };
  });
}

/** Two-factor status of every account, for the staff list: id → 'on' | 'setting-up'. */
export function twoFactorStatuses(): Map<number, 'on' | 'setting-up'> {
  const rows = getDb()
    .select({ staffId: staffTwoFactor.staffId, enabledAt: staffTwoFactor.enabledAt })
    .from(staffTwoFactor)
    .all();
  return new Map(rows.map((r) => [r.staffId, r.enabledAt ? 'on' : 'setting-up']));
}

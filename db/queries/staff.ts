/**
 * Staff accounts, their sessions, sign-in throttling counters and the audit log.
 * Session ids are SHA-256 hashes of the cookie tokens (made in lib/auth/session.ts).
 */
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { getDb, type DB } from '../client';
import {
  auditLog,
  authors,
  signInThrottle,
  staffEditions,
  staffSessions,
  staffUsers,
  STAFF_ROLES,
  type EditionRole,
  type StaffRole,
} from '../schema';
import { escapeLike, isUniqueViolation, writeAudit, type Actor } from './shared';
import { deleteSessionIn, sessionFields, sessionRow, touchSessionIn, type NewSession } from './sessions';

export interface StaffUser {
  id: number;
  email: string;
  name: string;
  /** 'admin' (the whole site), else the highest of `editions` (db/schema.ts staffUsers.role). */
  role: StaffRole;
  authorId: number | null;
  /** The zone the newsroom's date fields use (lib/zoned-time.ts); null: the browser's. */
  timeZone: string | null;
  /** Edition code → role there (lib/auth/roles.ts canIn); empty for administrators, who hold every edition. */
  editions: Record<string, StaffRole>;
}

/** Edition code → role: what an account may do in each edition. */
export type EditionRoles = Record<string, EditionRole>;

/** The edition roles of `ids`' accounts, in one query. */
function editionRolesOf(db: Pick<DB, 'select'>, ids: number[]): Map<number, Record<string, StaffRole>> {
  const byId = new Map<number, Record<string, StaffRole>>(ids.map((id) => [id, {}]));
  if (!ids.length) return byId;
  const rows = db
    .select({ staffId: staffEditions.staffId, edition: staffEditions.edition, role: staffEditions.role })
    .from(staffEditions)
    .where(inArray(staffEditions.staffId, ids))
    .orderBy(staffEditions.edition)
    .all();
  for (const r of rows) byId.get(r.staffId)![r.edition] = r.role;
  return byId;
}

function withEditions<U extends { id: number }>(
  db: Pick<DB, 'select'>,
  user: U,
): U & { editions: Record<string, StaffRole> } {
  return { ...user, editions: editionRolesOf(db, [user.id]).get(user.id) ?? {} };
}

/** The highest of `roles` (contributor < author < editor), the value staff_users.role holds for non-admins. */
export function highestEditionRole(roles: EditionRoles): EditionRole | null {
  let best: EditionRole | null = null;
  for (const r of Object.values(roles))
    if (best === null || STAFF_ROLES.indexOf(r) > STAFF_ROLES.indexOf(best)) best = r;
  return best;
}

/** Replaces an account's edition rows (inside the caller's transaction); administrators keep none. */
function writeEditionRoles(tx: Pick<DB, 'delete' | 'insert'>, staffId: number, roles: EditionRoles): void {
  tx.delete(staffEditions).where(eq(staffEditions.staffId, staffId)).run();
  const rows = Object.entries(roles).map(([edition, role]) => ({ staffId, edition, role }));
  if (rows.length) tx.insert(staffEditions).values(rows).run();
}

const userColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffUsers.role,
  authorId: staffUsers.authorId,
  timeZone: staffUsers.timeZone,
};

/**
 * An account (the CLI, tests): a non-administrator holds `role` in each of `editions`, which must
 * name at least one; an administrator holds every edition and `editions` is ignored.
 */
export function createStaffUser(v: {
  email: string;
  name: string;
  passwordHash: string;
  role: StaffRole;
  editions: readonly string[];
  authorId?: number | null;
}): StaffUser {
  const role = v.role;
  const roles: EditionRoles =
    role === 'admin' ? {} : Object.fromEntries([...new Set(v.editions)].map((code) => [code, role]));
  if (role !== 'admin' && !Object.keys(roles).length) throw new Error('a non-administrator needs an edition');
  return getDb().transaction((tx) => {
    const user = tx
      .insert(staffUsers)
      .values({
        email: v.email.toLowerCase(),
        name: v.name,
        passwordHash: v.passwordHash,
        role,
        authorId: v.authorId ?? null,
      })
      .returning(userColumns)
      .get();
    writeEditionRoles(tx, user.id, roles);
    return withEditions(tx, user);
  });
}

/** An enabled account by e-mail, with its password hash, for signing in. */
export function findStaffForSignIn(email: string): (StaffUser & { passwordHash: string }) | null {
  const db = getDb();
  const row = db
    .select({ ...userColumns, passwordHash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(and(eq(staffUsers.email, email.toLowerCase()), sql`${staffUsers.disabledAt} IS NULL`))
    .get();
  return row ? withEditions(db, row) : null;
}

export function setStaffPasswordHash(userId: number, passwordHash: string): void {
  getDb().update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, userId)).run();
}

export function insertSession(v: NewSession & { userId: number }): void {
  getDb()
    .insert(staffSessions)
    .values({ ...sessionRow(v), userId: v.userId })
    .run();
}

/** A session with its (enabled) user, or null. Expiry is judged by the caller. */
export function findSession(id: string): { id: string; lastSeenAt: Date; expiresAt: Date; user: StaffUser } | null {
  const db = getDb();
  const row = db
    .select({ ...sessionFields(staffSessions), user: userColumns })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(and(eq(staffSessions.id, id), sql`${staffUsers.disabledAt} IS NULL`))
    .get();
  // Read at every request, so a role changed by an administrator applies at the next one.
  return row ? { ...row, user: withEditions(db, row.user) } : null;
}

export function touchSession(id: string, now: Date): void {
  touchSessionIn(staffSessions, id, now);
}

export function deleteSession(id: string): void {
  deleteSessionIn(staffSessions, id);
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

// ---------------------------------------------------------------------------------------------
// Staff management (/admin/staff) and the audit log page (/admin/audit). Each write is one
// transaction with its audit entry; the last-admin check runs inside it.

/** Who is writing, for the audit log. */
export type StaffActor = Actor;

export interface StaffAccount extends StaffUser {
  authorName: string | null;
  createdAt: string;
  disabledAt: string | null;
  /** The newest successful sign-in, from the audit log. */
  lastSignInAt: string | null;
}

function staffAudit(
  tx: Pick<DB, 'insert'>,
  who: StaffActor,
  action: string,
  subjectId: number,
  details?: Record<string, unknown>,
): void {
  writeAudit(tx, who, action, 'staff', subjectId, details);
}

function accountQuery(db: Pick<DB, 'select'>) {
  return db
    .select({
      ...userColumns,
      authorName: authors.name,
      createdAt: staffUsers.createdAt,
      disabledAt: staffUsers.disabledAt,
    })
    .from(staffUsers)
    .leftJoin(authors, eq(authors.id, staffUsers.authorId));
}

type AccountRow = { createdAt: Date; disabledAt: Date | null } & Omit<
  StaffAccount,
  'createdAt' | 'disabledAt' | 'lastSignInAt' | 'editions'
>;

function toAccount(
  r: AccountRow,
  lastSignIn: Map<string, number>,
  roles: Map<number, Record<string, StaffRole>>,
): StaffAccount {
  const last = lastSignIn.get(String(r.id));
  return {
    ...r,
    editions: roles.get(r.id) ?? {},
    createdAt: r.createdAt.toISOString(),
    disabledAt: r.disabledAt ? r.disabledAt.toISOString() : null,
    lastSignInAt: last ? new Date(last * 1000).toISOString() : null,
  };
}

/** Newest sign-in per account id (one grouped pass over the sign-in entries of the audit log). */
function lastSignIns(db: Pick<DB, 'select'>, userId?: number): Map<string, number> {
  const rows = db
    .select({ subjectId: auditLog.subjectId, at: sql<number>`max(${auditLog.at})` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'sign-in'),
        eq(auditLog.subjectType, 'staff'),
        userId === undefined ? undefined : eq(auditLog.subjectId, String(userId)),
      ),
    )
    .groupBy(auditLog.subjectId)
    .all();
  return new Map(rows.map((r) => [r.subjectId, Number(r.at)]));
}

/** Every staff account, enabled ones first, by name. */
export function listStaffAccounts(): StaffAccount[] {
  const db = getDb();
  const last = lastSignIns(db);
  const rows = accountQuery(db)
    .orderBy(sql`${staffUsers.disabledAt} IS NOT NULL`, sql`${staffUsers.name} COLLATE NOCASE`, staffUsers.id)
    .all();
  const roles = editionRolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAccount(r, last, roles));
}

export function getStaffAccount(id: number): StaffAccount | null {
  const db = getDb();
  const row = accountQuery(db).where(eq(staffUsers.id, id)).get();
  return row ? toAccount(row, lastSignIns(db, id), editionRolesOf(db, [id])) : null;
}

/** Enabled administrators other than `exceptId`. */
function otherActiveAdmins(tx: Pick<DB, 'select'>, exceptId: number): number {
  return (
    tx
      .select({ n: sql<number>`count(*)` })
      .from(staffUsers)
      .where(
        and(eq(staffUsers.role, 'admin'), sql`${staffUsers.disabledAt} IS NULL`, sql`${staffUsers.id} <> ${exceptId}`),
      )
      .get()?.n ?? 0
  );
}

export function authorExists(authorId: number, db: Pick<DB, 'select'> = getDb()): boolean {
  return !!db.select({ id: authors.id }).from(authors).where(eq(authors.id, authorId)).get();
}

/** The account's role and whether it is disabled, read inside a write's transaction. */
function roleState(tx: Pick<DB, 'select'>, id: number) {
  return tx
    .select({ role: staffUsers.role, disabledAt: staffUsers.disabledAt })
    .from(staffUsers)
    .where(eq(staffUsers.id, id))
    .get();
}

/** What an account may do: administrator of the whole site, or a role per edition (at least one). */
export interface StaffRoles {
  admin: boolean;
  /** Ignored (stored as none) for administrators. */
  editions: EditionRoles;
}

/** staff_users.role and the edition rows for `roles`; null when a non-administrator has no edition. */
function roleColumns(roles: StaffRoles): { role: StaffRole; editions: EditionRoles } | null {
  if (roles.admin) return { role: 'admin', editions: {} };
  const highest = highestEditionRole(roles.editions);
  return highest ? { role: highest, editions: { ...roles.editions } } : null;
}

export function insertStaffAccount(
  v: { email: string; name: string; passwordHash: string; roles: StaffRoles; authorId: number | null },
  who: StaffActor,
): { ok: true; user: StaffUser } | { ok: false; reason: 'email-taken' | 'author-not-found' | 'no-edition' } {
  const email = v.email.toLowerCase();
  const columns = roleColumns(v.roles);
  if (!columns) return { ok: false, reason: 'no-edition' };
  try {
    return getDb().transaction((tx) => {
      if (tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)).get()) {
        return { ok: false, reason: 'email-taken' } as const;
      }
      if (v.authorId !== null && !authorExists(v.authorId, tx)) {
        return { ok: false, reason: 'author-not-found' } as const;
      }
      const user = tx
        .insert(staffUsers)
        .values({ email, name: v.name, passwordHash: v.passwordHash, role: columns.role, authorId: v.authorId })
        .returning(userColumns)
        .get();
      writeEditionRoles(tx, user.id, columns.editions);
      staffAudit(tx, who, 'staff.create', user.id, {
        email,
        role: columns.role,
        editions: columns.editions,
        authorId: v.authorId,
      });
      return { ok: true, user: withEditions(tx, user) } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'email-taken' };
    throw error;
  }
}

export type StaffChangeResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'not-found' | 'last-admin' | 'author-not-found' | 'no-edition' };

const sameRoles = (a: EditionRoles, b: EditionRoles) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([code, role]) => b[code] === role);

/**
 * Changes what an account may do: staff_users.role and its edition rows together, in one
 * transaction with the audit entry (from/to with the editions). The last enabled administrator
 * cannot stop being one.
 */
export function changeStaffRoles(id: number, roles: StaffRoles, who: StaffActor): StaffChangeResult {
  const next = roleColumns(roles);
  if (!next) return { ok: false, reason: 'no-edition' };
  return getDb().transaction((tx) => {
    const user = roleState(tx, id);
    if (!user) return { ok: false, reason: 'not-found' } as const;
    const before = (editionRolesOf(tx, [id]).get(id) ?? {}) as EditionRoles;
    if (user.role === next.role && sameRoles(before, next.editions)) return { ok: true, changed: false } as const;
    if (user.role === 'admin' && next.role !== 'admin' && !user.disabledAt && otherActiveAdmins(tx, id) === 0)
      return { ok: false, reason: 'last-admin' } as const;
    tx.update(staffUsers).set({ role: next.role }).where(eq(staffUsers.id, id)).run();
    writeEditionRoles(tx, id, next.editions);
    staffAudit(tx, who, 'staff.role', id, {
      from: { role: user.role, editions: before },
      to: { role: next.role, editions: next.editions },
    });
    return { ok: true, changed: true } as const;
  });
}

/**
 * Disables (and ends every session of) or re-enables an account. A disabled account cannot
 * sign in (findStaffForSignIn) and its sessions no longer open (findSession).
 */
export function setStaffDisabled(
  id: number,
  disabled: boolean,
  who: StaffActor,
  now = new Date(),
): StaffChangeResult & { sessionsEnded?: number } {
  return getDb().transaction((tx) => {
    const user = roleState(tx, id);
    if (!user) return { ok: false, reason: 'not-found' } as const;
    if (!!user.disabledAt === disabled) return { ok: true, changed: false, sessionsEnded: 0 } as const;
    if (disabled && user.role === 'admin' && otherActiveAdmins(tx, id) === 0)
      return { ok: false, reason: 'last-admin' } as const;
    tx.update(staffUsers)
      .set({ disabledAt: disabled ? now : null })
      .where(eq(staffUsers.id, id))
      .run();
    const sessionsEnded = disabled ? tx.delete(staffSessions).where(eq(staffSessions.userId, id)).run().changes : 0;
    staffAudit(tx, who, disabled ? 'staff.disable' : 'staff.enable', id, disabled ? { sessionsEnded } : undefined);
    return { ok: true, changed: true, sessionsEnded } as const;
  });
}

/** Sets a new password hash and ends every session of the account. */
export function resetStaffPassword(
  id: number,
  passwordHash: string,
  who: StaffActor,
): StaffChangeResult & { sessionsEnded?: number } {
  return getDb().transaction((tx) => {
    const user = tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.id, id)).get();
    if (!user) return { ok: false, reason: 'not-found' } as const;
    tx.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, id)).run();
    const sessionsEnded = tx.delete(staffSessions).where(eq(staffSessions.userId, id)).run().changes;
    staffAudit(tx, who, 'staff.password', id, { sessionsEnded });
    return { ok: true, changed: true, sessionsEnded } as const;
  });
}

/** Links an account to a byline (or unlinks it with null). */
export function setStaffByline(id: number, authorId: number | null, who: StaffActor): StaffChangeResult {
  return getDb().transaction((tx) => {
    const user = tx.select({ authorId: staffUsers.authorId }).from(staffUsers).where(eq(staffUsers.id, id)).get();
    if (!user) return { ok: false, reason: 'not-found' } as const;
    if (authorId !== null && !authorExists(authorId, tx)) {
      return { ok: false, reason: 'author-not-found' } as const;
    }
    if (user.authorId === authorId) return { ok: true, changed: false } as const;
    tx.update(staffUsers).set({ authorId }).where(eq(staffUsers.id, id)).run();
    staffAudit(tx, who, 'staff.byline', id, { from: user.authorId, to: authorId });
    return { ok: true, changed: true } as const;
  });
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  actor: string | null;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown> | null;
  ip: string;
}

/** A page of the audit log, newest first, optionally only actions starting with `actionPrefix`. */
export function listAuditPage(f: { page: number; perPage: number; actionPrefix?: string }): {
  items: AuditEntry[];
  total: number;
} {
  const db = getDb();
  const where = f.actionPrefix
    ? sql`${auditLog.action} LIKE ${`${escapeLike(f.actionPrefix)}%`} ESCAPE '\\'`
    : undefined;
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where)
      .get()?.n ?? 0;
  const items = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actor: staffUsers.name,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(f.perPage)
    .offset((f.page - 1) * f.perPage)
    .all()
    .map((r) => ({ ...r, at: r.at.toISOString() }));
  return { items, total };
}

/** Sets the zone an account's newsroom date fields use (null: the browser's), with its audit entry. */
export function setStaffTimeZone(staffId: number, timeZone: string | null, who: Actor): void {
  getDb().transaction((tx) => {
    tx.update(staffUsers).set({ timeZone }).where(eq(staffUsers.id, staffId)).run();
    writeAudit(tx, who, 'profile.time-zone', 'staff', staffId, { timeZone });
  });
}

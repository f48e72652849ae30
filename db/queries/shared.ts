/**
 * Small pieces several query modules need alike: the audit entry a newsroom write leaves, the
 * UNIQUE failure a write can meet, LIKE patterns from what someone typed, and "which of these
 * ids" sets.
 */
import { and, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb, type DB } from '../client';
import { auditLog } from '../schema';

/** The database or a transaction on it. */
export type Queryable = Pick<DB, 'select' | 'insert' | 'update' | 'delete'>;

/** Who is writing, for the audit log. */
export interface Actor {
  actorId: number;
  ip: string;
}

/** Records one audit entry for a write by `who` (inside the write's transaction). */
export function writeAudit(
  tx: Pick<DB, 'insert'>,
  who: Actor,
  action: string,
  subjectType: string,
  subjectId: number,
  details?: Record<string, unknown>,
): void {
  tx.insert(auditLog)
    .values({
      actorId: who.actorId,
      action,
      subjectType,
      subjectId: String(subjectId),
      details: details ?? null,
      ip: who.ip,
    })
    .run();
}

/** A UNIQUE constraint failure from SQLite (a value taken between our check and the write). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** `text` with LIKE's own characters escaped, for a pattern used with `ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Which of `ids` stand in `column` among the rows `where` allows, in one indexed query (none
 * when `ids` is empty).
 */
export function presentIds(column: SQLiteColumn, ids: number[], where?: SQL): Set<number> {
  if (!ids.length) return new Set();
  const inIds = inArray(column, ids);
  return new Set(
    getDb()
      .select({ id: column })
      .from(column.table)
      .where(where ? and(where, inIds) : inIds)
      .all()
      .map((r) => r.id as number),
  );
}

/**
 * The queue of repeated cache invalidations (table cache_followups): a render that was already
 * running when an article changed can store the old page after the first invalidation, so each
 * change is expired a second time a moment later by the scheduler (lib/newsroom/scheduler.ts).
 */
import { asc, lte, min } from 'drizzle-orm';
import { getDb } from '../client';
import { cacheFollowups } from '../schema';

export function queueFollowup(payload: unknown, dueAt: Date): void {
  getDb()
    .insert(cacheFollowups)
    .values({ payload: JSON.stringify(payload), dueAt })
    .run();
}

/** When the next follow-up falls due (an indexed min), or null when none is queued. */
export function nextFollowupAt(): Date | null {
  const row = getDb()
    .select({ at: min(cacheFollowups.dueAt) })
    .from(cacheFollowups)
    .get();
  return row?.at ?? null;
}

/** Removes and returns every follow-up due by `now`, oldest first, in one transaction. */
export function takeDueFollowups(now = new Date()): unknown[] {
  return getDb().transaction((tx) => {
    const rows = tx
      .select()
      .from(cacheFollowups)
      .where(lte(cacheFollowups.dueAt, now))
      .orderBy(asc(cacheFollowups.dueAt))
      .all();
    if (rows.length) tx.delete(cacheFollowups).where(lte(cacheFollowups.dueAt, now)).run();
    return rows.flatMap((r) => {
      try {
        return [JSON.parse(r.payload) as unknown];
      } catch {
        return [];
      }
    });
  });
}

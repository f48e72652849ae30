/**
 * Who has a story open in the editor (db/schema.ts `article_presence`): each open editor renews
 * its row with a heartbeat; lib/newsroom/presence.ts decides how old a heartbeat may be.
 */
import { and, asc, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articlePresence, staffUsers } from '../schema';

export interface PresentStaff {
  staffId: number;
  name: string;
  /** When this visit began: the first heartbeat after the row was new or had expired. */
  since: Date;
  lastBeatAt: Date;
}

/**
 * Renews `staffId`'s heartbeat on the story. A row that had already expired (older than
 * `freshAfter`) starts a new visit, so "since" is when they came back, not when they first came.
 * Rows no heartbeat has renewed since `purgeBefore` are deleted on the way: closed tabs whose leave
 * never arrived. The table holds one row per open editor, so that scan is a few rows.
 */
export function recordHeartbeat(
  articleId: number,
  staffId: number,
  now: Date,
  freshAfter: Date,
  purgeBefore: Date,
): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(articlePresence).where(lt(articlePresence.lastBeatAt, purgeBefore)).run();
    tx.insert(articlePresence)
      .values({ articleId, staffId, since: now, lastBeatAt: now })
      .onConflictDoUpdate({
        target: [articlePresence.articleId, articlePresence.staffId],
        set: {
          since: sql`case when ${articlePresence.lastBeatAt} < ${freshAfter.getTime()} then excluded.since else ${articlePresence.since} end`,
          lastBeatAt: now,
        },
      })
      .run();
  });
}

/** Everyone but `staffId` whose heartbeat on the story is not older than `freshAfter`, longest there first. */
export function listPresent(articleId: number, staffId: number, freshAfter: Date): PresentStaff[] {
  return getDb()
    .select({
      staffId: articlePresence.staffId,
      name: staffUsers.name,
      since: articlePresence.since,
      lastBeatAt: articlePresence.lastBeatAt,
    })
    .from(articlePresence)
    .innerJoin(staffUsers, eq(staffUsers.id, articlePresence.staffId))
    .where(
      and(
        eq(articlePresence.articleId, articleId),
        ne(articlePresence.staffId, staffId),
        gte(articlePresence.lastBeatAt, freshAfter),
        // A disabled account is signed out everywhere: its open tab is nobody's any more.
        isNull(staffUsers.disabledAt),
      ),
    )
    .orderBy(asc(articlePresence.since), asc(staffUsers.name))
    .all();
}

/** `staffId` left the story (its editor closed or navigated away). */
export function removePresence(articleId: number, staffId: number): void {
  getDb()
    .delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.staffId, staffId)))
    .run();
}

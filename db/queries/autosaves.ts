/**
 * The editor's autosaves (db/schema.ts `article_autosaves`): one per person and story, replaced
 * at each autosave, deleted by that person's next save of the story.
 */
import { and, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { articleAutosaves } from '../schema';

export interface Autosave {
  values: Record<string, unknown>;
  /** The version the typing started from (null for a story not saved yet). */
  baseVersion: number | null;
  savedAt: Date;
}

const slotOf = (articleId: number | null) => (articleId === null ? 'new' : String(articleId));
const whereSlot = (staffId: number, articleId: number | null) =>
  and(eq(articleAutosaves.staffId, staffId), eq(articleAutosaves.slot, slotOf(articleId)));

export function putAutosave(
  staffId: number,
  articleId: number | null,
  baseVersion: number | null,
  values: Record<string, unknown>,
  savedAt = new Date(),
): void {
  const row = { staffId, slot: slotOf(articleId), articleId, baseVersion, values, savedAt };
  getDb()
    .insert(articleAutosaves)
    .values(row)
    .onConflictDoUpdate({
      target: [articleAutosaves.staffId, articleAutosaves.slot],
      set: { baseVersion, values, savedAt },
    })
    .run();
}

export function getAutosave(staffId: number, articleId: number | null): Autosave | null {
  const row = getDb()
    .select({
      values: articleAutosaves.values,
      baseVersion: articleAutosaves.baseVersion,
      savedAt: articleAutosaves.savedAt,
    })
    .from(articleAutosaves)
    .where(whereSlot(staffId, articleId))
    .get();
  return row ?? null;
}

export function deleteAutosave(staffId: number, articleId: number | null): void {
  getDb().delete(articleAutosaves).where(whereSlot(staffId, articleId)).run();
}

/**
 * Autosave (issue 21): the editor sends what is typed a few seconds after the typing stops and
 * when a field is left; it is kept per person and story (db/queries/autosaves.ts) and offered back
 * when they reopen the story. It never touches the story, its revisions or the readers' pages:
 * only a save does, which deletes the autosave.
 */
import { deleteAutosave, getAutosave, putAutosave } from '@/db/queries/autosaves';
import { getEditableArticle } from '@/db/queries/newsroom';
import type { StaffUser } from '@/db/queries/staff';
import { can } from '@/lib/auth/roles';
import { formValues, mayOnArticle, type EditorValues } from './articles';

/** A story's whole form is a few hundred KB at most; anything larger is not an editor's typing. */
export const AUTOSAVE_MAX_BYTES = 2 * 1024 * 1024;

export type AutosaveResult =
  { ok: true; at: string } | { ok: false; reason: 'forbidden' | 'missing' | 'too-large'; message: string };

/** What the editor offers back: the values as typed, when, and the version they started from. */
export interface OfferedAutosave {
  values: EditorValues;
  at: string;
  baseVersion: number | null;
}

function allowed(staff: StaffUser, articleId: number | null): AutosaveResult | null {
  if (articleId === null) {
    return can(staff.role, 'article.create')
      ? null
      : { ok: false, reason: 'forbidden', message: 'Your role may not write stories.' };
  }
  const article = getEditableArticle(articleId);
  if (!article) return { ok: false, reason: 'missing', message: 'That article does not exist.' };
  return mayOnArticle(staff, 'article.edit', article)
    ? null
    : { ok: false, reason: 'forbidden', message: 'Your role may not edit this article.' };
}

export function autosaveFromEditor(staff: StaffUser, articleId: number | null, form: FormData, now = new Date()) {
  const refused = allowed(staff, articleId);
  if (refused) return refused;
  const values = formValues(form);
  if (Buffer.byteLength(JSON.stringify(values)) > AUTOSAVE_MAX_BYTES)
    return { ok: false, reason: 'too-large', message: 'Too much text to autosave: save the story instead.' } as const;
  const version = Number(form.get('version'));
  putAutosave(staff.id, articleId, Number.isInteger(version) && version > 0 ? version : null, { ...values }, now);
  return { ok: true, at: now.toISOString() } as const;
}

/** This person's autosave of the story, to offer back; null when there is none they may use. */
export function autosaveToOffer(staff: StaffUser, articleId: number | null): OfferedAutosave | null {
  if (allowed(staff, articleId)) return null;
  const saved = getAutosave(staff.id, articleId);
  if (!saved) return null;
  // Read field by field: the row is ours, but a form from an older build may lack a field.
  const text = (k: string) => (typeof saved.values[k] === 'string' ? (saved.values[k] as string) : '');
  const ids = saved.values.authorIds;
  const values = Object.fromEntries(
    (Object.keys(formValues(new FormData())) as (keyof EditorValues)[]).map((k) => [k, text(k)]),
  ) as unknown as EditorValues;
  values.authorIds = Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : [];
  return { values, at: saved.savedAt.toISOString(), baseVersion: saved.baseVersion };
}

export function discardAutosave(staff: StaffUser, articleId: number | null): void {
  deleteAutosave(staff.id, articleId);
}

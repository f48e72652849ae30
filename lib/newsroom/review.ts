/**
 * The review step's rules (issue 21; data in db/queries/review.ts). A person who may edit a draft
 * but not publish it (a contributor) submits it; those who may publish it (editors and admins of
 * its edition) see the queue, publish it with the usual button or send it back with a note.
 * Anyone who may edit or publish the story may leave a note; notes are never published.
 */
import { getEditableArticle, type EditableArticle } from '@/db/queries/newsroom';
import { addNote, listInReview, listNotes, moveReview, reviewOf, type ReviewNote } from '@/db/queries/review';
import type { StaffUser } from '@/db/queries/staff';
import { canIn, editionsWhere } from '@/lib/auth/roles';
import { editions } from '@/lib/editions';
import { mayOnArticle } from './articles';

/** For the components, which do not import db/. */
export type { ReviewQueueItem } from '@/db/queries/review';

export const NOTE_MAX = 2000;

export type ReviewResult = { ok: true } | { ok: false; reason: 'forbidden' | 'missing' | 'invalid'; message: string };

const refuse = (reason: 'forbidden' | 'missing' | 'invalid', message: string) =>
  ({ ok: false, reason, message }) as const;

const unpublished = (a: EditableArticle) => a.status === 'draft' || a.status === 'unpublished';

/** What the story's page shows and offers about the review step, for `staff`. */
export interface ReviewView {
  state: 'submitted' | 'returned' | null;
  at: string | null;
  notes: ReviewNote[];
  maySubmit: boolean;
  maySendBack: boolean;
  mayNote: boolean;
}

export function reviewView(staff: StaffUser, article: EditableArticle): ReviewView {
  const review = reviewOf(article.id);
  const mayPublish = mayOnArticle(staff, 'article.publish', article);
  const mayEdit = mayOnArticle(staff, 'article.edit', article);
  const state = review?.state ?? null;
  return {
    state,
    at: review?.at ?? null,
    notes: mayEdit || mayPublish ? listNotes(article.id) : [],
    maySubmit: mayEdit && !mayPublish && unpublished(article) && state !== 'submitted',
    maySendBack: mayPublish && state === 'submitted',
    mayNote: mayEdit || mayPublish,
  };
}

function noteText(raw: unknown, required: boolean): string | ReviewResult {
  const text = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : '';
  if (!text && required) return refuse('invalid', 'Write the note first.');
  if (text.length > NOTE_MAX)
    return refuse('invalid', `A note is at most ${NOTE_MAX} characters (this one has ${text.length}).`);
  return text;
}

export function submitForReview(staff: StaffUser, id: number, ip: string): ReviewResult {
  const article = getEditableArticle(id);
  if (!article) return refuse('missing', 'That article does not exist.');
  const view = reviewView(staff, article);
  if (!view.maySubmit) {
    return mayOnArticle(staff, 'article.edit', article)
      ? refuse('invalid', 'Only a draft that is not already waiting for review can be submitted.')
      : refuse('forbidden', 'Your role may not do that.');
  }
  return moveReview(id, [null, 'returned'], 'submitted', { actorId: staff.id, ip }, 'submit')
    ? { ok: true }
    : refuse('invalid', 'The story is already waiting for review.');
}

export function sendBack(staff: StaffUser, id: number, rawNote: unknown, ip: string): ReviewResult {
  const article = getEditableArticle(id);
  if (!article) return refuse('missing', 'That article does not exist.');
  if (!mayOnArticle(staff, 'article.publish', article)) return refuse('forbidden', 'Your role may not do that.');
  const note = noteText(rawNote, false);
  if (typeof note !== 'string') return note;
  return moveReview(id, ['submitted'], 'returned', { actorId: staff.id, ip }, 'send-back', note || undefined)
    ? { ok: true }
    : refuse('invalid', 'The story is not waiting for review (someone may have acted on it first).');
}

export function leaveNote(staff: StaffUser, id: number, rawNote: unknown, ip: string): ReviewResult {
  const article = getEditableArticle(id);
  if (!article) return refuse('missing', 'That article does not exist.');
  if (!reviewView(staff, article).mayNote) return refuse('forbidden', 'Your role may not do that.');
  const note = noteText(rawNote, true);
  if (typeof note !== 'string') return note;
  addNote(id, note, { actorId: staff.id, ip });
  return { ok: true };
}

/** The queue: stories submitted in the editions where `staff` may publish any story. */
export function reviewQueue(staff: StaffUser, limit = 50) {
  const desk = editionsWhere(staff, editions.codes, 'admin.access').filter((code) =>
    canIn(staff, code, 'article.publish'),
  );
  return listInReview({ editions: desk, limit });
}

/** A contributor's (or author's) own stories in the review step, submitted or sent back. */
export function myInReview(staff: StaffUser, limit = 10) {
  return listInReview({
    editions: editionsWhere(staff, editions.codes, 'admin.access'),
    createdBy: staff.id,
    limit,
  });
}

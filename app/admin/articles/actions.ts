'use server';
/**
 * Server actions of the article editor. Next checks the Origin of every server action; each
 * action also checks who is calling and what their role allows: no session redirects to
 * sign-in (the editor's save keeps the typed text and says so instead), and a role without
 * the right answers 403.
 */
import { refresh } from 'next/cache';
import { forbidden, notFound, redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { asForm, SESSION_ENDED } from '@/lib/newsroom/forms';
import {
  changeStatus,
  restoreRevision,
  saveFromEditor,
  translateArticle,
  type EditorState,
  type StatusChange,
} from '@/lib/newsroom/articles';
import { linkTranslation, unlinkFromGroup } from '@/lib/newsroom/translations';
import { autosaveFromEditor, discardAutosave, type AutosaveResult } from '@/lib/newsroom/autosave';
import { leaveNote, sendBack, submitForReview, type ReviewResult } from '@/lib/newsroom/review';
import { leaveArticle, presenceHeartbeat, type PresenceResult } from '@/lib/newsroom/presence';

/** What the editor's background calls answer an ended session (the editor keeps its text). */
type SignedOut = { ok: false; reason: 'signed-out'; message: string };
const SIGNED_OUT: SignedOut = { ok: false, reason: 'signed-out', message: SESSION_ENDED };

const CHANGES: readonly string[] = ['publish', 'unpublish', 'schedule', 'unschedule', 'trash', 'restore'];
const idOf = (raw: FormDataEntryValue | null) =>
  typeof raw === 'string' && /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;

export async function saveArticleAction(_previous: EditorState, sent: FormData): Promise<EditorState> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  // An expired session must not throw away what was typed: the form stays, with this message.
  if (!who) return { status: 'forbidden', message: SESSION_ENDED };
  const id = idOf(form.get('id'));
  if (form.get('id') !== null && id === null) notFound();
  const state = saveFromEditor(who.staff, id, form, who.ip);
  if (state.status === 'forbidden') forbidden();
  if (state.status === 'missing') notFound();
  // A new article gets its own editor URL (post-redirect-get).
  if (state.status === 'saved' && id === null) redirect(`/admin/articles/${state.id}?saved=1`);
  // The editor's values, like the page around it (headline, version, revisions), come from the
  // server: without a refresh a saved draft's form re-mounted with the text from before the save,
  // and the next save wrote it back (a published story's save refreshed through its cache tags).
  if (state.status === 'saved') refresh();
  return state;
}

/**
 * The editor's autosave (lib/newsroom/autosave.ts), called by the editor in the browser; it
 * answers instead of throwing, so the editor can say what happened and keep trying.
 */
export async function autosaveArticleAction(sent: unknown): Promise<AutosaveResult | SignedOut> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) return SIGNED_OUT;
  const id = idOf(form.get('id'));
  if (form.get('id') !== null && id === null)
    return { ok: false, reason: 'missing', message: 'That article does not exist.' };
  const result = autosaveFromEditor(who.staff, id, form);
  // As a save: a role that may not write the story gets the 403 page (the editor is not even
  // shown to it; a role taken away mid-edit gets here).
  if (!result.ok && result.reason === 'forbidden') forbidden();
  return result;
}

/** "Discard it": the caller's own autosave of the story is deleted. */
export async function discardAutosaveAction(sent: unknown): Promise<SignedOut | void> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) return SIGNED_OUT;
  const id = idOf(form.get('id'));
  if (form.get('id') !== null && id === null) return;
  discardAutosave(who.staff, id);
}

/**
 * The open editor's heartbeat (lib/newsroom/presence.ts): records that the caller has the story
 * open and answers who else has. It answers instead of throwing, like the autosave, so a refused
 * or signed-out beat only stops the line from updating.
 */
export async function presenceHeartbeatAction(sent: unknown): Promise<PresenceResult | SignedOut> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) return SIGNED_OUT;
  const id = idOf(form.get('id'));
  if (id === null) return { ok: false, reason: 'missing', message: 'That article does not exist.' };
  return presenceHeartbeat(who.staff, id);
}

/** The editor was left: the caller's presence on the story goes at once instead of expiring. */
export async function leaveArticleAction(sent: unknown): Promise<SignedOut | void> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) return SIGNED_OUT;
  const id = idOf(form.get('id'));
  if (id !== null) leaveArticle(who.staff, id);
}

export async function changeStatusAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/articles');
  const id = idOf(form.get('id'));
  const version = Number(form.get('version'));
  const change = form.get('change');
  if (id === null || !Number.isInteger(version) || typeof change !== 'string' || !CHANGES.includes(change))
    redirect('/admin/articles');
  // The schedule form: a date, a 24-hour time and the zone they are in (UTC without JavaScript).
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v.slice(0, 100) : '';
  };
  const when = { date: text('date'), time: text('time'), timeZone: text('tz') || 'UTC' };
  const result = changeStatus(staff, id, change as StatusChange, version, ip, when);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  if (result.ok) redirect(`/admin/articles/${id}?done=${change}`);
  // A refused schedule comes back with what was typed, so nothing has to be typed again.
  const kept = change === 'schedule' ? `&${new URLSearchParams({ date: when.date, time: when.time })}` : '';
  redirect(`/admin/articles/${id}?error=${encodeURIComponent(result.message)}${kept}`);
}

export async function restoreRevisionAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/articles');
  const id = idOf(form.get('id'));
  const version = Number(form.get('revision'));
  const current = Number(form.get('version'));
  if (id === null || ![version, current].every(Number.isInteger)) redirect('/admin/articles');
  const result = restoreRevision(staff, id, version, current, ip);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  redirect(`/admin/articles/${id}?${result.ok ? 'done=restored' : `error=${encodeURIComponent(result.message)}`}`);
}

/** "Translate into …": opens the new (or the existing) translation's editor. */
export async function translateArticleAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('article.create', '/admin/articles');
  const id = idOf(form.get('id'));
  const edition = form.get('edition');
  if (id === null) redirect('/admin/articles');
  const result = translateArticle(staff, id, typeof edition === 'string' ? edition : '', ip);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  if (!result.ok) redirect(`/admin/articles/${id}?error=${encodeURIComponent(result.message)}`);
  redirect(`/admin/articles/${result.id}?done=${result.created ? 'translated' : 'translation-exists'}`);
}

/** "Link a story from another edition" (its id or address): both end in one translation group. */
export async function linkTranslationAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  // Any member of staff: the rights that count are article.edit in both stories' editions.
  const { staff, ip } = await buttonCaller('admin.access', '/admin/articles');
  const id = idOf(form.get('id'));
  const story = form.get('story');
  if (id === null) redirect('/admin/articles');
  const typed = typeof story === 'string' ? story : '';
  const result = linkTranslation(staff, id, typed, ip);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  // A refusal comes back beside the field, with what was typed (cut to a sane length for the URL).
  redirect(
    `/admin/articles/${id}?${
      result.ok
        ? 'done=linked'
        : `linkError=${encodeURIComponent(result.message)}&link=${encodeURIComponent(typed.slice(0, 300))}#translations`
    }`,
  );
}

/** "Unlink" a translation, or "Leave this group" (`story` is the page's own): back to the page. */
export async function unlinkTranslationAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/articles');
  const id = idOf(form.get('id'));
  const story = idOf(form.get('story'));
  const group = idOf(form.get('group'));
  if (id === null || story === null || group === null) redirect('/admin/articles');
  const result = unlinkFromGroup(staff, story, group, ip);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  const done = story === id ? 'left' : 'unlinked';
  redirect(`/admin/articles/${id}?${result.ok ? `done=${done}` : `error=${encodeURIComponent(result.message)}`}`);
}

/**
 * The review step (lib/newsroom/review.ts): "Submit for review", "Send back" (with an optional
 * note) and "Add note". Each is a plain form post that comes back to the story's page.
 */
export async function reviewAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/articles');
  const id = idOf(form.get('id'));
  const step = form.get('step');
  if (id === null) redirect('/admin/articles');
  let result: ReviewResult;
  if (step === 'submit') result = submitForReview(staff, id, ip);
  else if (step === 'send-back') result = sendBack(staff, id, form.get('note'), ip);
  else if (step === 'note') result = leaveNote(staff, id, form.get('note'), ip);
  else redirect(`/admin/articles/${id}`);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  if (!result.ok && result.reason === 'missing') notFound();
  redirect(
    `/admin/articles/${id}?${result.ok ? `done=${step === 'submit' ? 'submitted' : step === 'send-back' ? 'sent-back' : 'noted'}` : `error=${encodeURIComponent(result.message)}`}#review`,
  );
}

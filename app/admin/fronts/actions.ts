'use server';
/**
 * Server actions of /admin/fronts. Next checks the Origin of every server action; each one also
 * checks the caller (lib/auth/action-caller.ts): 'fronts.manage' or 403. The editor's form keeps
 * what was arranged when the session has ended; the buttons redirect to sign-in.
 */
import { forbidden, notFound, redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import {
  handleEditorPost,
  publishDraftFromForm,
  restoreFromForm,
  sessionEndedState,
  type EditorState,
} from '@/lib/fronts/editor';
import { asForm, outcomeQuery, type Outcome } from '@/lib/newsroom/forms';

export async function frontEditorAction(previous: EditorState, sent: FormData): Promise<EditorState> {
  const form = asForm(sent);
  const who = await formCaller('fronts.manage');
  // An ended session keeps the arrangement on screen, with the message (nothing is written).
  if (!who) return sessionEndedState(previous, form);
  const answer = handleEditorPost(who.staff, who.ip, form);
  if ('notFound' in answer) notFound();
  // Another edition's front: a role refusal, like formCaller's.
  if ('forbidden' in answer) forbidden();
  if ('redirect' in answer) redirect(answer.redirect);
  return answer.state;
}

const back = (outcome: Outcome & { key?: string }) =>
  outcome.key ? `/admin/fronts/${encodeURIComponent(outcome.key)}?${outcomeQuery(outcome)}` : '/admin/fronts';

export async function restoreFrontAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('fronts.manage', '/admin/fronts');
  const outcome = restoreFromForm(staff, form, ip);
  if (!outcome.ok && outcome.code === 'forbidden') forbidden();
  redirect(back(outcome));
}

export async function publishDraftAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('fronts.manage', '/admin/fronts');
  const outcome = publishDraftFromForm(staff, form, ip);
  if (!outcome.ok && outcome.code === 'forbidden') forbidden();
  redirect(back(outcome));
}

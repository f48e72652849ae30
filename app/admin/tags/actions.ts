'use server';
/**
 * Server actions of /admin/tags. Next checks the Origin of every server action; each action
 * also checks who is calling (no session: sign-in, or a message that keeps the typed text)
 * and that their role may manage tags.
 */
import { redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { asForm, outcomeQuery, parseId, sessionEnded, type FormState } from '@/lib/newsroom/forms';
import { createTagFromForm, deleteTagFromForm, mergeTagFromForm, updateTagFromForm } from '@/lib/newsroom/taxonomy';

export async function createTagAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = createTagFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/tags/${state.id}?done=created`);
  return state;
}

export async function updateTagAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = updateTagFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/tags/${state.id}?done=saved`);
  return state;
}

export async function mergeTagAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = mergeTagFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/tags/${state.id}?done=merged`);
  return state;
}

export async function deleteTagAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('taxonomy.manage', '/admin/tags');
  const outcome = deleteTagFromForm(staff, form, ip);
  const id = parseId(form.get('id'));
  redirect(
    outcome.ok || id === null ? `/admin/tags?${outcomeQuery(outcome)}` : `/admin/tags/${id}?${outcomeQuery(outcome)}`,
  );
}

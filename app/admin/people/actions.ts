'use server';
/**
 * Server actions of /admin/people (bylines). Next checks the Origin of every server action;
 * each action also checks who is calling (no session: sign-in, or a message that keeps the
 * typed text) and that their role may manage people.
 */
import { redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { asForm, outcomeQuery, parseId, sessionEnded, type FormState } from '@/lib/newsroom/forms';
import { createAuthorFromForm, deleteAuthorFromForm, updateAuthorFromForm } from '@/lib/newsroom/taxonomy';

export async function createPersonAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = createAuthorFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/people/${state.id}?done=created`);
  return state;
}

export async function updatePersonAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = updateAuthorFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/people/${state.id}?done=saved`);
  return state;
}

export async function deletePersonAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('taxonomy.manage', '/admin/people');
  const outcome = deleteAuthorFromForm(staff, form, ip);
  const id = parseId(form.get('id'));
  redirect(
    outcome.ok || id === null
      ? `/admin/people?${outcomeQuery(outcome)}`
      : `/admin/people/${id}?${outcomeQuery(outcome)}`,
  );
}

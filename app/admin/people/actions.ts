'use server';
/**
 * Server actions of /admin/people (bylines). Next checks the Origin of every server action;
 * each action also checks who is calling (no session: sign-in, or a message that keeps the
 * typed text) and that their role may manage people.
 */
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { can } from '@/lib/auth/roles';
import { clientIp } from '@/lib/auth/request';
import { currentStaff, requireStaff } from '@/lib/auth/session';
import { outcomeQuery, parseId, sessionEnded, type FormState } from '@/lib/newsroom/forms';
import { createAuthorFromForm, deleteAuthorFromForm, updateAuthorFromForm } from '@/lib/newsroom/taxonomy';

/**
 * For the forms that keep what was typed: the signed-in editor or admin, or null when the
 * session has ended (the form then says so and keeps its values); another role gets 403.
 */
async function caller() {
  const staff = await currentStaff();
  if (staff && !can(staff.role, 'taxonomy.manage')) forbidden();
  return staff ? { staff, ip: clientIp(await headers()) } : null;
}

/** For the buttons: the signed-in editor or admin (sign-in page for nobody, 403 for another role). */
async function buttonCaller() {
  const staff = await requireStaff('taxonomy.manage', '/admin/people');
  return { staff, ip: clientIp(await headers()) };
}

export async function createPersonAction(_previous: FormState, form: FormData): Promise<FormState> {
  const who = await caller();
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = createAuthorFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/people/${state.id}?done=created`);
  return state;
}

export async function updatePersonAction(_previous: FormState, form: FormData): Promise<FormState> {
  const who = await caller();
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = updateAuthorFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/people/${state.id}?done=saved`);
  return state;
}

export async function deletePersonAction(form: FormData): Promise<void> {
  const { staff, ip } = await buttonCaller();
  const outcome = deleteAuthorFromForm(staff, form, ip);
  const id = parseId(form.get('id'));
  redirect(outcome.ok || id === null ? `/admin/people?${outcomeQuery(outcome)}` : `/admin/people/${id}?${outcomeQuery(outcome)}`);
}

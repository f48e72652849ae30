'use server';
/**
 * Server actions of /admin/people (bylines). Next checks the Origin of every server action;
 * each action also checks who is calling and that their role may manage people.
 */
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { can } from '@/lib/auth/roles';
import { clientIp } from '@/lib/auth/request';
import { currentStaff } from '@/lib/auth/session';
import { outcomeQuery, parseId, type FormState } from '@/lib/newsroom/forms';
import { createAuthorFromForm, deleteAuthorFromForm, updateAuthorFromForm } from '@/lib/newsroom/taxonomy';

/** The signed-in editor or admin (sign-in page for nobody, 403 for another role). */
async function caller() {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login');
  if (!can(staff.role, 'taxonomy.manage')) forbidden();
  return { staff, ip: clientIp(await headers()) };
}

export async function createPersonAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { staff, ip } = await caller();
  const state = createAuthorFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/people/${state.id}?done=created`);
  return state;
}

export async function updatePersonAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { staff, ip } = await caller();
  const state = updateAuthorFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/people/${state.id}?done=saved`);
  return state;
}

export async function deletePersonAction(form: FormData): Promise<void> {
  const { staff, ip } = await caller();
  const outcome = deleteAuthorFromForm(staff, form, ip);
  const id = parseId(form.get('id'));
  redirect(outcome.ok || id === null ? `/admin/people?${outcomeQuery(outcome)}` : `/admin/people/${id}?${outcomeQuery(outcome)}`);
}

'use server';
/**
 * Server actions of /admin/sections. Next checks the Origin of every server action; each
 * action also checks who is calling and that their role may manage sections.
 */
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { can } from '@/lib/auth/roles';
import { clientIp } from '@/lib/auth/request';
import { currentStaff } from '@/lib/auth/session';
import { outcomeQuery, parseId, type FormState } from '@/lib/newsroom/forms';
import { createSectionFromForm, deleteSectionFromForm, moveSectionFromForm, updateSectionFromForm } from '@/lib/newsroom/taxonomy';

/** The signed-in editor or admin (sign-in page for nobody, 403 for another role). */
async function caller() {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login');
  if (!can(staff.role, 'taxonomy.manage')) forbidden();
  return { staff, ip: clientIp(await headers()) };
}

export async function createSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { staff, ip } = await caller();
  const state = createSectionFromForm(staff, form, ip);
  if (state.status === 'done') redirect('/admin/sections?done=created');
  return state;
}

export async function updateSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { staff, ip } = await caller();
  const state = updateSectionFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/sections/${state.id}?done=saved`);
  return state;
}

export async function moveSectionAction(form: FormData): Promise<void> {
  const { staff, ip } = await caller();
  redirect(`/admin/sections?${outcomeQuery(moveSectionFromForm(staff, form, ip))}`);
}

export async function deleteSectionAction(form: FormData): Promise<void> {
  const { staff, ip } = await caller();
  const outcome = deleteSectionFromForm(staff, form, ip);
  const id = parseId(form.get('id'));
  redirect(outcome.ok || id === null ? `/admin/sections?${outcomeQuery(outcome)}` : `/admin/sections/${id}?${outcomeQuery(outcome)}`);
}

'use server';
/**
 * Server actions of /admin/staff (administrators only). Next checks the Origin of every server
 * action; each action also checks who is calling (no session: sign-in, or a message that keeps
 * the typed text) and that their role may manage staff.
 */
import { redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { asForm, outcomeQuery, parseId, sessionEnded, type FormState, type Outcome } from '@/lib/newsroom/forms';
import {
  changeRoleFromForm,
  createStaffFromForm,
  resetPasswordFromForm,
  setBylineFromForm,
  setDisabledFromForm,
} from '@/lib/newsroom/staff';

function back(form: FormData, outcome: Outcome): never {
  const id = parseId(form.get('id'));
  redirect(id === null ? `/admin/staff?${outcomeQuery(outcome)}` : `/admin/staff/${id}?${outcomeQuery(outcome)}`);
}

export async function createStaffAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('staff.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = await createStaffFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/staff/${state.id}?done=created`);
  return state;
}

export async function changeStaffRoleAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('staff.manage', '/admin/staff');
  const outcome = changeRoleFromForm(staff, form, ip);
  // An administrator who made themselves something else may no longer see this page.
  if (outcome.ok && parseId(form.get('id')) === staff.id && form.get('role') !== 'admin') redirect('/admin');
  back(form, outcome);
}

export async function setStaffDisabledAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('staff.manage', '/admin/staff');
  const outcome = setDisabledFromForm(staff, form, ip);
  if (outcome.ok && outcome.code === 'disabled' && parseId(form.get('id')) === staff.id) redirect('/admin/login');
  back(form, outcome);
}

export async function setStaffBylineAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('staff.manage', '/admin/staff');
  back(form, setBylineFromForm(staff, form, ip));
}

export async function resetStaffPasswordAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('staff.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = await resetPasswordFromForm(staff, form, ip);
  if (state.status === 'done')
    redirect(state.id === staff.id ? '/admin/login' : `/admin/staff/${state.id}?done=password`);
  return state;
}

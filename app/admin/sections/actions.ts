'use server';
/**
 * Server actions of /admin/sections. Next checks the Origin of every server action; each
 * action also checks who is calling (no session: sign-in, or a message that keeps the typed
 * text) and that their role may manage sections.
 */
import { redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { asForm, outcomeQuery, parseId, sessionEnded, type FormState } from '@/lib/newsroom/forms';
import {
  createSectionFromForm,
  deleteSectionFromForm,
  moveSectionFromForm,
  updateSectionFromForm,
} from '@/lib/newsroom/taxonomy';

export async function createSectionAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = createSectionFromForm(staff, form, ip);
  if (state.status === 'done') redirect('/admin/sections?done=created');
  return state;
}

export async function updateSectionAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('taxonomy.manage');
  if (!who) return sessionEnded(form);
  const { staff, ip } = who;
  const state = updateSectionFromForm(staff, form, ip);
  if (state.status === 'done') redirect(`/admin/sections/${state.id}?done=saved`);
  return state;
}

export async function moveSectionAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('taxonomy.manage', '/admin/sections');
  redirect(`/admin/sections?${outcomeQuery(moveSectionFromForm(staff, form, ip))}`);
}

export async function deleteSectionAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('taxonomy.manage', '/admin/sections');
  const outcome = deleteSectionFromForm(staff, form, ip);
  const id = parseId(form.get('id'));
  redirect(
    outcome.ok || id === null
      ? `/admin/sections?${outcomeQuery(outcome)}`
      : `/admin/sections/${id}?${outcomeQuery(outcome)}`,
  );
}

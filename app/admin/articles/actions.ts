'use server';
/**
 * Server actions of the article editor. Next checks the Origin of every server action; each
 * action also checks who is calling and what their role allows.
 */
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/request';
import { currentStaff } from '@/lib/auth/session';
import { changeStatus, restoreRevision, saveFromEditor, type EditorState, type StatusChange } from '@/lib/newsroom/articles';

export async function saveArticleAction(_previous: EditorState, form: FormData): Promise<EditorState> {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login');
  const rawId = form.get('id');
  const id = typeof rawId === 'string' && /^[1-9][0-9]*$/.test(rawId) ? Number(rawId) : null;
  const state = saveFromEditor(staff, id, form, clientIp(await headers()));
  // A new article gets its own editor URL (post-redirect-get).
  if (state.status === 'saved' && id === null) redirect(`/admin/articles/${state.id}?saved=1`);
  return state;
}

export async function changeStatusAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login');
  const id = Number(form.get('id'));
  const version = Number(form.get('version'));
  const change = form.get('change') as StatusChange;
  if (!Number.isInteger(id) || !Number.isInteger(version) || !['publish', 'unpublish', 'schedule', 'unschedule', 'trash', 'restore'].includes(change)) {
    redirect('/admin/articles');
  }
  const error = changeStatus(staff, id, change, version, clientIp(await headers()), form.get('at'));
  redirect(`/admin/articles/${id}?${error ? `error=${encodeURIComponent(error)}` : `done=${change}`}`);
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login');
  const id = Number(form.get('id'));
  const version = Number(form.get('revision'));
  const current = Number(form.get('version'));
  if (![id, version, current].every(Number.isInteger)) redirect('/admin/articles');
  const error = restoreRevision(staff, id, version, current, clientIp(await headers()));
  redirect(`/admin/articles/${id}?${error ? `error=${encodeURIComponent(error)}` : 'done=restored'}`);
}

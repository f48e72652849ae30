'use server';
/**
 * Server actions of the media library. Next checks the Origin of every server action; each
 * action also checks who is calling and what their role allows (lib/newsroom/media.ts).
 */
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/request';
import { currentStaff } from '@/lib/auth/session';
import { deleteMedia, editMediaText, type MediaEditState } from '@/lib/newsroom/media';

function idOf(form: FormData): number | null {
  const raw = form.get('id');
  return typeof raw === 'string' && /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;
}

export async function updateMediaAction(_previous: MediaEditState, form: FormData): Promise<MediaEditState> {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login?next=/admin/media');
  const id = idOf(form);
  if (id === null) return { status: 'forbidden', message: 'That picture does not exist.' };
  return editMediaText(staff, id, form, clientIp(await headers()));
}

export async function deleteMediaAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect('/admin/login?next=/admin/media');
  const id = idOf(form);
  if (id === null) redirect('/admin/media');
  const error = await deleteMedia(staff, id, clientIp(await headers()));
  redirect(error ? `/admin/media/${id}?error=${encodeURIComponent(error)}` : '/admin/media?deleted=1');
}

'use server';
/**
 * Server actions of the media library. Next checks the Origin of every server action; each
 * action also checks who is calling (no session: sign-in, or a message that keeps the typed
 * text) and what their role allows (lib/newsroom/media.ts; a refusal answers 403).
 */
import { forbidden, notFound, redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { deleteAv, editAvText, removeCaptions, retryAv, setAvPoster } from '@/lib/newsroom/av';
import { asForm, outcomeQuery, parseId, SESSION_ENDED, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { deleteMedia, editMediaText, type MediaEditState } from '@/lib/newsroom/media';
import { buttonAction, formAction } from '@/lib/newsroom/server-actions';

function idOf(form: FormData): number | null {
  const raw = form.get('id');
  return typeof raw === 'string' && /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;
}

export async function updateMediaAction(_previous: MediaEditState, sent: FormData): Promise<MediaEditState> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  // An expired session must not throw away what was typed: the form stays, with this message.
  if (!who) return { status: 'forbidden', message: SESSION_ENDED };
  const id = idOf(form);
  if (id === null) notFound();
  const state = editMediaText(who.staff, id, form, who.ip);
  if (state.status === 'forbidden') forbidden();
  if (state.status === 'missing') notFound();
  return state;
}

export async function deleteMediaAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/media');
  const id = idOf(form);
  if (id === null) redirect('/admin/media');
  const result = await deleteMedia(staff, id, ip);
  if (!result.ok && result.reason === 'forbidden') forbidden();
  redirect(result.ok ? '/admin/media?deleted=1' : `/admin/media/${id}?error=${encodeURIComponent(result.message)}`);
}

// Video, audio and files (lib/newsroom/av.ts). Outcomes travel back as codes (?done= / ?error=).
const backTo = (form: FormData, outcome: Outcome) => {
  const id = parseId(form.get('id'));
  return id === null ? '/admin/media' : `/admin/media/${id}?${outcomeQuery(outcome)}`;
};

const saveAvText = formAction('admin.access', editAvText, (id) => `/admin/media/${id}?done=saved`);
const choosePoster = buttonAction('admin.access', '/admin/media', setAvPoster, (outcome, form) =>
  backTo(form, outcome),
);
const retry = buttonAction('admin.access', '/admin/media', retryAv, (outcome, form) => backTo(form, outcome));

export const updateAvAction = async (previous: FormState, sent: FormData) => saveAvText(previous, sent);
export const setPosterAction = async (sent: FormData) => choosePoster(sent);
export const retryAvAction = async (sent: FormData) => retry(sent);

export async function deleteCaptionAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/media');
  const outcome = await removeCaptions(staff, form, ip);
  if (!outcome.ok && outcome.code === 'forbidden') forbidden();
  redirect(backTo(form, outcome));
}

export async function deleteAvAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/media');
  const result = await deleteAv(staff, form, ip);
  if (!result.ok && result.code === 'forbidden') forbidden();
  redirect(result.ok ? '/admin/media?deleted=1' : backTo(form, { ok: false, code: result.code }));
}

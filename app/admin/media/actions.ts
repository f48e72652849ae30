'use server';
/**
 * Server actions of the media library. Next checks the Origin of every server action; each
 * action also checks who is calling (no session: sign-in, or a message that keeps the typed
 * text) and what their role allows (lib/newsroom/media.ts; a refusal answers 403).
 */
import { forbidden, notFound, redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import { deleteAv, editAvText, removeCaptions, retryAv, setAvPoster } from '@/lib/newsroom/av';
import type { StaffUser } from '@/lib/auth/session';
import {
  asForm,
  outcomeQuery,
  parseId,
  SESSION_ENDED,
  sessionEnded,
  type FormState,
  type Outcome,
} from '@/lib/newsroom/forms';
import {
  deleteMedia,
  editMediaText,
  pickerPage,
  setFocalPoint,
  type FocalState,
  type MediaEditState,
  type PickerAnswer,
} from '@/lib/newsroom/media';

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

// Video, audio and files (lib/newsroom/av.ts). Outcomes travel back as codes (?done= / ?error=);
// a role that may not manage the item gets 403, as for pictures.
const backTo = (form: FormData, outcome: Outcome) => {
  const id = parseId(form.get('id'));
  return id === null ? '/admin/media' : `/admin/media/${id}?${outcomeQuery(outcome)}`;
};

export async function updateAvAction(_previous: FormState, sent: FormData): Promise<FormState> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) return sessionEnded(form);
  const state = editAvText(who.staff, form, who.ip);
  if (state === 'forbidden') forbidden();
  if (state === 'missing') notFound();
  if (state.status === 'done') redirect(`/admin/media/${state.id}?done=saved`);
  return state;
}

/** A button form's action on an item: the handler's outcome, 403 when the role may not. */
async function onItem(sent: FormData, handle: (staff: StaffUser, form: FormData, ip: string) => Promise<Outcome>) {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/media');
  const outcome = await handle(staff, form, ip);
  if (!outcome.ok && outcome.code === 'forbidden') forbidden();
  redirect(backTo(form, outcome));
}

export async function setPosterAction(sent: FormData): Promise<void> {
  await onItem(sent, async (staff, form, ip) => setAvPoster(staff, form, ip));
}

export async function retryAvAction(sent: FormData): Promise<void> {
  await onItem(sent, async (staff, form, ip) => retryAv(staff, form, ip));
}

export async function deleteCaptionAction(sent: FormData): Promise<void> {
  await onItem(sent, removeCaptions);
}

export async function deleteAvAction(sent: FormData): Promise<void> {
  const form = asForm(sent);
  const { staff, ip } = await buttonCaller('admin.access', '/admin/media');
  const result = await deleteAv(staff, form, ip);
  if (!result.ok && result.code === 'forbidden') forbidden();
  redirect(result.ok ? '/admin/media?deleted=1' : backTo(form, { ok: false, code: result.code }));
}

// The picture picker (components/admin/PicturePicker.tsx) and focal points.

/** A page of the picker's grid (fields `q`, `page`): anyone in the newsroom; it changes nothing. */
export async function searchPicturesAction(sent: FormData): Promise<PickerAnswer> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) return { ok: false, message: SESSION_ENDED };
  const q = form.get('q');
  const page = Number(form.get('page'));
  return { ok: true, ...pickerPage(who.staff, typeof q === 'string' ? q : '', page) };
}

/** Moves a picture's focal point (fields `id`, `focalX`, `focalY` in percent): the media page's form and the picker. */
export async function setFocalPointAction(_previous: FocalState, sent: FormData): Promise<FocalState> {
  const form = asForm(sent);
  const who = await formCaller('admin.access');
  if (!who) {
    const text = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : '');
    return {
      status: 'invalid',
      message: SESSION_ENDED,
      fieldErrors: {},
      values: { focalX: text('focalX'), focalY: text('focalY') },
    };
  }
  const id = idOf(form);
  if (id === null) notFound();
  const state = setFocalPoint(who.staff, id, form, who.ip);
  if (state.status === 'forbidden') forbidden();
  if (state.status === 'missing') notFound();
  return state;
}

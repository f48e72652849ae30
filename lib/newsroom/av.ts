/**
 * The newsroom's handlers for video, audio and file items (app/admin/media): their text, poster,
 * captions, a retry of failed processing, and deletion. Authors manage their own uploads, editors
 * and admins every item (mayManageMedia). Published pages that show an item are expired after a
 * change to it. Files are written before their rows and removed when a row cannot be written.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  auditAv,
  avItemExtras,
  deleteCaption,
  deleteUnusedAv,
  putCaption,
  setPoster,
  updateAvText,
} from '@/db/queries/av-library';
import { mediaKindsOf } from '@/db/queries/av';
import { requeueFailedJob } from '@/db/queries/media-jobs';
import type { StaffUser } from '@/db/queries/staff';
import { captionFileName, captionLanguage, captionsFromUpload } from '@/lib/av/captions';
import { avDir, avPath } from '@/lib/av/storage';
import { fieldErrorsOf, formText, invalid, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { invalidateUsers, mayManageMedia } from '@/lib/newsroom/media';

type Item = { id: number; kind: 'video' | 'audio' | 'file'; uploadedBy: number | null; storageKey: string };

/** The video, audio or file item `id` with what the permission check needs, or null. */
function avItem(id: number | null): Item | null {
  if (id === null) return null;
  const kind = mediaKindsOf([id]).get(id)?.kind;
  const extras = avItemExtras(id);
  if (!kind || kind === 'image' || !extras) return null;
  return { id, kind, uploadedBy: extras.uploadedBy, storageKey: extras.storageKey ?? '' };
}

const AV_TEXT_FIELDS = ['title', 'description', 'credit', 'transcript'] as const;

export const avTextSchema = z.object({
  title: z.string().trim().min(1, 'Give it a title.').max(200, 'Keep the title under 200 characters.'),
  description: z.string().trim().max(2000, 'Keep the description under 2000 characters.'),
  credit: z.string().trim().max(200, 'Keep the credit under 200 characters.'),
  transcript: z.string().trim().max(200_000, 'Keep the transcript under 200,000 characters.'),
});

/**
 * Saves an item's title, description, credit, transcript (audio) and whether readers may download
 * it; 'missing' and 'forbidden' are answered by the action (404, 403).
 */
export function editAvText(staff: StaffUser, form: FormData, ip: string): FormState | 'missing' | 'forbidden' {
  const item = avItem(parseId(form.get('id')));
  const values = formText(form, AV_TEXT_FIELDS);
  if (!item) return 'missing';
  if (!mayManageMedia(staff, item)) return 'forbidden';
  const parsed = avTextSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const allowDownload = item.kind === 'file' || form.get('allowDownload') === 'on';
  updateAvText(item.id, { ...parsed.data, allowDownload }, { actorId: staff.id, ip });
  invalidateUsers(item.id);
  return { status: 'done', id: item.id, message: 'Saved.' };
}

/** Sets a video's poster (or an audio item's artwork) to a library picture, or clears it (`poster` empty). */
export function setAvPoster(staff: StaffUser, form: FormData, ip: string): Outcome {
  const item = avItem(parseId(form.get('id')));
  if (!item) return { ok: false, code: 'missing' };
  if (!mayManageMedia(staff, item)) return { ok: false, code: 'forbidden' };
  if (item.kind === 'file') return { ok: false, code: 'no-poster' };
  const raw = form.get('poster');
  const posterId = raw === '' || raw === null ? null : parseId(raw);
  if (posterId === null && raw) return { ok: false, code: 'poster-not-picture' };
  const result = setPoster(item.id, posterId, { actorId: staff.id, ip });
  if (result !== 'ok') return { ok: false, code: result === 'missing' ? 'missing' : 'poster-not-picture' };
  invalidateUsers(item.id);
  return { ok: true, code: posterId === null ? 'poster-cleared' : 'poster' };
}

/** Staff's "retry" on an item whose processing failed: a new job with fresh attempts. */
export function retryAv(staff: StaffUser, form: FormData, ip: string): Outcome {
  const item = avItem(parseId(form.get('id')));
  if (!item) return { ok: false, code: 'missing' };
  if (!mayManageMedia(staff, item)) return { ok: false, code: 'forbidden' };
  if (!requeueFailedJob(item.id)) return { ok: false, code: 'not-failed' };
  auditAv({ actorId: staff.id, ip }, 'media.retry', item.id);
  return { ok: true, code: 'retry' };
}

export type CaptionResult = { ok: true; lang: string } | { ok: false; status: 400 | 403 | 404 | 422; message: string };

/** Adds (or replaces) the captions of one language from an uploaded WebVTT or SRT file. */
export async function addCaptions(staff: StaffUser, id: number, form: FormData, ip: string): Promise<CaptionResult> {
  const item = avItem(id);
  if (!item || !item.storageKey) return { ok: false, status: 404, message: 'That item does not exist (any more).' };
  if (!mayManageMedia(staff, item))
    return { ok: false, status: 403, message: 'Your role may not change the captions of this item.' };
  if (item.kind === 'file') return { ok: false, status: 400, message: 'Files have no captions.' };
  const lang = captionLanguage(String(form.get('lang') ?? ''));
  if (!lang) return { ok: false, status: 400, message: 'Give the language as a code such as en, ru or pt-BR.' };
  const label = String(form.get('label') ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!label || label.length > 60)
    return { ok: false, status: 400, message: 'Give the captions a label of at most 60 characters (e.g. English).' };
  const file = form.get('file');
  if (!(file instanceof Blob) || file.size === 0)
    return { ok: false, status: 400, message: 'Choose a caption file (.vtt or .srt).' };
  const parsed = captionsFromUpload(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return { ok: false, status: 422, message: parsed.reason };
  const name = captionFileName(lang, randomBytes(3).toString('hex'));
  const target = avPath(item.storageKey, [name]);
  if (!target) return { ok: false, status: 400, message: 'Give the language as a code such as en, ru or pt-BR.' };
  await fs.writeFile(`${target}.tmp`, parsed.vtt);
  await fs.rename(`${target}.tmp`, target);
  let replaced: string;
  try {
    replaced = putCaption(item.id, { lang, label, file: name }, { actorId: staff.id, ip });
  } catch (error) {
    await fs.rm(target, { force: true });
    throw error;
  }
  if (replaced) await removeStored(item.storageKey, replaced);
  invalidateUsers(item.id);
  return { ok: true, lang };
}

/** Deletes one caption track and its file. */
export async function removeCaptions(staff: StaffUser, form: FormData, ip: string): Promise<Outcome> {
  const item = avItem(parseId(form.get('id')));
  if (!item) return { ok: false, code: 'missing' };
  if (!mayManageMedia(staff, item)) return { ok: false, code: 'forbidden' };
  const captionId = parseId(form.get('caption'));
  const file = captionId === null ? null : deleteCaption(item.id, captionId, { actorId: staff.id, ip });
  if (!file) return { ok: false, code: 'caption-missing' };
  await removeStored(item.storageKey, file);
  invalidateUsers(item.id);
  return { ok: true, code: 'caption-deleted' };
}

async function removeStored(storageKey: string, file: string): Promise<void> {
  const target = avPath(storageKey, [file]);
  if (target) await fs.rm(target, { force: true });
}

export type AvDeleteResult = { ok: true } | { ok: false; code: 'missing' | 'forbidden' | 'in-use' };

/** Deletes an item nothing uses, with its whole folder (renditions, captions, the original). */
export async function deleteAv(staff: StaffUser, form: FormData, ip: string): Promise<AvDeleteResult> {
  const item = avItem(parseId(form.get('id')));
  if (!item) return { ok: false, code: 'missing' };
  if (!mayManageMedia(staff, item)) return { ok: false, code: 'forbidden' };
  const deleted = deleteUnusedAv(item.id, { actorId: staff.id, ip });
  if (!deleted) return { ok: false, code: 'in-use' };
  if (deleted.storageKey) {
    const dir = avDir(deleted.storageKey);
    // Only ever a folder under MEDIA_DIR/av named by a storage key (avDir checks the pattern).
    if (path.dirname(dir).endsWith(`${path.sep}av`)) await fs.rm(dir, { recursive: true, force: true });
  }
  return { ok: true };
}

/** What the newsroom's media components receive as props (they never import db/). */
export type { CaptionRow, LibraryEntry } from '@/db/queries/av-library';
export type { MediaUsage } from '@/db/queries/media';
export type { MediaJobSummary } from '@/db/queries/media-jobs';

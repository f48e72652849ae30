/**
 * Uploads to the media library. The type is read from the file's first bytes (never its name
 * or the browser's claim): JPEG, PNG, WebP and AVIF are accepted; SVG and everything else are
 * refused. Pictures are decoded with a pixel limit (decompression bombs fail fast), turned
 * upright, stripped of metadata and stored as WebP variants under a generated name, so the
 * reader site's `srcset` and the share images work the same as for every other picture.
 * Files are written before the row and removed again if the row cannot be written.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata as ImageMetadata } from 'sharp';
import { z } from 'zod';
import {
  deleteUnusedMedia,
  getLibraryItem,
  insertUpload,
  mediaUsage,
  searchPictures,
  updateFocalPoint,
  updateMediaText,
  type LibraryItem,
  type PickerPicture,
} from '@/db/queries/media';
import type { StaffUser } from '@/db/queries/staff';
import { can } from '@/lib/auth/roles';
import { getEditableArticle } from '@/db/queries/newsroom';
import { focalOf, normaliseFocal, type FocalPoint } from '@/lib/focal';
import { mediaUrl } from '@/lib/media';
import { mediaDir } from '@/lib/media-store';
import { invalidateChange } from '@/lib/newsroom/articles';

/** Largest upload accepted, in bytes (MEDIA_MAX_BYTES, default 15 MB). */
export const MAX_UPLOAD_BYTES = Number(process.env.MEDIA_MAX_BYTES) || 15 * 1024 * 1024;
/** Largest picture accepted, in pixels (width × height). */
export const MAX_PIXELS = 50_000_000;
/** Narrowest picture worth publishing. */
export const MIN_WIDTH = 320;
/** Widths stored for the reader site's srcset (as the demo pictures). */
export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600] as const;

export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif';

/** The image type by content; 'svg' and null are refused. */
export function sniffImageType(data: Uint8Array): SniffedType | 'svg' | null {
  const b = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 512));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp') {
    const brands = b.toString('latin1', 8, Math.min(b.length, 8 + b.readUInt32BE(0)));
    if (/avif|avis/.test(brands)) return 'image/avif';
  }
  const text = b
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (
    text.startsWith('<svg') ||
    (text.startsWith('<?xml') && text.includes('<svg')) ||
    text.startsWith('<!doctype svg')
  )
    return 'svg';
  if (text.startsWith('<') && text.includes('<svg')) return 'svg';
  return null;
}

export const mediaTextSchema = z.object({
  alt: z
    .string()
    .trim()
    .min(1, 'Describe the picture for readers who cannot see it (alt text).')
    .max(300, 'Keep the alt text under 300 characters.'),
  caption: z.string().trim().max(500, 'Keep the caption under 500 characters.'),
  credit: z.string().trim().max(200, 'Keep the credit under 200 characters.'),
});

export type MediaText = z.infer<typeof mediaTextSchema>;
export type MediaField = keyof MediaText | 'file';

export type UploadResult =
  | { ok: true; id: number }
  | {
      ok: false;
      status: 400 | 403 | 413 | 415;
      message: string;
      fieldErrors: Partial<Record<MediaField, string>>;
      values: MediaText;
    };

function textOf(form: FormData, key: string): string {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
}

export function mediaTextValues(form: FormData): MediaText {
  return { alt: textOf(form, 'alt'), caption: textOf(form, 'caption'), credit: textOf(form, 'credit') };
}

function fieldErrorsOf(error: z.ZodError): Partial<Record<MediaField, string>> {
  const out: Partial<Record<MediaField, string>> = {};
  for (const issue of error.issues) out[issue.path[0] as MediaField] ??= issue.message;
  return out;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Validates and stores an upload from the library's form (fields: file, alt, caption, credit). */
export async function uploadFromForm(staff: StaffUser, form: FormData, ip: string): Promise<UploadResult> {
  const values = mediaTextValues(form);
  const fail = (
    status: 400 | 403 | 413 | 415,
    message: string,
    fieldErrors: Partial<Record<MediaField, string>> = {},
  ): UploadResult => ({
    ok: false,
    status,
    message,
    fieldErrors,
    values,
  });
  if (!can(staff.role, 'media.upload')) return fail(403, 'Your role may not upload pictures.');
  const text = mediaTextSchema.safeParse(values);
  const file = form.get('file');
  const fieldErrors = text.success ? {} : fieldErrorsOf(text.error);
  if (!(file instanceof Blob) || file.size === 0) {
    return fail(400, 'The picture was not uploaded: correct the fields marked below.', {
      ...fieldErrors,
      file: 'Choose a picture to upload.',
    });
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return fail(413, `The picture is larger than ${megabytes(MAX_UPLOAD_BYTES)}.`, {
      file: `Choose a picture under ${megabytes(MAX_UPLOAD_BYTES)}.`,
    });
  }
  const data = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(data);
  if (type === 'svg')
    return fail(415, 'SVG files are not accepted.', {
      file: 'SVG files can carry scripts: upload a JPEG, PNG, WebP or AVIF picture.',
    });
  if (!type)
    return fail(415, 'That file is not a picture we accept.', {
      file: 'Upload a JPEG, PNG, WebP or AVIF picture (the type is read from the file itself).',
    });
  if (!text.success) return fail(400, 'The picture was not uploaded: correct the fields marked below.', fieldErrors);

  let meta: ImageMetadata;
  try {
    // Only the header is read here; the pixel limit is checked below and enforced again when decoding.
    meta = await sharp(data, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch {
    return fail(415, 'The picture could not be read.', { file: 'The file is damaged or not a complete picture.' });
  }
  const upright = (meta.orientation ?? 1) >= 5;
  const width = (upright ? meta.height : meta.width) ?? 0;
  const height = (upright ? meta.width : meta.height) ?? 0;
  if (width * height > MAX_PIXELS)
    return fail(413, 'The picture has too many pixels.', {
      file: `Pictures may have at most ${MAX_PIXELS / 1_000_000} megapixels.`,
    });
  if (width < MIN_WIDTH)
    return fail(400, 'The picture is too small.', { file: `Pictures must be at least ${MIN_WIDTH} pixels wide.` });

  const stored = await storeVariants(data, width);
  if (!stored)
    return fail(415, 'The picture could not be read.', { file: 'The file is damaged or not a complete picture.' });
  const largest = stored.widths[stored.widths.length - 1];
  try {
    const id = insertUpload({
      file: stored.name,
      mime: type,
      width: largest,
      height: Math.round((height * largest) / width),
      variants: stored.widths,
      ...text.data,
      bytes: file.size,
      staffId: staff.id,
      ip,
    });
    return { ok: true, id };
  } catch (error) {
    await removeFiles(stored.name, stored.widths);
    throw error;
  }
}

/**
 * Writes `{name}-{width}.webp` for each variant width up to the picture's own; null if it cannot be decoded.
 * Also makes the poster frames of videos (lib/av/process.ts), so they have the same variants as uploads.
 */
export async function storeVariants(
  data: Uint8Array,
  width: number,
): Promise<{ name: string; widths: number[] } | null> {
  const name = `up-${randomBytes(8).toString('hex')}`;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  if (width < VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] && !widths.includes(width)) widths.push(width);
  const dir = mediaDir();
  await fs.mkdir(dir, { recursive: true });
  const written: number[] = [];
  try {
    for (const w of widths) {
      const out = await sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: w, withoutEnlargement: true })
        .toColourspace('srgb')
        .webp({ quality: 80 })
        .toBuffer();
      const target = path.join(dir, `${name}-${w}.webp`);
      await fs.writeFile(`${target}.tmp`, out);
      await fs.rename(`${target}.tmp`, target);
      written.push(w);
    }
    return { name, widths };
  } catch {
    await removeFiles(name, written);
    return null;
  }
}

export async function removeFiles(name: string, widths: number[]): Promise<void> {
  await Promise.all(widths.map((w) => fs.rm(path.join(mediaDir(), `${name}-${w}.webp`), { force: true })));
}

/** Authors manage their own uploads; editors and admins every picture. */
export function mayManageMedia(staff: StaffUser, item: Pick<LibraryItem, 'uploadedBy'>): boolean {
  return can(staff.role, 'media.manage') || (can(staff.role, 'media.upload') && item.uploadedBy === staff.id);
}

export type MediaEditState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'invalid'; message: string; fieldErrors: Partial<Record<MediaField, string>>; values: MediaText }
  | { status: 'missing'; message: string }
  | { status: 'forbidden'; message: string };

/** Saves a picture's alt text, caption and credit, and expires the published pages that show it. */
export function editMediaText(staff: StaffUser, id: number, form: FormData, ip: string): MediaEditState {
  const item = getLibraryItem(id);
  if (!item) return { status: 'missing', message: 'That picture does not exist.' };
  if (!mayManageMedia(staff, item)) return { status: 'forbidden', message: 'Your role may not edit this picture.' };
  const values = mediaTextValues(form);
  const parsed = mediaTextSchema.safeParse(values);
  if (!parsed.success)
    return {
      status: 'invalid',
      message: 'Not saved: correct the fields marked below.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  updateMediaText(id, parsed.data, staff.id, ip);
  invalidateUsers(id);
  return { status: 'saved', message: 'Saved.' };
}

/** Whether a picture was deleted, or why not (the server action answers 403 on 'forbidden'). */
export type MediaDeleteResult =
  { ok: true } | { ok: false; reason: 'missing' | 'forbidden' | 'in-use'; message: string };

/** Deletes a picture nothing uses, with its files. */
export async function deleteMedia(staff: StaffUser, id: number, ip: string): Promise<MediaDeleteResult> {
  const item = getLibraryItem(id);
  if (!item) return { ok: false, reason: 'missing', message: 'That picture does not exist.' };
  if (!mayManageMedia(staff, item))
    return { ok: false, reason: 'forbidden', message: 'Your role may not delete this picture.' };
  const file = deleteUnusedMedia(id, staff.id, ip);
  if (!file)
    return {
      ok: false,
      reason: 'in-use',
      message: 'The picture is still used: remove it from those articles and bylines first.',
    };
  await removeFiles(file, item.variants);
  return { ok: true };
}

/** Expires the published pages that show a library item (of any kind). */
export function invalidateUsers(id: number): void {
  const ids = new Set(
    mediaUsage(id)
      .articles.filter((a) => a.status === 'published')
      .map((a) => a.id),
  );
  for (const articleId of ids) {
    const article = getEditableArticle(articleId);
    if (article) invalidateChange(null, article);
  }
}

// ---------------------------------------------------------------------------------------
// The picture picker (components/admin/PicturePicker.tsx) and focal points.

/** Pictures per page of the picker's grid. */
export const PICKER_PAGE_SIZE = 24;

/** A picture as the picker shows it: plain data, a small variant for the grid and a larger one for the setter. */
export interface PickerItem {
  id: number;
  alt: string;
  caption: string;
  width: number;
  height: number;
  thumb: string;
  large: string;
  focal: FocalPoint;
  /** Whether this person may move its focal point (their own upload, or an editor's role). */
  editable: boolean;
}

export interface PickerPage {
  query: string;
  page: number;
  items: PickerItem[];
  hasMore: boolean;
}

/** What the picker's search action answers: a page, or why not (an ended session). */
export type PickerAnswer = ({ ok: true } & PickerPage) | { ok: false; message: string };

function pickerItem(staff: StaffUser, p: PickerPicture): PickerItem {
  const widths = p.variants.length ? p.variants : [p.width];
  const near = (w: number) => widths.find((v) => v >= w) ?? widths[widths.length - 1];
  return {
    id: p.id,
    alt: p.alt,
    caption: p.caption,
    width: p.width,
    height: p.height,
    thumb: mediaUrl(p.file, near(320)),
    large: mediaUrl(p.file, near(960)),
    focal: focalOf(p),
    editable: mayManageMedia(staff, p),
  };
}

/** A page of the picker's grid (`query` matches alt text, caption, credit, file name or `#id`). */
export function pickerPage(staff: StaffUser, rawQuery: string, rawPage: number): PickerPage {
  const query = rawQuery.trim().slice(0, 200);
  const page = Number.isSafeInteger(rawPage) && rawPage >= 1 && rawPage <= 10_000 ? rawPage : 1;
  const found = searchPictures(query, page, PICKER_PAGE_SIZE);
  return { query, page, items: found.items.map((p) => pickerItem(staff, p)), hasMore: found.hasMore };
}

/** One picture for the picker (after an upload, or the hero already chosen); null when not a picture. */
export function pickerItemById(staff: StaffUser, id: number): PickerItem | null {
  const item = getLibraryItem(id);
  if (!item || item.kind !== 'image') return null;
  return pickerItem(staff, { ...item, focalX: item.focalX ?? 0.5, focalY: item.focalY ?? 0.5 });
}

export type FocalField = 'focalX' | 'focalY';

export type FocalState =
  | { status: 'idle' }
  | { status: 'saved'; message: string; focal: FocalPoint }
  | {
      status: 'invalid';
      message: string;
      fieldErrors: Partial<Record<FocalField, string>>;
      values: Record<FocalField, string>;
    }
  | { status: 'missing'; message: string }
  | { status: 'forbidden'; message: string };

/** A percentage 0–100 as typed ("37", "37.5"); null for anything else. */
function percentOf(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (!/^[0-9]{1,3}(\.[0-9]{1,3})?$/.test(text)) return null;
  const n = Number(text);
  return n >= 0 && n <= 100 ? n / 100 : null;
}

/**
 * Moves a picture's focal point (form fields `focalX` and `focalY`, percentages from the left and
 * the top) and expires the published pages that show it: their share image and crop URLs change.
 */
export function setFocalPoint(staff: StaffUser, id: number, form: FormData, ip: string): FocalState {
  const item = getLibraryItem(id);
  if (!item || item.kind !== 'image') return { status: 'missing', message: 'That picture does not exist.' };
  if (!mayManageMedia(staff, item))
    return { status: 'forbidden', message: 'Your role may not move the focal point of this picture.' };
  const values = { focalX: textOf(form, 'focalX'), focalY: textOf(form, 'focalY') };
  const x = percentOf(values.focalX);
  const y = percentOf(values.focalY);
  if (x === null || y === null) {
    const fieldErrors: Partial<Record<FocalField, string>> = {};
    if (x === null) fieldErrors.focalX = 'A number from 0 (left edge) to 100 (right edge).';
    if (y === null) fieldErrors.focalY = 'A number from 0 (top edge) to 100 (bottom edge).';
    return {
      status: 'invalid',
      message: 'The focal point was not saved: correct the fields marked below.',
      fieldErrors,
      values,
    };
  }
  const focal = { x: normaliseFocal(x), y: normaliseFocal(y) };
  const current = focalOf(item);
  if (focal.x !== current.x || focal.y !== current.y) {
    updateFocalPoint(id, { focalX: focal.x, focalY: focal.y }, staff.id, ip);
    invalidateUsers(id);
  }
  return { status: 'saved', message: 'Focal point saved.', focal };
}

/**
 * Writing and publishing articles: validation of the editor's form, who may do what, and
 * which cached pages each change expires. Server actions in app/admin/articles call these.
 */
import { deleteAutosave } from '@/db/queries/autosaves';
import { listSections, translationIdsOf } from '@/db/queries/articles';
import { editions } from '@/lib/editions';
import { z } from 'zod';
import {
  createTranslationDraft,
  editionOfSectionId,
  getEditableArticle,
  getRevisionSnapshot,
  missingReferences,
  NO_SEO,
  publishDueArticles,
  saveArticle,
  setArticleStatus,
  type ArticleInput,
  type EditableArticle,
  type RevisionAuthor,
  type SaveResult,
} from '@/db/queries/newsroom';
import type { StaffUser } from '@/db/queries/staff';
import { mediaKindsOf } from '@/db/queries/av';
import type { GalleryItem, MediaKind } from '@/db/types';
import { invalidateArticle } from '@/lib/cache';
import { can, canIn, editionsWhere, type Permission } from '@/lib/auth/roles';
import { galleryItemSchema, readBody, type Block } from '@/lib/content/blocks';
import { markdownToBlocks, parseGalleryLines } from '@/lib/content/markdown/parse';
import { articlePath, slugify } from '@/lib/urls';
import { SEO_LIMITS } from '@/lib/newsroom/seo-limits';
import { formatIn, wallFieldsToUtc } from '@/lib/zoned-time';

export const articleFormSchema = z.object({
  title: z.string().trim().min(1, 'Write a headline.').max(200, 'Keep the headline under 200 characters.'),
  slug: z
    .string()
    .trim()
    .max(80, 'Keep the slug under 80 characters.')
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'Use lower-case letters, digits and single hyphens.'),
  sectionId: z.coerce.number({ message: 'Choose a section.' }).int().positive('Choose a section.'),
  lede: z.string().trim().max(600, 'Keep the lede under 600 characters.'),
  body: z.string().max(200_000, 'The body is too long.'),
  tags: z.string().max(1000),
  authorIds: z.array(z.coerce.number().int().positive()).max(10),
  heroMediaId: z.union([z.literal(''), z.coerce.number().int().positive()]),
  heroGallery: z.string().max(30_000, 'The hero gallery is too long.'),
  showId: z.union([z.literal(''), z.coerce.number({ message: 'Choose a show from the list.' }).int().positive()]),
  metaTitle: z
    .string()
    .trim()
    .max(SEO_LIMITS.metaTitle.max, `Keep the meta title under ${SEO_LIMITS.metaTitle.max} characters.`),
  metaDescription: z
    .string()
    .trim()
    .max(
      SEO_LIMITS.metaDescription.max,
      `Keep the meta description under ${SEO_LIMITS.metaDescription.max} characters.`,
    ),
  socialTitle: z
    .string()
    .trim()
    .max(SEO_LIMITS.socialTitle.max, `Keep the social title under ${SEO_LIMITS.socialTitle.max} characters.`),
  socialDescription: z
    .string()
    .trim()
    .max(
      SEO_LIMITS.socialDescription.max,
      `Keep the social description under ${SEO_LIMITS.socialDescription.max} characters.`,
    ),
  socialMediaId: z.union([
    z.literal(''),
    z.coerce
      .number({ message: 'Give a media id from the library.' })
      .int()
      .positive('Give a media id from the library.'),
  ]),
});

export interface EditorValues {
  title: string;
  slug: string;
  sectionId: string;
  lede: string;
  body: string;
  tags: string;
  authorIds: string[];
  heroMediaId: string;
  /** The hero gallery's lines, `![alt](media:ID "caption") — credit` (lib/content/markdown parseGalleryLines). */
  heroGallery: string;
  /** The show's id, '' for none. */
  showId: string;
  metaTitle: string;
  metaDescription: string;
  socialTitle: string;
  socialDescription: string;
  socialMediaId: string;
}

export type EditorState =
  | { status: 'idle' }
  /** `at`: when it was saved (ISO), for the editor's "Saved 10:42" in the browser's own time. */
  | { status: 'saved'; id: number; version: number; message: string; at: string }
  | {
      status: 'invalid';
      message: string;
      fieldErrors: Partial<Record<keyof EditorValues, string>>;
      values: EditorValues;
    }
  | { status: 'conflict'; message: string; values: EditorValues; current: EditableArticle }
  | { status: 'missing'; message: string }
  | { status: 'forbidden'; message: string };

export function formValues(form: FormData): EditorValues {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    title: text('title'),
    slug: text('slug'),
    sectionId: text('sectionId'),
    lede: text('lede'),
    body: text('body'),
    tags: text('tags'),
    authorIds: form.getAll('authorIds').filter((v): v is string => typeof v === 'string'),
    heroMediaId: text('heroMediaId'),
    heroGallery: text('heroGallery'),
    showId: text('showId'),
    metaTitle: text('metaTitle'),
    metaDescription: text('metaDescription'),
    socialTitle: text('socialTitle'),
    socialDescription: text('socialDescription'),
    socialMediaId: text('socialMediaId'),
  };
}

/** The words for a role that may not do something; the 'forbidden' tag beside them makes the 403. */
const REFUSED = {
  edit: 'Your role may not edit this article.',
  change: 'Your role may not do that.',
} as const;

/**
 * What a status change or a revision restore answers. The reason is the tag callers branch on
 * (the server action answers 403 on 'forbidden'); the message is what the editor shows.
 */
export type ArticleChangeResult =
  { ok: true } | { ok: false; reason: 'forbidden' | 'missing' | 'invalid' | 'conflict' | 'failed'; message: string };

const refuse = (reason: Exclude<ArticleChangeResult, { ok: true }>['reason'], message: string) =>
  ({ ok: false, reason, message }) as const;

/** A failed write of the queries, as the editor words it. */
const writeFailed = (reason: string) =>
  reason === 'conflict'
    ? refuse('conflict', 'Someone changed the article meanwhile: reload it and try again.')
    : refuse('failed', 'That did not work.');

/** Whether this staff member wrote (or is a byline of) the article. */
export function ownsArticle(staff: StaffUser, article: Pick<EditableArticle, 'createdBy' | 'authorIds'>): boolean {
  return article.createdBy === staff.id || (staff.authorId !== null && article.authorIds.includes(staff.authorId));
}

/** Who made a revision, as its line in the editor says it: "by Aisha Author", "by the scheduler"… */
export function revisionByline(by: RevisionAuthor): string {
  if (by.kind === 'staff') return `by ${by.name}`;
  return by.kind === 'scheduler' ? 'by the scheduler' : 'by a deleted account';
}

/** Whether `staff` may do `permission` to `article`, by their role in the article's edition. */
export function mayOnArticle(
  staff: StaffUser,
  permission: Permission,
  article: EditableArticle,
  edition: string = article.edition,
): boolean {
  return canIn(staff, edition, permission, {
    authorOwnsArticle: ownsArticle(staff, article),
    articleIsPublished: article.status === 'published',
  });
}

/** The editions `staff` may start stories in (the new-article form's sections, "Translate into …"). */
export function creatableEditions(staff: StaffUser): string[] {
  return editionsWhere(staff, editions.codes, 'article.create');
}

/**
 * The editions whose sections the editor offers for `article` (null: a new one): its own and
 * those the person may start stories in. Saving checks the chosen section's edition again.
 */
export function editorEditions(staff: StaffUser, article: EditableArticle | null): string[] {
  const creatable = creatableEditions(staff);
  return article && !creatable.includes(article.edition) ? [article.edition, ...creatable] : creatable;
}

/**
 * Whether `staff` may put the story in `sectionId`'s edition: a new story needs article.create
 * there, a moved one article.edit there too (an unknown section is the form's message, later).
 */
function mayWriteInSection(staff: StaffUser, existing: EditableArticle | null, sectionId: number): boolean {
  const edition = editionOfSectionId(sectionId);
  if (edition === null) return true;
  if (!existing) return canIn(staff, edition, 'article.create');
  return edition === existing.edition || mayOnArticle(staff, 'article.edit', existing, edition);
}

/** Expires every cached page that showed the article before or shows it after the change. */
export function invalidateChange(before: EditableArticle | null, after: EditableArticle): void {
  const seen = [before, after].filter((a): a is EditableArticle => a !== null);
  invalidateArticle({
    id: after.id,
    // A story's edition never changes with its section: its section is in that edition too.
    edition: after.edition,
    translationIds: translationIdsOf(after.id),
    sectionSlugs: [...new Set(seen.map((a) => a.sectionSlug))],
    tagSlugs: [...new Set(seen.flatMap((a) => a.tags.map((t) => t.slug)))],
    authorSlugs: [...new Set(seen.flatMap((a) => a.authorSlugs))],
    paths: [
      ...new Set(
        seen.map((a) => articlePath({ id: a.id, slug: a.slug, sectionSlug: a.sectionSlug, edition: a.edition })),
      ),
    ],
    // A correction reaches other articles' related blocks through the story's own tag (their
    // cards carry it); only a story leaving the site changes which stories they rank.
    affectsRelated: before?.status === 'published' && after.status !== 'published',
  });
}

// --- Media references: each id names an item of the right kind ----------------------------------

const KIND_NAME: Record<MediaKind, string> = {
  image: 'a picture',
  video: 'a video',
  audio: 'an audio item',
  file: 'a file',
};
const KIND_REF: Record<MediaKind, string> = { image: 'media', video: 'video', audio: 'audio', file: 'file' };

type KindOf = ReturnType<typeof mediaKindsOf>;

/** Why `id` is not `want` (null when it is): there is no such item, or it is another kind. */
function kindProblem(kinds: KindOf, id: number, want: MediaKind): string | null {
  const item = kinds.get(id);
  const ref = `${KIND_REF[want]}:${id}`;
  if (!item) return `${ref}: there is no ${KIND_NAME[want].replace(/^an? /, '')} with that id in the library.`;
  if (item.kind === want) return null;
  return `${ref} is ${KIND_NAME[item.kind]}, not ${KIND_NAME[want]} (write ${KIND_REF[item.kind]}:${id}).`;
}

/** The library items a body names, with the kind each must be. */
function bodyRefs(blocks: Block[]): { id: number; kind: MediaKind }[] {
  return blocks.flatMap((b): { id: number; kind: MediaKind }[] => {
    switch (b.type) {
      case 'image':
        return [{ id: b.mediaId, kind: 'image' }];
      case 'gallery':
        return b.items.map((i) => ({ id: i.mediaId, kind: 'image' as const }));
      case 'video':
      case 'audio':
      case 'file':
        return [{ id: b.mediaId, kind: b.type }];
      default:
        return [];
    }
  });
}

/**
 * Field messages for media ids that name nothing or the wrong kind of item: pictures in image
 * and gallery blocks, the hero gallery and the social picture; a video, audio item or file in
 * their blocks; a picture or a video as the hero.
 */
export function mediaReferenceErrors(input: {
  body: Block[];
  heroMediaId: number | null;
  heroGallery: GalleryItem[];
  socialMediaId: number | null;
}): Partial<Record<'body' | 'heroMediaId' | 'heroGallery' | 'socialMediaId', string>> {
  const refs = bodyRefs(input.body);
  const kinds = mediaKindsOf([
    ...refs.map((r) => r.id),
    ...input.heroGallery.map((i) => i.mediaId),
    ...(input.heroMediaId ? [input.heroMediaId] : []),
    ...(input.socialMediaId ? [input.socialMediaId] : []),
  ]);
  const errors: ReturnType<typeof mediaReferenceErrors> = {};
  const body = [...new Set(refs.map((r) => kindProblem(kinds, r.id, r.kind)).filter((p) => p !== null))];
  if (body.length) errors.body = body.slice(0, 5).join(' ');
  const gallery = [...new Set(input.heroGallery.map((i) => kindProblem(kinds, i.mediaId, 'image')).filter(Boolean))];
  if (gallery.length) errors.heroGallery = gallery.slice(0, 5).join(' ');
  if (input.heroMediaId) {
    const hero = kinds.get(input.heroMediaId);
    if (!hero) errors.heroMediaId = 'There is no picture or video with that media id.';
    else if (hero.kind !== 'image' && hero.kind !== 'video')
      errors.heroMediaId = `#${input.heroMediaId} is ${KIND_NAME[hero.kind]}: the hero is a picture or a video.`;
    else if (hero.kind === 'video' && input.heroGallery.length)
      errors.heroGallery = 'Choose a video hero or a hero gallery, not both.';
  }
  if (input.socialMediaId && kindProblem(kinds, input.socialMediaId, 'image'))
    errors.socialMediaId = 'There is no picture with that media id.';
  return errors;
}

/** The hero gallery field: no lines for none, else 2 to 60 pictures (no title: the hero caption serves). */
export function parseHeroGallery(text: string): { ok: true; items: GalleryItem[] } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, items: [] };
  const { title, items, errors } = parseGalleryLines(text);
  if (errors.length) return { ok: false, message: errors.slice(0, 3).join(' ') };
  if (title) return { ok: false, message: 'A hero gallery has no title line; the hero caption is shown with it.' };
  const parsed = z.array(galleryItemSchema).min(2).max(60).safeParse(items);
  if (!parsed.success)
    return { ok: false, message: `A hero gallery holds 2 to 60 pictures, one a line (this one has ${items.length}).` };
  return { ok: true, items: parsed.data };
}

/**
 * Why readers could not play the article's video and audio yet (null when they can): each one in
 * its blocks or as the hero must be `ready`. Saving a draft never asks this; publishing,
 * scheduling and saving a published or scheduled story do.
 */
export function unplayableMedia(article: { body: unknown; heroMediaId: number | null }): string | null {
  const blocks = readBody(article.body);
  const ids = blocks.flatMap((b) => (b.type === 'video' || b.type === 'audio' ? [b.mediaId] : []));
  const kinds = mediaKindsOf([...ids, ...(article.heroMediaId ? [article.heroMediaId] : [])]);
  const heroVideo =
    article.heroMediaId && kinds.get(article.heroMediaId)?.kind === 'video' ? [article.heroMediaId] : [];
  const problems = [...new Set([...heroVideo, ...ids])].flatMap((id) => {
    const item = kinds.get(id);
    if (!item) return [`Media #${id} is no longer in the library; remove it or choose another.`];
    if (item.kind !== 'video' && item.kind !== 'audio') return [];
    const name = `${item.kind === 'video' ? 'Video' : 'Audio'} “${item.title}”`;
    if (item.status === 'processing') return [`${name} is still processing; publish once it is ready.`];
    if (item.status === 'failed') return [`${name} failed: ${item.error || 'processing did not finish'}.`];
    return [];
  });
  return problems.length ? problems.join(' ') : null;
}

/** Validates and saves the editor's form; `id` null creates a draft. */
export function saveFromEditor(staff: StaffUser, id: number | null, form: FormData, ip: string): EditorState {
  const values = formValues(form);
  const existing = id === null ? null : getEditableArticle(id);
  if (id !== null && !existing) return { status: 'missing', message: 'That article does not exist.' };
  // First the edition the story is in (or, for a new one, whether they may start one anywhere);
  // the chosen section's edition once the form is read.
  const allowed = existing ? mayOnArticle(staff, 'article.edit', existing) : can(staff.role, 'article.create');
  if (!allowed) return { status: 'forbidden', message: REFUSED.edit };

  const parsed = articleFormSchema.safeParse({ ...values, authorIds: values.authorIds });
  const fieldErrors: Partial<Record<keyof EditorValues, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as keyof EditorValues] ??= issue.message;
  }
  const { blocks, errors, notes } = markdownToBlocks(values.body);
  if (errors.length) fieldErrors.body = errors.slice(0, 5).join(' ');
  const heroGallery = parseHeroGallery(values.heroGallery);
  if (!heroGallery.ok) fieldErrors.heroGallery ??= heroGallery.message;
  if (!parsed.success || errors.length || !heroGallery.ok) {
    return {
      status: 'invalid',
      message: 'The article was not saved: correct the fields marked below.',
      fieldErrors,
      values,
    };
  }
  const data = parsed.data;
  // The section list offers only editions the person may write in: another is a forged form.
  if (!mayWriteInSection(staff, existing, data.sectionId)) return { status: 'forbidden', message: REFUSED.edit };
  const slug = data.slug || slugify(data.title);
  if (!slug) {
    return {
      status: 'invalid',
      message: 'The article was not saved.',
      fieldErrors: { slug: 'Give the article a slug.' },
      values,
    };
  }
  const tagNames = [
    ...new Set(
      data.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ].slice(0, 12);
  const input: ArticleInput = {
    title: data.title,
    slug,
    sectionId: data.sectionId,
    lede: data.lede,
    body: blocks,
    heroMediaId: data.heroMediaId === '' ? null : data.heroMediaId,
    heroGallery: heroGallery.items,
    showId: data.showId === '' ? null : data.showId,
    tags: tagNames.map((name) => ({ name, slug: slugify(name) })).filter((t) => t.slug),
    authorIds: [...new Set(data.authorIds)],
    seo: {
      metaTitle: data.metaTitle,
      metaDescription: data.metaDescription,
      socialTitle: data.socialTitle,
      socialDescription: data.socialDescription,
      socialMediaId: data.socialMediaId === '' ? null : data.socialMediaId,
    },
  };
  const missing = missingReferences(input);
  const media = mediaReferenceErrors({ ...input, body: blocks, socialMediaId: input.seo.socialMediaId });
  if (missing.section || missing.show || missing.authorIds.length || Object.keys(media).length) {
    return {
      status: 'invalid',
      message: 'The article was not saved: correct the fields marked below.',
      fieldErrors: {
        ...(missing.section ? { sectionId: 'Choose a section from the list.' } : {}),
        ...(missing.show ? { showId: 'That show no longer exists: choose another, or none.' } : {}),
        ...media,
        ...(missing.authorIds.length ? { authorIds: 'Choose bylines from the list.' } : {}),
      },
      values,
    };
  }
  // A published or scheduled story's saved text is what readers get (now or at its time).
  const unplayable =
    existing?.status === 'published' || existing?.status === 'scheduled' ? unplayableMedia(input) : null;
  if (unplayable) {
    return {
      status: 'invalid',
      message: `The article was not saved: it is ${existing!.status}, and readers could not play its media yet.`,
      fieldErrors: { body: unplayable },
      values,
    };
  }
  const version = Number(form.get('version'));
  const result = saveArticle(id, input, Number.isInteger(version) ? version : null, staff.id, ip);
  // Saved: this person's autosave of the story (lib/newsroom/autosave.ts) is now behind the story.
  if (result.ok) {
    deleteAutosave(staff.id, id);
    if (id === null) deleteAutosave(staff.id, null);
  }
  return afterSave(result, values, notes);
}

function afterSave(result: SaveResult, values: EditorValues, notes: string[] = []): EditorState {
  if (result.ok) {
    if (result.after.status === 'published') invalidateChange(result.before, result.after);
    // Saved, and told what of the body was changed on the way (HTML tags removed).
    const message = ['Saved.', ...notes].join(' ');
    return { status: 'saved', id: result.id, version: result.version, message, at: new Date().toISOString() };
  }
  if (result.reason === 'conflict') {
    return {
      status: 'conflict',
      message:
        'Someone saved a newer version while you were editing. Your text is kept below; compare it with theirs before saving again.',
      values,
      current: result.current,
    };
  }
  if (result.reason === 'slug-taken') {
    return {
      status: 'invalid',
      message: 'The article was not saved.',
      fieldErrors: { slug: 'Another article in this section has that slug.' },
      values,
    };
  }
  return { status: 'missing', message: 'That article does not exist.' };
}

export type StatusChange = 'publish' | 'unpublish' | 'schedule' | 'unschedule' | 'trash' | 'restore';

const TARGET = {
  publish: 'published',
  unpublish: 'unpublished',
  schedule: 'scheduled',
  unschedule: 'draft',
  trash: 'trashed',
  restore: 'draft',
} as const;

const PERMISSION: Record<StatusChange, Permission> = {
  publish: 'article.publish',
  schedule: 'article.publish',
  unschedule: 'article.publish',
  unpublish: 'article.unpublish',
  trash: 'article.trash',
  restore: 'article.trash',
};

/** The schedule form's fields: a date, a 24-hour time, and the zone they are in (an IANA name). */
export interface ScheduleInput {
  date: string;
  time: string;
  timeZone: string;
}

/**
 * Reads a schedule time from the editor: the wall-clock date and time in the editor's zone
 * (lib/zoned-time.ts; an autumn hour that happens twice is its first occurrence), or a bare
 * `YYYY-MM-DDTHH:MM[:SS]` read as UTC. It must be a few seconds ahead and at most a year ahead.
 * Returns the instant or a message for the editor.
 */
export function parseScheduleTime(raw: unknown, now = new Date()): Date | string {
  let input: ScheduleInput;
  if (typeof raw === 'string') {
    const [date = '', time = ''] = raw.split('T');
    input = { date, time, timeZone: 'UTC' };
  } else if (raw && typeof raw === 'object') {
    const { date, time, timeZone } = raw as Record<string, unknown>;
    input = {
      date: typeof date === 'string' ? date : '',
      time: typeof time === 'string' ? time : '',
      timeZone: typeof timeZone === 'string' && timeZone ? timeZone : 'UTC',
    };
  } else return 'Give a date and a time.';
  const converted = wallFieldsToUtc(input.date, input.time, input.timeZone);
  if (!converted.ok) return converted.message;
  const at = converted.at;
  if (at.getTime() < now.getTime() + 2000) {
    const zone = input.timeZone;
    return `Choose a time in the future: it is now ${formatIn(now, zone)}${zone === 'UTC' ? '' : ` in ${zone}`}.`;
  }
  if (at.getTime() > now.getTime() + 366 * 24 * 3600_000) return 'Choose a time within a year.';
  return at;
}

/** Publishes, schedules, unpublishes, unschedules, trashes or restores from the trash. */
export function changeStatus(
  staff: StaffUser,
  id: number,
  change: StatusChange,
  version: number,
  ip: string,
  at?: unknown,
): ArticleChangeResult {
  const article = getEditableArticle(id);
  if (!article) return refuse('missing', 'That article does not exist.');
  if (!mayOnArticle(staff, PERMISSION[change], article)) return refuse('forbidden', REFUSED.change);
  if (change === 'restore' && article.status !== 'trashed')
    return refuse('invalid', 'Only an article in the trash can be restored.');
  if (change === 'publish' || change === 'schedule') {
    const unplayable = unplayableMedia(article);
    if (unplayable) return refuse('invalid', unplayable);
  }
  let publishAt: Date | undefined;
  if (change === 'schedule') {
    const parsed = parseScheduleTime(at);
    if (typeof parsed === 'string') return refuse('invalid', parsed);
    publishAt = parsed;
  }
  const result = setArticleStatus(id, TARGET[change], version, staff.id, ip, publishAt);
  if (!result.ok) return writeFailed(result.reason);
  // Only a change to or from "published" is something readers can see.
  if (result.before?.status === 'published' || result.after.status === 'published')
    invalidateChange(result.before, result.after);
  return { ok: true };
}

/** Makes an earlier revision the current version (a new revision; nothing is lost). */
export function restoreRevision(
  staff: StaffUser,
  id: number,
  version: number,
  currentVersion: number,
  ip: string,
): ArticleChangeResult {
  const article = getEditableArticle(id);
  if (!article) return refuse('missing', 'That article does not exist.');
  if (!mayOnArticle(staff, 'article.edit', article)) return refuse('forbidden', REFUSED.edit);
  const snap = getRevisionSnapshot(id, version) as Partial<EditableArticle> | null;
  if (!snap || typeof snap.title !== 'string' || typeof snap.sectionId !== 'number')
    return refuse('missing', 'That revision does not exist.');
  const input: ArticleInput = {
    title: snap.title,
    slug: snap.slug ?? article.slug,
    sectionId: snap.sectionId,
    lede: snap.lede ?? '',
    body: Array.isArray(snap.body) ? snap.body : [],
    heroMediaId: snap.heroMediaId ?? null,
    // Revisions saved before hero galleries existed have none.
    heroGallery: z.array(galleryItemSchema).safeParse(snap.heroGallery ?? []).data ?? [],
    // Revisions saved before shows existed have none.
    showId: typeof snap.showId === 'number' ? snap.showId : null,
    tags: snap.tags ?? [],
    authorIds: snap.authorIds ?? [],
    seo: { ...NO_SEO, ...(snap.seo ?? {}) },
  };
  const missing = missingReferences(input);
  if (missing.section) return refuse('invalid', 'The revision’s section no longer exists.');
  // A revision from before a move between editions puts the story back in that edition.
  if (!mayWriteInSection(staff, article, input.sectionId)) return refuse('forbidden', REFUSED.edit);
  if (article.status === 'published' || article.status === 'scheduled') {
    const unplayable = unplayableMedia(input);
    if (unplayable) return refuse('invalid', unplayable);
  }
  const result = saveArticle(
    id,
    {
      ...input,
      heroMediaId: missing.hero ? null : input.heroMediaId,
      // A show deleted since the revision: the story is restored outside any show.
      showId: missing.show ? null : input.showId,
      seo: { ...input.seo, socialMediaId: missing.socialImage ? null : input.seo.socialMediaId },
      authorIds: input.authorIds.filter((a) => !missing.authorIds.includes(a)),
    },
    currentVersion,
    staff.id,
    ip,
  );
  if (!result.ok) return writeFailed(result.reason);
  if (result.after.status === 'published') invalidateChange(result.before, result.after);
  return { ok: true };
}

/** Publishes what is due and expires what shows it (called by the scheduler's route). */
export function publishDue(now = new Date()): number[] {
  const published = publishDueArticles(now);
  for (const { before, after } of published) invalidateChange(before, after);
  return published.map((p) => p.after.id);
}

/**
 * "Translate into …": a linked draft in another edition's first section (the translator picks the
 * section in the editor), holding the source's text to translate. Refused without the right to
 * start stories in the TARGET edition (a Russian-desk editor translates English stories into
 * Russian, never the other way); a translation that exists already is opened instead of made twice.
 */
export function translateArticle(
  staff: StaffUser,
  id: number,
  editionCode: string,
  ip: string,
): { ok: true; id: number; created: boolean } | Exclude<ArticleChangeResult, { ok: true }> {
  if (!can(staff.role, 'article.create')) return refuse('forbidden', REFUSED.edit);
  const edition = editions.find(editionCode);
  if (!edition) return refuse('invalid', 'Choose an edition to translate into.');
  if (!canIn(staff, edition.code, 'article.create')) return refuse('forbidden', REFUSED.edit);
  const [section] = listSections(edition.code);
  if (!section) return refuse('invalid', `The ${edition.name} edition has no section yet: create one first.`);
  const result = createTranslationDraft(id, section.id, staff.id, ip);
  if (result.ok) return { ok: true, id: result.id, created: true };
  if (result.reason === 'exists') return { ok: true, id: result.id, created: false };
  if (result.reason === 'same-edition') return refuse('invalid', 'The story is already in that edition.');
  return refuse('missing', 'That article does not exist.');
}

/**
 * Writing and publishing articles: validation of the editor's form, who may do what, and
 * which cached pages each change expires. Server actions in app/admin/articles call these.
 */
import { z } from 'zod';
import {
  getEditableArticle,
  getRevisionSnapshot,
  missingReferences,
  NO_SEO,
  publishDueArticles,
  saveArticle,
  setArticleStatus,
  type ArticleInput,
  type EditableArticle,
  type SaveResult,
} from '@/db/queries/newsroom';
import type { StaffUser } from '@/db/queries/staff';
import { invalidateArticle } from '@/lib/cache';
import { can, type Permission } from '@/lib/auth/roles';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import { articlePath, slugify } from '@/lib/urls';
import { SEO_LIMITS } from '@/lib/newsroom/seo-limits';

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
  metaTitle: string;
  metaDescription: string;
  socialTitle: string;
  socialDescription: string;
  socialMediaId: string;
}

export type EditorState =
  | { status: 'idle' }
  | { status: 'saved'; id: number; version: number; message: string }
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

export function mayOnArticle(staff: StaffUser, permission: Permission, article: EditableArticle): boolean {
  return can(staff.role, permission, {
    authorOwnsArticle: ownsArticle(staff, article),
    articleIsPublished: article.status === 'published',
  });
}

/** Expires every cached page that showed the article before or shows it after the change. */
export function invalidateChange(before: EditableArticle | null, after: EditableArticle): void {
  const seen = [before, after].filter((a): a is EditableArticle => a !== null);
  invalidateArticle({
    id: after.id,
    sectionSlugs: [...new Set(seen.map((a) => a.sectionSlug))],
    tagSlugs: [...new Set(seen.flatMap((a) => a.tags.map((t) => t.slug)))],
    authorSlugs: [...new Set(seen.flatMap((a) => a.authorSlugs))],
    paths: [...new Set(seen.map((a) => articlePath({ id: a.id, slug: a.slug, sectionSlug: a.sectionSlug })))],
    // A correction reaches other articles' related blocks through the story's own tag (their
    // cards carry it); only a story leaving the site changes which stories they rank.
    affectsRelated: before?.status === 'published' && after.status !== 'published',
  });
}

/** Validates and saves the editor's form; `id` null creates a draft. */
export function saveFromEditor(staff: StaffUser, id: number | null, form: FormData, ip: string): EditorState {
  const values = formValues(form);
  const existing = id === null ? null : getEditableArticle(id);
  if (id !== null && !existing) return { status: 'missing', message: 'That article does not exist.' };
  const allowed = existing ? mayOnArticle(staff, 'article.edit', existing) : can(staff.role, 'article.create');
  if (!allowed) return { status: 'forbidden', message: REFUSED.edit };

  const parsed = articleFormSchema.safeParse({ ...values, authorIds: values.authorIds });
  const fieldErrors: Partial<Record<keyof EditorValues, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as keyof EditorValues] ??= issue.message;
  }
  const { blocks, errors } = markdownToBlocks(values.body);
  if (errors.length) fieldErrors.body = errors.slice(0, 5).join(' ');
  if (!parsed.success || errors.length) {
    return {
      status: 'invalid',
      message: 'The article was not saved: correct the fields marked below.',
      fieldErrors,
      values,
    };
  }
  const data = parsed.data;
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
  if (missing.section || missing.hero || missing.socialImage || missing.authorIds.length) {
    return {
      status: 'invalid',
      message: 'The article was not saved: correct the fields marked below.',
      fieldErrors: {
        ...(missing.section ? { sectionId: 'Choose a section from the list.' } : {}),
        ...(missing.hero ? { heroMediaId: 'There is no picture with that media id.' } : {}),
        ...(missing.socialImage ? { socialMediaId: 'There is no picture with that media id.' } : {}),
        ...(missing.authorIds.length ? { authorIds: 'Choose bylines from the list.' } : {}),
      },
      values,
    };
  }
  const version = Number(form.get('version'));
  const result = saveArticle(id, input, Number.isInteger(version) ? version : null, staff.id, ip);
  return afterSave(result, values);
}

function afterSave(result: SaveResult, values: EditorValues): EditorState {
  if (result.ok) {
    if (result.after.status === 'published') invalidateChange(result.before, result.after);
    return { status: 'saved', id: result.id, version: result.version, message: 'Saved.' };
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

/**
 * Reads a schedule time from the editor: `YYYY-MM-DDTHH:MM[:SS]` in UTC, at least a few
 * seconds ahead and at most a year ahead. Returns the date or an error message.
 */
export function parseScheduleTime(raw: unknown, now = new Date()): Date | string {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(raw))
    return 'Give a date and time (UTC).';
  const at = new Date(`${raw}Z`);
  if (Number.isNaN(at.getTime())) return 'Give a valid date and time (UTC).';
  if (at.getTime() < now.getTime() + 2000) return 'Choose a time in the future.';
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
    tags: snap.tags ?? [],
    authorIds: snap.authorIds ?? [],
    seo: { ...NO_SEO, ...(snap.seo ?? {}) },
  };
  const missing = missingReferences(input);
  if (missing.section) return refuse('invalid', 'The revision’s section no longer exists.');
  const result = saveArticle(
    id,
    {
      ...input,
      heroMediaId: missing.hero ? null : input.heroMediaId,
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

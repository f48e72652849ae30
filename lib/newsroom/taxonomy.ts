/**
 * Sections, tags and bylines ("people") in the newsroom: validation of their forms, who may
 * change them, and which cached reader pages each change expires. The server actions in
 * app/admin/{sections,tags,people}/actions.ts call these; every function checks the role
 * itself as well.
 *
 * Invalidation is passed in (default: `invalidateReaderPages`) because Next's revalidate
 * functions only work inside a request; tests hand in a recorder.
 */
import { z } from 'zod';
import {
  deleteAuthor,
  deleteSection,
  deleteTag,
  getTagRowBySlug,
  insertAuthor,
  insertSection,
  insertTag,
  mergeTags,
  moveSection,
  updateAuthor,
  updateSection,
  updateTag,
  type Actor,
} from '@/db/queries/taxonomy';
import type { StaffUser } from '@/db/queries/staff';
import { can } from '@/lib/auth/roles';
import { invalidateReaders, type ReaderChange } from '@/lib/cache';
import { fieldErrorsOf, formText, invalid, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { RESERVED_SECTION_SLUGS } from '@/lib/reserved-paths';
import { slugify } from '@/lib/urls';

export { RESERVED_SECTION_SLUGS };

const SLUG_PATTERN = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;
const slugText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep the slug under ${max} characters.`)
    .regex(SLUG_PATTERN, 'Use lower-case letters a–z, digits and single hyphens.');

export const SECTION_LIMITS = { name: 60, slug: 60, description: 300 } as const;
export const TAG_LIMITS = { name: 80, slug: 80, description: 500 } as const;
export const AUTHOR_LIMITS = { name: 120, slug: 80, jobTitle: 120, bio: 2000 } as const;

export const sectionFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the section a name.')
    .max(SECTION_LIMITS.name, `Keep the name under ${SECTION_LIMITS.name} characters.`),
  slug: slugText(SECTION_LIMITS.slug),
  description: z
    .string()
    .trim()
    .max(SECTION_LIMITS.description, `Keep the description under ${SECTION_LIMITS.description} characters.`),
});

export const tagFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the tag a name.')
    .max(TAG_LIMITS.name, `Keep the name under ${TAG_LIMITS.name} characters.`),
  slug: slugText(TAG_LIMITS.slug),
  description: z
    .string()
    .trim()
    .max(TAG_LIMITS.description, `Keep the description under ${TAG_LIMITS.description} characters.`),
});

export const authorFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the person a name.')
    .max(AUTHOR_LIMITS.name, `Keep the name under ${AUTHOR_LIMITS.name} characters.`),
  slug: slugText(AUTHOR_LIMITS.slug),
  jobTitle: z
    .string()
    .trim()
    .max(AUTHOR_LIMITS.jobTitle, `Keep the job title under ${AUTHOR_LIMITS.jobTitle} characters.`),
  bio: z.string().trim().max(AUTHOR_LIMITS.bio, `Keep the biography under ${AUTHOR_LIMITS.bio} characters.`),
});

// ---------------------------------------------------------------------------------------------
// Invalidation

/** What a taxonomy change may have altered on reader pages. */
export type { ReaderChange } from '@/lib/cache';

export type Invalidate = (change: ReaderChange) => void;

/** Expires the cached reader pages and data a taxonomy change can alter (lib/cache.ts `invalidateReaders`). */
export const invalidateReaderPages: Invalidate = (change) => void invalidateReaders(change);

// ---------------------------------------------------------------------------------------------
// Shared checks

const FORBIDDEN_MESSAGE = 'Your role may not manage sections, tags and people.';

function forbiddenState(values: Record<string, string>): FormState {
  return invalid(values, {}, FORBIDDEN_MESSAGE);
}

const actor = (staff: StaffUser, ip: string): Actor => ({ actorId: staff.id, ip });
const uniq = (xs: string[]) => [...new Set(xs)];

type Parsed<T> = { ok: true; data: T } | { ok: false; state: FormState };

/** Validates a name/slug form; an empty slug is made from the name. */
function parseNamed<T extends { name: string; slug: string }>(
  schema: z.ZodType<T>,
  values: Record<string, string>,
  what: string,
  maxSlug: number,
  reserved?: ReadonlySet<string>,
): Parsed<T> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, state: invalid(values, fieldErrorsOf(parsed.error)) };
  const slug = parsed.data.slug || slugify(parsed.data.name, maxSlug);
  if (!slug) {
    return {
      ok: false,
      state: invalid(values, { slug: `Give the ${what} a slug: its name has no letters or digits to make one from.` }),
    };
  }
  if (reserved?.has(slug)) {
    return {
      ok: false,
      state: invalid(values, { slug: `“${slug}” is one of the site’s own addresses (/${slug}); choose another slug.` }),
    };
  }
  return { ok: true, data: { ...parsed.data, slug } };
}

/** A required confirmation box for destructive buttons (works without JavaScript). */
const confirmed = (form: FormData) => form.get('confirm') === 'yes';

// ---------------------------------------------------------------------------------------------
// Sections

const SECTION_FIELDS = ['name', 'slug', 'description'] as const;

/** Form fields: name, slug (optional), description. */
export function createSectionFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, SECTION_FIELDS);
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const parsed = parseNamed(sectionFormSchema, values, 'section', SECTION_LIMITS.slug, RESERVED_SECTION_SLUGS);
  if (!parsed.ok) return parsed.state;
  const result = insertSection(parsed.data, actor(staff, ip));
  if (!result.ok) return invalid(values, { slug: 'Another section has that slug.' });
  invalidate({ sections: true, sectionSlugs: [result.row.slug] });
  return { status: 'done', id: result.row.id, message: `Section “${result.row.name}” created.` };
}

/** Form fields: id, name, slug (optional), description. */
export function updateSectionFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, SECTION_FIELDS);
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(values, {}, 'That section does not exist.');
  const parsed = parseNamed(sectionFormSchema, values, 'section', SECTION_LIMITS.slug, RESERVED_SECTION_SLUGS);
  if (!parsed.ok) return parsed.state;
  const result = updateSection(id, parsed.data, actor(staff, ip));
  if (!result.ok) {
    return result.reason === 'slug-taken'
      ? invalid(values, { slug: 'Another section has that slug.' })
      : invalid(values, {}, 'That section does not exist (any more).');
  }
  const { before, after } = result;
  // A new name shows on every page (navigation, cards); a new slug changes every article URL in it.
  const renamed = before.name !== after.name || before.slug !== after.slug;
  invalidate({ sections: true, everything: renamed, sectionSlugs: uniq([before.slug, after.slug]) });
  return { status: 'done', id, message: 'Section saved.' };
}

/** Form fields: id, direction ("up" or "down"). */
export function moveSectionFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): Outcome {
  if (!can(staff.role, 'taxonomy.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  const direction = form.get('direction');
  if (id === null || (direction !== 'up' && direction !== 'down')) return { ok: false, code: 'not-found' };
  const result = moveSection(id, direction, actor(staff, ip));
  if (!result.ok) return { ok: false, code: 'not-found' };
  if (result.moved) invalidate({ sections: true });
  return { ok: true, code: 'moved' };
}

/** Form fields: id, confirm ("yes"). Refused while the section has any article. */
export function deleteSectionFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): Outcome {
  if (!can(staff.role, 'taxonomy.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  if (id === null) return { ok: false, code: 'not-found' };
  if (!confirmed(form)) return { ok: false, code: 'confirm' };
  const result = deleteSection(id, actor(staff, ip));
  if (!result.ok) return { ok: false, code: result.reason };
  invalidate({ sections: true, sectionSlugs: [result.row.slug] });
  return { ok: true, code: 'deleted' };
}

// ---------------------------------------------------------------------------------------------
// Tags

const TAG_FIELDS = ['name', 'slug', 'description'] as const;

/** Form fields: name, slug (optional), description. */
export function createTagFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, TAG_FIELDS);
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const parsed = parseNamed(tagFormSchema, values, 'tag', TAG_LIMITS.slug);
  if (!parsed.ok) return parsed.state;
  const result = insertTag(parsed.data, actor(staff, ip));
  if (!result.ok) return invalid(values, { slug: 'Another tag has that slug.' });
  // Its page may have been cached as "not found".
  invalidate({ tagSlugs: [result.row.slug] });
  return { status: 'done', id: result.row.id, message: `Tag “${result.row.name}” created.` };
}

/** Form fields: id, name, slug (optional), description. */
export function updateTagFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, TAG_FIELDS);
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(values, {}, 'That tag does not exist.');
  const parsed = parseNamed(tagFormSchema, values, 'tag', TAG_LIMITS.slug);
  if (!parsed.ok) return parsed.state;
  const result = updateTag(id, parsed.data, actor(staff, ip));
  if (!result.ok) {
    return result.reason === 'slug-taken'
      ? invalid(values, { slug: 'Another tag has that slug.' })
      : invalid(values, {}, 'That tag does not exist (any more).');
  }
  const { before, after } = result;
  // Article pages list their tags by name and link them by slug.
  const renamed = before.name !== after.name || before.slug !== after.slug;
  invalidate({ everything: renamed, tagSlugs: uniq([before.slug, after.slug]) });
  return { status: 'done', id, message: 'Tag saved.' };
}

const MERGE_FIELDS = ['into', 'confirm'] as const;

/**
 * Form fields: id (the tag that goes away), into (slug, or name, of the tag to keep), confirm
 * ("yes"). Its articles get the kept tag, then it is deleted.
 */
export function mergeTagFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, MERGE_FIELDS);
  values.confirm = '';
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(values, {}, 'That tag does not exist.');
  const into = values.into.trim();
  const fieldErrors: Record<string, string> = {};
  const target = into ? (getTagRowBySlug(into) ?? getTagRowBySlug(slugify(into, TAG_LIMITS.slug))) : null;
  if (!into) fieldErrors.into = 'Name the tag to keep (its slug).';
  else if (!target) fieldErrors.into = `No tag has the slug “${into.slice(0, 80)}”.`;
  else if (target.id === id) fieldErrors.into = 'Choose another tag: a tag cannot be merged into itself.';
  if (!confirmed(form)) fieldErrors.confirm = 'Tick the box to confirm the merge.';
  if (Object.keys(fieldErrors).length || !target)
    return invalid(values, fieldErrors, 'Nothing was merged: correct the fields marked below.');
  const result = mergeTags(id, target.id, actor(staff, ip));
  if (!result.ok) {
    return invalid(
      values,
      result.reason === 'target-not-found' ? { into: 'That tag no longer exists.' } : {},
      'That tag does not exist (any more).',
    );
  }
  invalidate({ everything: true, tagSlugs: uniq([result.source.slug, result.target.slug]) });
  return {
    status: 'done',
    id: result.target.id,
    message: `“${result.source.name}” was merged into “${result.target.name}”.`,
  };
}

/** Form fields: id, confirm ("yes"). Removes the tag from its articles. */
export function deleteTagFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): Outcome {
  if (!can(staff.role, 'taxonomy.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  if (id === null) return { ok: false, code: 'not-found' };
  if (!confirmed(form)) return { ok: false, code: 'confirm' };
  const result = deleteTag(id, actor(staff, ip));
  if (!result.ok) return { ok: false, code: result.reason };
  invalidate({ everything: result.row.articleCount > 0, tagSlugs: [result.row.slug] });
  return { ok: true, code: 'deleted' };
}

// ---------------------------------------------------------------------------------------------
// People (bylines)

const AUTHOR_FIELDS = ['name', 'slug', 'jobTitle', 'bio'] as const;

/** Form fields: name, slug (optional), jobTitle, bio. */
export function createAuthorFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, AUTHOR_FIELDS);
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const parsed = parseNamed(authorFormSchema, values, 'person', AUTHOR_LIMITS.slug);
  if (!parsed.ok) return parsed.state;
  const result = insertAuthor(parsed.data, actor(staff, ip));
  if (!result.ok) return invalid(values, { slug: 'Another person has that slug.' });
  invalidate({ authorSlugs: [result.row.slug] });
  return { status: 'done', id: result.row.id, message: `“${result.row.name}” added.` };
}

/** Form fields: id, name, slug (optional), jobTitle, bio. */
export function updateAuthorFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): FormState {
  const values = formText(form, AUTHOR_FIELDS);
  if (!can(staff.role, 'taxonomy.manage')) return forbiddenState(values);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(values, {}, 'That person does not exist.');
  const parsed = parseNamed(authorFormSchema, values, 'person', AUTHOR_LIMITS.slug);
  if (!parsed.ok) return parsed.state;
  const result = updateAuthor(id, parsed.data, actor(staff, ip));
  if (!result.ok) {
    return result.reason === 'slug-taken'
      ? invalid(values, { slug: 'Another person has that slug.' })
      : invalid(values, {}, 'That person does not exist (any more).');
  }
  const { before, after } = result;
  // Bylines (name, job title, link) show on article pages and cards.
  const renamed = before.name !== after.name || before.slug !== after.slug || before.jobTitle !== after.jobTitle;
  invalidate({ everything: renamed && before.articleCount > 0, authorSlugs: uniq([before.slug, after.slug]) });
  return { status: 'done', id, message: 'Saved.' };
}

/** Form fields: id, confirm ("yes"). Refused while the person is the byline of any article. */
export function deleteAuthorFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = invalidateReaderPages,
): Outcome {
  if (!can(staff.role, 'taxonomy.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  if (id === null) return { ok: false, code: 'not-found' };
  if (!confirmed(form)) return { ok: false, code: 'confirm' };
  const result = deleteAuthor(id, actor(staff, ip));
  if (!result.ok) return { ok: false, code: result.reason };
  invalidate({ authorSlugs: [result.row.slug] });
  return { ok: true, code: 'deleted' };
}

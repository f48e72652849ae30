/**
 * Sections, tags, bylines ("people") and shows in the newsroom: validation of their forms, who
 * may change them, and which cached reader pages each change expires. The server actions of
 * app/admin/{sections,tags,people,shows}/ call these (through lib/newsroom/taxonomy-routes.ts); every
 * function checks the role itself as well.
 *
 * Pattern: a kind is one `TaxonomyKind` below (its noun for the messages, its form schema, its
 * store from db/queries/taxonomy.ts, and what its changes expire), and `taxonomyForms(kind)`
 * gives its create, update and delete handlers: one implementation for every kind. To add a
 * kind: a store in db/queries/taxonomy.ts, a TaxonomyKind here, its actions in
 * lib/newsroom/taxonomy-routes.ts, its page copy in components/admin/taxonomy-pages.ts, and route
 * files like app/admin/people/ (list page, [id] page, actions.ts). What only one kind does
 * (moving a section, merging tags) is a function of its own below.
 *
 * Invalidation is passed in (default: `invalidateReaderPages`) because Next's revalidate
 * functions only work inside a request; tests hand in a recorder.
 */
import { z } from 'zod';
import {
  artworkCandidate,
  authorStore,
  getTagRow,
  mergeTags,
  moveSection,
  resolveTagSlug,
  sectionStore,
  showStore,
  tagStore,
  type AuthorInput,
  type AuthorRow,
  type NamedInput,
  type NamedRow,
  type NamedStore,
  type SectionInput,
  type SectionRow,
  type ShowInput,
  type ShowRow,
  type TagInput,
  type TagRow,
} from '@/db/queries/taxonomy';
import type { Actor } from '@/db/queries/shared';
import type { StaffUser } from '@/db/queries/staff';
import { can, canIn } from '@/lib/auth/roles';
import { DEFAULT_EDITION, editionPath } from '@/lib/editions';
import { invalidateReaders, type ReaderChange } from '@/lib/cache';
import { editionOfForm, EDITION_FIELD, UNKNOWN_EDITION } from '@/lib/newsroom/edition-field';
import { fieldErrorsOf, formText, invalid, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { RESERVED_SECTION_SLUGS } from '@/lib/reserved-paths';
import { slugify } from '@/lib/urls';

export { RESERVED_SECTION_SLUGS };

export const SECTION_LIMITS = { name: 60, slug: 60, description: 300 } as const;
export const TAG_LIMITS = { name: 80, slug: 80, description: 500 } as const;
export const AUTHOR_LIMITS = { name: 120, slug: 80, jobTitle: 120, bio: 2000 } as const;
/** Apple Podcasts takes a description of up to 4000 characters. */
export const SHOW_LIMITS = { name: 120, slug: 80, description: 4000, host: 120 } as const;

const SLUG_PATTERN = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;

/** Optional text of at most `max` characters; `what` names it in the message. */
const textUnder = (max: number, what: string) =>
  z.string().trim().max(max, `Keep the ${what} under ${max} characters.`);

/** The name and slug every kind has, and the kind's own fields. */
function namedSchema<Extra extends z.ZodRawShape>(noun: string, limits: { name: number; slug: number }, extra: Extra) {
  return z.object({
    name: textUnder(limits.name, 'name').min(1, `Give the ${noun} a name.`),
    slug: textUnder(limits.slug, 'slug').regex(SLUG_PATTERN, 'Use lower-case letters a–z, digits and single hyphens.'),
    ...extra,
  });
}

// ---------------------------------------------------------------------------------------------
// Invalidation

/** What a taxonomy change may have altered on reader pages. */
export type { ReaderChange } from '@/lib/cache';

export type Invalidate = (change: ReaderChange) => void;

/** Expires the cached reader pages and data a taxonomy change can alter (lib/cache.ts `invalidateReaders`). */
export const invalidateReaderPages: Invalidate = (change) => void invalidateReaders(change);

// ---------------------------------------------------------------------------------------------
// Kinds

export interface TaxonomyKind<Row extends NamedRow = NamedRow, Input extends NamedInput = NamedInput> {
  /** In messages: “Another section has that slug.”, “That person does not exist.” */
  noun: string;
  /** The admin pages (`/admin/sections`, and `/admin/sections/<id>` for one). */
  path: string;
  /** A created one is shown in the list (where a section is put in order) rather than on its own page. */
  afterCreate?: 'list';
  /** Slugs the site uses itself, refused with their own message. */
  reserved?: ReadonlySet<string>;
  /** Field messages for what the schema cannot tell alone (a show's artwork must be a large square picture). */
  check?: (input: Input) => Record<string, string>;
  /** The form (its fields are the schema's), made with `namedSchema`. */
  schema: z.ZodType<Input> & { shape: Record<keyof Input, unknown> };
  store: NamedStore<Row, Input>;
  slugMax: number;
  messages: { created: (row: Row) => string; saved: string };
  /**
   * What a change expires: the kind's pages by slug (a ReaderChange list), the navigation of
   * every page (`navigation`), the feeds and what reads with them (`feeds`: shows' pages and
   * podcast feeds), and every page when one of the fields other pages show changes
   * (`shownElsewhere`; with `onlyWithArticles`, only while it is on any article).
   */
  expires: {
    slugs?: 'sectionSlugs' | 'tagSlugs' | 'authorSlugs';
    navigation?: true;
    feeds?: true;
    shownElsewhere: readonly (keyof Row)[];
    onlyWithArticles?: true;
  };
}

const FORBIDDEN_MESSAGE = 'Your role may not manage sections, tags, people and shows.';

const actor = (staff: StaffUser, ip: string): Actor => ({ actorId: staff.id, ip });
const uniq = (xs: string[]) => [...new Set(xs)];

/** A required confirmation box for destructive buttons (works without JavaScript). */
const confirmed = (form: FormData) => form.get('confirm') === 'yes';

/**
 * What a change to the kind's rows with these slugs, in `edition`, expires; `everything` when
 * other pages show it. The pages are that edition's (cache tags like `section:mir@ru`); the
 * default edition's change carries no edition (ReaderChange: absent means the default).
 */
function changeOf(
  { expires }: { expires: Pick<TaxonomyKind['expires'], 'navigation' | 'slugs' | 'feeds'> },
  edition: string,
  slugs: string[],
  everything?: boolean,
): ReaderChange {
  return {
    ...(edition === DEFAULT_EDITION ? {} : { edition }),
    ...(expires.navigation ? { sections: true } : {}),
    ...(expires.feeds ? { feeds: true } : {}),
    ...(everything === undefined ? {} : { everything }),
    ...(expires.slugs ? { [expires.slugs]: uniq(slugs) } : {}),
  };
}

type Parsed<T> = { ok: true; data: T } | { ok: false; state: FormState };

/** Validates a kind's form for an item of `edition`; an empty slug is made from the name. */
function parseNamed<Input extends NamedInput>(
  kind: Pick<TaxonomyKind<NamedRow, Input>, 'schema' | 'slugMax' | 'noun' | 'reserved' | 'check'>,
  values: Record<string, string>,
  edition: string = DEFAULT_EDITION,
): Parsed<Input> {
  const parsed = kind.schema.safeParse(values);
  if (!parsed.success) return { ok: false, state: invalid(values, fieldErrorsOf(parsed.error)) };
  const slug = parsed.data.slug || slugify(parsed.data.name, kind.slugMax);
  if (!slug) {
    const message = `Give the ${kind.noun} a slug: its name has no letters or digits to make one from.`;
    return { ok: false, state: invalid(values, { slug: message }) };
  }
  if (kind.reserved?.has(slug)) {
    // The same names are kept in every edition: `/ru/search` is the Russian search page.
    const message = `“${slug}” is one of the site’s own addresses (${editionPath(edition, `/${slug}`)}); choose another slug.`;
    return { ok: false, state: invalid(values, { slug: message }) };
  }
  const problems = kind.check?.(parsed.data) ?? {};
  if (Object.keys(problems).length) return { ok: false, state: invalid(values, problems) };
  return { ok: true, data: { ...parsed.data, slug } };
}

const fieldsOf = (kind: Pick<TaxonomyKind, 'schema'>) => Object.keys(kind.schema.shape);

/**
 * Whether `staff` may manage an item of `edition`: editors of that edition and administrators.
 * Creating is checked in the edition chosen in the form (lib/newsroom/edition-field.ts).
 */
export function mayManageIn(staff: StaffUser, edition: string = DEFAULT_EDITION): boolean {
  return canIn(staff, edition, 'taxonomy.manage');
}

const FORBIDDEN_EDITION = 'Your role may not change this edition’s sections, tags, people or shows.';

/** A kind's form handlers: `(staff, form, ip, invalidate?)`, each checking the role first. */
export function taxonomyForms<Row extends NamedRow, Input extends NamedInput>(kind: TaxonomyKind<Row, Input>) {
  const taken = (values: Record<string, string>) => invalid(values, { slug: `Another ${kind.noun} has that slug.` });
  return {
    /**
     * Form fields: edition (a lib/editions.ts code; absent: the default edition) and the kind's
     * fields (an empty slug is made from the name).
     */
    create(staff: StaffUser, form: FormData, ip: string, invalidate = invalidateReaderPages): FormState {
      const chosen = editionOfForm(form);
      const values = { ...formText(form, fieldsOf(kind)), ...chosen.values };
      if (!can(staff.role, 'taxonomy.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
      const { edition } = chosen;
      if (edition === null) {
        // Every field's problem at once: the others are checked as for the default edition.
        const parsed = parseNamed(kind, values);
        const others = parsed.ok || parsed.state.status !== 'invalid' ? {} : parsed.state.fieldErrors;
        return invalid(values, { ...others, [EDITION_FIELD]: UNKNOWN_EDITION });
      }
      if (!mayManageIn(staff, edition)) return invalid(values, {}, FORBIDDEN_EDITION);
      const parsed = parseNamed(kind, values, edition);
      if (!parsed.ok) return parsed.state;
      const result = kind.store.insert(parsed.data, actor(staff, ip), edition);
      if (!result.ok) return taken(values);
      // Its pages (in its edition) may have been cached as "not found".
      invalidate(changeOf(kind, edition, [result.row.slug]));
      return { status: 'done', id: result.row.id, message: kind.messages.created(result.row) };
    },

    /** Form fields: id and the kind's fields. */
    update(staff: StaffUser, form: FormData, ip: string, invalidate = invalidateReaderPages): FormState {
      const values = formText(form, fieldsOf(kind));
      if (!can(staff.role, 'taxonomy.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
      const id = parseId(form.get('id'));
      if (id === null) return invalid(values, {}, `That ${kind.noun} does not exist.`);
      const current = kind.store.get(id);
      if (current && !mayManageIn(staff, current.edition)) return invalid(values, {}, FORBIDDEN_EDITION);
      const parsed = parseNamed(kind, values, current?.edition);
      if (!parsed.ok) return parsed.state;
      const result = kind.store.update(id, parsed.data, actor(staff, ip));
      if (!result.ok) {
        return result.reason === 'slug-taken'
          ? taken(values)
          : invalid(values, {}, `That ${kind.noun} does not exist (any more).`);
      }
      const { before, after } = result;
      // A new slug changes its addresses, a new name (or byline job title) what other pages show.
      const changed = kind.expires.shownElsewhere.some((field) => before[field] !== after[field]);
      const everything = changed && (!kind.expires.onlyWithArticles || before.articleCount > 0);
      invalidate(changeOf(kind, after.edition, [before.slug, after.slug], everything));
      return { status: 'done', id, message: kind.messages.saved };
    },

    /** Form fields: id, confirm ("yes"). Refused while in use, unless the kind's store unlinks. */
    remove(staff: StaffUser, form: FormData, ip: string, invalidate = invalidateReaderPages): Outcome {
      if (!can(staff.role, 'taxonomy.manage')) return { ok: false, code: 'forbidden' };
      const id = parseId(form.get('id'));
      if (id === null) return { ok: false, code: 'not-found' };
      const current = kind.store.get(id);
      if (current && !mayManageIn(staff, current.edition)) return { ok: false, code: 'forbidden' };
      if (!confirmed(form)) return { ok: false, code: 'confirm' };
      const result = kind.store.remove(id, actor(staff, ip));
      if (!result.ok) return { ok: false, code: result.reason };
      // Only a delete that took it off articles changes other pages.
      invalidate(
        changeOf(
          kind,
          result.row.edition,
          [result.row.slug],
          kind.store.unlinks ? result.row.articleCount > 0 : undefined,
        ),
      );
      return { ok: true, code: 'deleted' };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

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
  const current = SECTIONS.store.get(id);
  if (current && !mayManageIn(staff, current.edition)) return { ok: false, code: 'forbidden' };
  const result = moveSection(id, direction, actor(staff, ip));
  if (!result.ok) return { ok: false, code: 'not-found' };
  // The navigation of the section's edition.
  const edition = result.row.edition;
  if (result.moved) invalidate({ ...(edition === DEFAULT_EDITION ? {} : { edition }), sections: true });
  return { ok: true, code: 'moved' };
}

export const SECTIONS: TaxonomyKind<SectionRow, SectionInput> = {
  noun: 'section',
  path: '/admin/sections',
  afterCreate: 'list',
  reserved: RESERVED_SECTION_SLUGS,
  schema: namedSchema('section', SECTION_LIMITS, {
    description: textUnder(SECTION_LIMITS.description, 'description'),
  }),
  store: sectionStore,
  slugMax: SECTION_LIMITS.slug,
  messages: { created: (row) => `Section “${row.name}” created.`, saved: 'Section saved.' },
  // Names and order are the navigation; a new slug changes every article URL in it.
  expires: { navigation: true, slugs: 'sectionSlugs', shownElsewhere: ['name', 'slug'] },
};

// ---------------------------------------------------------------------------------------------
// Tags

export const TAGS: TaxonomyKind<TagRow, TagInput> = {
  noun: 'tag',
  path: '/admin/tags',
  schema: namedSchema('tag', TAG_LIMITS, {
    description: textUnder(TAG_LIMITS.description, 'description'),
  }),
  store: tagStore,
  slugMax: TAG_LIMITS.slug,
  messages: { created: (row) => `Tag “${row.name}” created.`, saved: 'Tag saved.' },
  // Article pages list their tags by name and link them by slug.
  expires: { slugs: 'tagSlugs', shownElsewhere: ['name', 'slug'] },
};

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
  if (!can(staff.role, 'taxonomy.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(values, {}, 'That tag does not exist.');
  const source = TAGS.store.get(id);
  if (source && !mayManageIn(staff, source.edition)) return invalid(values, {}, FORBIDDEN_EDITION);
  const into = values.into.trim();
  const fieldErrors: Record<string, string> = {};
  // The tag to keep is one of the same edition's (slugs repeat across editions), by its slug or
  // name, or a former one (an alias: the tag it now is).
  const edition = source?.edition ?? DEFAULT_EDITION;
  const kept = into ? (resolveTagSlug(edition, into) ?? resolveTagSlug(edition, slugify(into, TAG_LIMITS.slug))) : null;
  const target = kept ? getTagRow(kept.id) : null;
  if (!into) fieldErrors.into = 'Name the tag to keep (its slug).';
  else if (!target) fieldErrors.into = `No tag has the slug “${into.slice(0, 80)}”.`;
  else if (target.id === id) fieldErrors.into = 'Choose another tag: a tag cannot be merged into itself.';
  else if (!mayManageIn(staff, target.edition)) fieldErrors.into = FORBIDDEN_EDITION;
  if (!confirmed(form)) fieldErrors.confirm = 'Tick the box to confirm the merge.';
  if (Object.keys(fieldErrors).length || !target)
    return invalid(values, fieldErrors, 'Nothing was merged: correct the fields marked below.');
  const result = mergeTags(id, target.id, actor(staff, ip));
  if (!result.ok) {
    return invalid(
      values,
      result.reason === 'target-not-found'
        ? { into: 'That tag no longer exists.' }
        : result.reason === 'other-edition'
          ? { into: 'Choose a tag of the same edition.' }
          : {},
      'That tag does not exist (any more).',
    );
  }
  invalidate({
    ...(edition === DEFAULT_EDITION ? {} : { edition }),
    everything: true,
    tagSlugs: uniq([result.source.slug, result.target.slug]),
  });
  return {
    status: 'done',
    id: result.target.id,
    message: `“${result.source.name}” was merged into “${result.target.name}”.`,
  };
}

// ---------------------------------------------------------------------------------------------
// People (bylines)

export const PEOPLE: TaxonomyKind<AuthorRow, AuthorInput> = {
  noun: 'person',
  path: '/admin/people',
  schema: namedSchema('person', AUTHOR_LIMITS, {
    jobTitle: textUnder(AUTHOR_LIMITS.jobTitle, 'job title'),
    bio: textUnder(AUTHOR_LIMITS.bio, 'biography'),
  }),
  store: authorStore,
  slugMax: AUTHOR_LIMITS.slug,
  messages: { created: (row) => `“${row.name}” added.`, saved: 'Saved.' },
  // Bylines (name, job title, link) show on the pages and cards of their articles.
  expires: { slugs: 'authorSlugs', shownElsewhere: ['name', 'slug', 'jobTitle'], onlyWithArticles: true },
};

// ---------------------------------------------------------------------------------------------
// Shows (programmes, podcasts)

/**
 * Apple Podcasts' main categories (a short list: the feed names one, `itunes:category`); News
 * first, as a new show's form starts on the first.
 */
export const SHOW_CATEGORIES = [
  'News',
  'Arts',
  'Business',
  'Comedy',
  'Education',
  'Government',
  'Health & Fitness',
  'History',
  'Music',
  'Science',
  'Society & Culture',
  'Sports',
  'Technology',
  'True Crime',
  'TV & Film',
] as const;

/** Apple Podcasts wants square artwork of 1400 to 3000 px; smaller is refused, larger is scaled by the feed. */
export const ARTWORK_MIN_PX = 1400;

/** Why the library item `id` cannot be a show's artwork (null when it can). */
export function artworkProblem(id: number): string | null {
  const item = artworkCandidate(id);
  const rule = `Show artwork must be a square picture of at least ${ARTWORK_MIN_PX} × ${ARTWORK_MIN_PX} px (Apple Podcasts).`;
  if (!item) return `There is no media #${id} in the library. ${rule}`;
  if (item.kind !== 'image') return `Media #${id} is not a picture (it is a ${item.kind}). ${rule}`;
  if (item.width !== item.height || item.width < ARTWORK_MIN_PX)
    return `Picture #${id} is ${item.width} × ${item.height} px. ${rule}`;
  return null;
}

export const SHOWS: TaxonomyKind<ShowRow, ShowInput> = {
  noun: 'show',
  path: '/admin/shows',
  schema: namedSchema('show', SHOW_LIMITS, {
    description: textUnder(SHOW_LIMITS.description, 'description'),
    host: textUnder(SHOW_LIMITS.host, 'host'),
    category: z.enum(SHOW_CATEGORIES, { message: 'Choose one of the listed categories.' }),
    // A checkbox: "yes" when ticked, absent otherwise.
    explicit: z.string().transform((v) => v === 'yes'),
    artworkMediaId: z
      .string()
      .trim()
      .regex(/^\d{0,12}$/, 'Type the media id of a picture (digits only), or leave it empty.')
      .transform((v) => (v ? Number(v) : null)),
  }),
  check: ({ artworkMediaId }): Record<string, string> => {
    const problem = artworkMediaId === null ? null : artworkProblem(artworkMediaId);
    return problem ? { artworkMediaId: problem } : {};
  },
  store: showStore,
  slugMax: SHOW_LIMITS.slug,
  messages: { created: (row) => `Show “${row.name}” created.`, saved: 'Show saved.' },
  // A show is shown on its programme page, the list of shows and its podcast feed, which all read with the feeds tag.
  expires: { feeds: true, shownElsewhere: [] },
};

// ---------------------------------------------------------------------------------------------
// Each kind's handlers by name (the tests call these; the actions build theirs from the kind)

export const {
  create: createSectionFromForm,
  update: updateSectionFromForm,
  remove: deleteSectionFromForm,
} = taxonomyForms(SECTIONS);
export const { create: createTagFromForm, update: updateTagFromForm, remove: deleteTagFromForm } = taxonomyForms(TAGS);
export const {
  create: createAuthorFromForm,
  update: updateAuthorFromForm,
  remove: deleteAuthorFromForm,
} = taxonomyForms(PEOPLE);
export const {
  create: createShowFromForm,
  update: updateShowFromForm,
  remove: deleteShowFromForm,
} = taxonomyForms(SHOWS);

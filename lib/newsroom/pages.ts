/**
 * The site's own pages in the newsroom (/admin/pages, permission 'pages.manage'): the form
 * handlers behind its server actions. The body is Markdown read by the article editor's parser
 * (lib/content/markdown) into blocks; pages hold text blocks only. Each page belongs to one
 * edition (chosen when it is made, fixed after). Every write carries an audit entry
 * (db/queries/info-pages.ts) and expires that edition's `info-pages` tag (the page itself and
 * the footer, which is on every reader page of the edition) and the sitemaps.
 */
import { z } from 'zod';
import {
  createInfoPage,
  deleteInfoPage,
  getInfoPage,
  getInfoPageById,
  listInfoPages,
  updateInfoPage,
  type InfoPage,
  type InfoPageValues,
} from '@/db/queries/info-pages';
import { isUniqueViolation, type Actor } from '@/db/queries/shared';
import type { StaffUser } from '@/db/queries/staff';
import { can, canIn } from '@/lib/auth/roles';
import { cacheTags, expireTags } from '@/lib/cache';
import { DEFAULT_EDITION } from '@/lib/editions';
import { editionOfForm, EDITION_FIELD, UNKNOWN_EDITION } from '@/lib/newsroom/edition-field';
import type { Block } from '@/lib/content/blocks';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import { blocksToMarkdown } from '@/lib/content/markdown/serialize';
import { fieldErrorsOf, formText, invalid, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { slugify } from '@/lib/urls';

export type { InfoPage };

export const PAGES_PATH = '/admin/pages';
export const PAGE_LIMITS = { title: 120, slug: 60, description: 300, body: 100_000 } as const;
export const PAGE_FIELDS = ['title', 'slug', 'description', 'position', 'body'] as const;
export const FORBIDDEN_MESSAGE = 'Your role cannot edit the site’s pages.';
const FORBIDDEN_EDITION = 'Your role may not edit this edition’s pages.';

/**
 * Slugs a page may not take: addresses under /info/ that the site may want for itself (an index,
 * a feed), and words that read as an action rather than a page.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  'index',
  'new',
  'edit',
  'page',
  'pages',
  'rss',
  'feed',
  'sitemap',
  'admin',
]);

/** Block types a page may hold: text. Pictures and players belong to stories. */
const TEXT_BLOCKS: ReadonlySet<Block['type']> = new Set(['paragraph', 'heading', 'quote', 'list', 'embed']);

const SLUG_PATTERN = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;
const textUnder = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max.toLocaleString('en-GB')} characters.`);

const pageSchema = z.object({
  title: textUnder(PAGE_LIMITS.title, 'title').min(1, 'Give the page a title.'),
  slug: textUnder(PAGE_LIMITS.slug, 'slug').regex(
    SLUG_PATTERN,
    'Use lower-case letters a–z, digits and single hyphens.',
  ),
  description: textUnder(PAGE_LIMITS.description, 'description'),
  position: z
    .string()
    .trim()
    .regex(/^-?[0-9]{1,3}$/, 'Give a whole number: 0 comes first in the footer, −1 keeps the page out of it.')
    .transform(Number)
    .refine((n) => n >= -1, 'Use −1 to keep the page out of the footer, or 0 and up for its place.'),
  body: z.string().max(PAGE_LIMITS.body, `Keep the page under ${PAGE_LIMITS.body.toLocaleString('en-GB')} characters.`),
});

export type PageValidation = { ok: true; data: InfoPageValues } | { ok: false; state: FormState };

/** Reads and checks a page form; an empty slug is made from the title. */
export function parsePageForm(values: Record<(typeof PAGE_FIELDS)[number], string>): PageValidation {
  const parsed = pageSchema.safeParse(values);
  if (!parsed.success) {
    // Say what is wrong with the body too, so one round trip shows every field's problem.
    const body = fieldErrorsOf(parsed.error).body ?? bodyProblem(values.body);
    return { ok: false, state: invalid(values, { ...fieldErrorsOf(parsed.error), ...(body ? { body } : {}) }) };
  }
  const { title, description, position, body: markdown } = parsed.data;
  const slug = parsed.data.slug || slugify(title, PAGE_LIMITS.slug);
  if (!slug) {
    return {
      ok: false,
      state: invalid(values, { slug: 'Give the page a slug: its title has no letters or digits to make one from.' }),
    };
  }
  if (RESERVED_PAGE_SLUGS.has(slug)) {
    return {
      ok: false,
      state: invalid(values, { slug: `“${slug}” is kept for the site’s own use; choose another slug.` }),
    };
  }
  const problem = bodyProblem(markdown);
  if (problem) return { ok: false, state: invalid(values, { body: problem }) };
  return { ok: true, data: { title, slug, description, position, body: markdownToBlocks(markdown).blocks } };
}

/** What is wrong with a page's Markdown body, or null: empty, not parseable, or not text only. */
function bodyProblem(markdown: string): string | null {
  if (!markdown.trim()) return 'Write the page: the body is empty.';
  const { blocks, errors } = markdownToBlocks(markdown);
  if (errors.length) return errors.join(' ');
  // HTML is not refused, its tags are removed: a body that was only tags (a script, say) has nothing left.
  if (blocks.length === 0) return 'Write the page: the body has no text once its HTML tags are removed.';
  const media = [...new Set(blocks.filter((b) => !TEXT_BLOCKS.has(b.type)).map((b) => b.type))];
  if (media.length) {
    return `A page holds text only (paragraphs, headings, lists, quotes and links); remove the ${media.join(', ')}.`;
  }
  return null;
}

/** The edit form's values of a stored page (its body back in Markdown). */
export function pageFormValues(page: InfoPage): Record<(typeof PAGE_FIELDS)[number], string> {
  return {
    title: page.title,
    slug: page.slug,
    description: page.description,
    position: String(page.position),
    body: blocksToMarkdown(page.body as Block[]),
  };
}

/** The footer position a new page of `edition` gets by default: after the edition's last one. */
export function nextPosition(edition: string = DEFAULT_EDITION): number {
  return listInfoPages()
    .filter((p) => p.edition === edition)
    .reduce((max, p) => Math.max(max, p.position + 1), 0);
}

/** Expires the pages of one edition (the page that changed is in it). */
export type Invalidate = (edition: string) => void;

/**
 * Expires the edition's pages, its footer on every reader page and the sitemaps, now and once
 * more shortly after. Other editions' footers do not list this edition's pages.
 */
export const expireInfoPages: Invalidate = (edition) => expireTags([cacheTags.infoPages(edition), cacheTags.sitemaps]);

const actor = (staff: StaffUser, ip: string): Actor => ({ actorId: staff.id, ip });
const taken = (values: Record<string, string>) => invalid(values, { slug: 'Another page has that slug.' });

/** Form fields: edition (a lib/editions.ts code; absent: the default edition) and PAGE_FIELDS. */
export function createPageFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = expireInfoPages,
): FormState {
  return writePage(staff, form, ip, 'new', invalidate);
}

/** Form fields: id and PAGE_FIELDS. */
export function updatePageFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = expireInfoPages,
): FormState {
  return writePage(staff, form, ip, parseId(form.get('id')), invalidate);
}

/** Creates (`target` 'new') or updates a page from its form (null: no valid id): refused with messages, or done. */
function writePage(
  staff: StaffUser,
  form: FormData,
  ip: string,
  target: 'new' | number | null,
  invalidate: Invalidate,
): FormState {
  // A new page's edition comes from the form; a saved page keeps its own (any sent value is ignored).
  const chosen = target === 'new' ? editionOfForm(form) : { values: {}, edition: undefined };
  const values = { ...formText(form, PAGE_FIELDS), ...chosen.values };
  if (!can(staff.role, 'pages.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
  if (target === null) return invalid(values, {}, 'That page does not exist.');
  const id = target === 'new' ? null : target;
  if (chosen.edition === null) {
    // Every field's problem at once.
    const parsed = parsePageForm(values);
    const others = parsed.ok || parsed.state.status !== 'invalid' ? {} : parsed.state.fieldErrors;
    return invalid(values, { ...others, [EDITION_FIELD]: UNKNOWN_EDITION });
  }
  // pages.manage in the page's edition.
  const edition = chosen.edition ?? (id === null ? DEFAULT_EDITION : getInfoPageById(id)?.edition) ?? DEFAULT_EDITION;
  if (!canIn(staff, edition, 'pages.manage')) return invalid(values, {}, FORBIDDEN_EDITION);
  const parsed = parsePageForm(values);
  if (!parsed.ok) return parsed.state;
  // Slugs are unique within an edition: /info/about and /ru/info/about are two pages.
  const other = getInfoPage(edition, parsed.data.slug);
  if (other && other.id !== id) return taken(values);
  let written: number | null;
  try {
    // The unique index still decides a race between two staff taking one slug.
    written =
      id === null
        ? createInfoPage(actor(staff, ip), parsed.data, edition)
        : updateInfoPage(actor(staff, ip), id, parsed.data) === null
          ? null
          : id;
  } catch (error) {
    if (isUniqueViolation(error)) return taken(values);
    throw error;
  }
  if (written === null) return invalid(values, {}, 'That page does not exist (any more).');
  invalidate(edition);
  return { status: 'done', id: written, message: id === null ? 'Page created.' : 'Page saved.' };
}

/** Form fields: id, confirm ("yes"). */
export function deletePageFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  invalidate: Invalidate = expireInfoPages,
): Outcome {
  if (!can(staff.role, 'pages.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  if (id === null) return { ok: false, code: 'not-found' };
  const page = getInfoPageById(id);
  if (page && !canIn(staff, page.edition, 'pages.manage')) return { ok: false, code: 'forbidden' };
  if (form.get('confirm') !== 'yes') return { ok: false, code: 'confirm' };
  if (deleteInfoPage(actor(staff, ip), id) === null) return { ok: false, code: 'not-found' };
  invalidate(page?.edition ?? DEFAULT_EDITION);
  return { ok: true, code: 'deleted' };
}

/** The messages of the codes the list and edit pages may be sent back with. */
export const PAGE_OUTCOMES = {
  done: { created: 'Page created.', saved: 'Page saved.', deleted: 'Page deleted.' } as Record<string, string>,
  error: {
    forbidden: FORBIDDEN_MESSAGE,
    'not-found': 'That page does not exist (any more).',
    confirm: 'Tick the box to confirm the deletion.',
  } as Record<string, string>,
};

/**
 * The Edition field of the newsroom's create forms (sections, tags, people, shows, site pages,
 * banners; issue 20): which editions a person may create in, how the field is labelled and
 * preselected, and how its value is read back on the server. The desks create in their own
 * edition; the server checks the choice again (an edited form can send any value).
 */
import { editionsWhere, type EditionStaff, type Permission } from '@/lib/auth/roles';
import { DEFAULT_EDITION, editions } from '@/lib/editions';

export const EDITION_FIELD = 'edition';
export const UNKNOWN_EDITION = 'Choose one of the listed editions.';

// The newsroom's chrome is English: "Russian (RU)", not the edition's own name.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Russian (RU)": an edition as the newsroom's selects and read-only fields name it. */
export function editionChoiceLabel(code: string): string {
  const edition = editions.find(code);
  if (!edition) return code;
  return `${languageNames.of(edition.language) ?? edition.name} (${edition.flag})`;
}

/** The editions (in configuration order) in which `staff` holds `permission`: an administrator, all. */
export function editionsToCreateIn(staff: EditionStaff, permission: Permission): string[] {
  return editionsWhere(staff, editions.codes, permission);
}

/** The select's options for `codes`. */
export function editionOptions(codes: readonly string[]): { value: string; label: string }[] {
  return codes.map((code) => ({ value: code, label: editionChoiceLabel(code) }));
}

/**
 * The edition a create form starts on: the list page's edition filter (`?edition=ru`) when the
 * person may create there, else their first edition (English for an administrator, so forms
 * filled without choosing keep making default-edition items).
 */
export function preselectedEdition(allowed: readonly string[], filter?: string): string {
  return filter && allowed.includes(filter) ? filter : (allowed[0] ?? DEFAULT_EDITION);
}

/**
 * The form's edition: its value kept for a re-rendered form (`values`, only when the form sent
 * the field), and the edition (null for an unknown code). A form without the field is the
 * default edition's, as every create form was before editions had a choice.
 */
export function editionOfForm(form: FormData): { values: Record<string, string>; edition: string | null } {
  const raw = form.get(EDITION_FIELD);
  if (raw === null) return { values: {}, edition: DEFAULT_EDITION };
  const text = typeof raw === 'string' ? raw : '';
  return { values: { [EDITION_FIELD]: text }, edition: editions.find(text)?.code ?? null };
}

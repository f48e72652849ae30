import { ManagedForm, type FieldSpec } from '@/components/admin/ManagedForm';
import { editionOptions, EDITION_FIELD } from '@/lib/newsroom/edition-field';
import type { FormState } from '@/lib/newsroom/forms';
import { PAGE_LIMITS } from '@/lib/newsroom/pages';

/** The fields of a site page's form (the same for a new page and an edit). */
export const PAGE_FORM_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Title', required: true, maxLength: PAGE_LIMITS.title },
  {
    name: 'slug',
    label: 'Slug',
    maxLength: PAGE_LIMITS.slug,
    hint: 'The page’s address is /info/slug. Left empty, it is made from the title.',
  },
  {
    name: 'description',
    label: 'Description',
    kind: 'textarea',
    rows: 2,
    maxLength: PAGE_LIMITS.description,
    hint: 'Shown under the title and by search engines and share cards.',
  },
  {
    name: 'position',
    label: 'Place in the footer',
    required: true,
    maxLength: 4,
    hint: '0 comes first; pages with the same number are in the order they were made. −1 keeps the page out of the footer.',
  },
  {
    name: 'body',
    label: 'Body',
    kind: 'textarea',
    required: true,
    rows: 22,
    maxLength: PAGE_LIMITS.body,
    hint: 'Markdown, as in the article editor: ## headings, - lists, > quotes (— attribution on the last line), [links](https://…). Text only: no pictures or players.',
  },
];

/**
 * A site page's form, posted to `action` (create or update). `editions` (a new page only): the
 * editions the person may make it in, offered in an Edition select; a saved page keeps its own.
 */
export function PageForm({
  action,
  initial,
  id,
  submitLabel,
  editions,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  id?: number;
  submitLabel: string;
  editions?: readonly string[];
}) {
  const edition: FieldSpec[] = editions
    ? [
        {
          name: EDITION_FIELD,
          label: 'Edition',
          kind: 'select',
          required: true,
          options: editionOptions(editions),
          hint: 'The page belongs to this edition: its footer links to it, at /info/slug in that edition. It cannot be moved to another edition later.',
        },
      ]
    : [];
  return (
    <ManagedForm
      action={action}
      idPrefix="page"
      submitLabel={submitLabel}
      fields={[...edition, ...PAGE_FORM_FIELDS]}
      initial={initial}
      hidden={id === undefined ? {} : { id }}
    />
  );
}

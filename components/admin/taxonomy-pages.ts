/**
 * The copy of the admin pages of each taxonomy kind (sections, tags, people, shows): what
 * TaxonomyListPage and TaxonomyDetailPage say and which fields they show. The kind itself (its
 * noun, path, rules) is lib/newsroom/taxonomy.ts; add a kind there first.
 */
import type { FieldSpec } from '@/components/admin/ManagedForm';
import {
  AUTHOR_LIMITS,
  PEOPLE,
  ARTWORK_MIN_PX,
  SECTION_LIMITS,
  SECTIONS,
  SHOW_CATEGORIES,
  SHOW_LIMITS,
  SHOWS,
  TAG_LIMITS,
  TAGS,
  type TaxonomyKind,
} from '@/lib/newsroom/taxonomy';
import { showPath } from '@/lib/podcasts';
import { authorPath, sectionPath, tagPath } from '@/lib/urls';

/** A row as the pages show it (db/queries/taxonomy.ts `NamedRow`: components do not import db/). */
export interface TaxonomyPageRow {
  id: number;
  edition: string;
  slug: string;
  name: string;
  articleCount: number;
}

export interface TaxonomyPages<Row extends TaxonomyPageRow> {
  kind: Pick<TaxonomyKind, 'noun' | 'path'>;
  /** Prefix of the field ids (`new-section-name` when creating, `section-name` when editing). */
  id: string;
  title: string;
  intro?: string;
  caption: string;
  /** The reader page of a row. */
  address: (edition: string, slug: string) => string;
  /** A column of the list after the name, besides address and article count. */
  column?: { header: string; cell: (row: Row) => string };
  limits: { name: number; slug: number };
  /** The fields after name and slug. */
  fields: FieldSpec[];
  slugHints: { create: string; edit: string };
  newHeading: string;
  newNote?: string;
  createLabel: string;
  saveLabel: string;
  deleteHeading: string;
  deleteLabel: string;
  /** Said above the confirmation box; `articles` is "3 articles". */
  deleteNote?: (articles: string) => string;
  /** For a kind that cannot be deleted while it has articles: the message of a refused delete, and the page's explanation instead of the form. */
  inUse?: { refused: (row: Row, articles: string) => string; instead: (row: Row, articles: string) => string };
  /** Messages after a redirect (`?done=code`), on the list and on a row's page. */
  listDone: Record<string, string>;
  detailDone: Record<string, string>;
}

export const SECTION_PAGES: TaxonomyPages<TaxonomyPageRow> = {
  kind: SECTIONS,
  id: 'section',
  title: 'Sections',
  intro: 'In the order of the site’s navigation and home page.',
  caption: 'Sections in navigation order',
  address: sectionPath,
  limits: SECTION_LIMITS,
  fields: [{ name: 'description', label: 'Description', kind: 'textarea', maxLength: SECTION_LIMITS.description }],
  slugHints: {
    create: 'The section’s address, /slug: lower-case letters, digits and hyphens. Made from the name when empty.',
    edit: 'A new slug changes the address of the section and of every article in it; the articles’ old addresses redirect to the new ones, the old section front does not.',
  },
  newHeading: 'New section',
  newNote: 'It is added at the end of the navigation; move it up from the list above.',
  createLabel: 'Create section',
  saveLabel: 'Save section',
  deleteHeading: 'Delete the section',
  deleteLabel: 'Delete section',
  inUse: {
    refused: (_row, articles) => `The section was not deleted: it has ${articles}. Move them to another section first.`,
    instead: (row) =>
      `A section with articles cannot be deleted: this one has ${row.articleCount} (drafts and the trash included). Move them to another section first.`,
  },
  listDone: {
    created: 'Section created. It is in the site’s navigation now.',
    moved: 'Moved.',
    deleted: 'Section deleted.',
  },
  detailDone: { saved: 'Section saved.' },
};

export const TAG_PAGES: TaxonomyPages<TaxonomyPageRow> = {
  kind: TAGS,
  id: 'tag',
  title: 'Tags',
  caption: 'Tags by name',
  address: tagPath,
  limits: TAG_LIMITS,
  fields: [{ name: 'description', label: 'Description', kind: 'textarea', maxLength: TAG_LIMITS.description }],
  slugHints: {
    create: 'The tag’s address, /tags/slug. Made from the name when empty.',
    edit: 'The tag’s address, /tags/slug. When it changes, the old address leads here, and the old name finds this tag in the editor.',
  },
  newHeading: 'New tag',
  createLabel: 'Create tag',
  saveLabel: 'Save tag',
  deleteHeading: 'Delete the tag',
  deleteLabel: 'Delete tag',
  deleteNote: (articles) => `The tag is removed from its ${articles}; the articles stay.`,
  listDone: { deleted: 'Tag deleted and removed from its articles.' },
  detailDone: {
    created: 'Tag created.',
    saved: 'Tag saved.',
    merged:
      'Merged: the other tag’s articles now carry this one, and the other tag is gone (its address and name lead here).',
  },
};

export const PEOPLE_PAGES: TaxonomyPages<TaxonomyPageRow & { jobTitle: string }> = {
  kind: PEOPLE,
  id: 'person',
  title: 'People',
  intro: 'The bylines articles are signed with.',
  caption: 'Bylines by name',
  address: authorPath,
  column: { header: 'Job title', cell: (row) => row.jobTitle || '—' },
  limits: AUTHOR_LIMITS,
  fields: [
    {
      name: 'jobTitle',
      label: 'Job title',
      maxLength: AUTHOR_LIMITS.jobTitle,
      placeholder: 'e.g. Moscow correspondent',
    },
    { name: 'bio', label: 'Biography', kind: 'textarea', maxLength: AUTHOR_LIMITS.bio, rows: 5 },
  ],
  slugHints: {
    create: 'The person’s page, /authors/slug. Made from the name when empty.',
    edit: 'The person’s page, /authors/slug. The old address stops working when it changes.',
  },
  newHeading: 'New byline',
  createLabel: 'Add person',
  saveLabel: 'Save',
  deleteHeading: 'Delete',
  deleteLabel: 'Delete',
  deleteNote: () => 'A staff account linked to this byline keeps working, without a byline.',
  inUse: {
    refused: (row, articles) =>
      `Not deleted: ${row.name} is the byline of ${articles}. Remove the byline from them first.`,
    instead: (row, articles) =>
      `${row.name} is the byline of ${articles} (drafts and the trash included), so cannot be deleted. Remove the byline from them first.`,
  },
  listDone: { deleted: 'Deleted.' },
  detailDone: { created: 'Added.', saved: 'Saved.' },
};

export const SHOW_PAGES: TaxonomyPages<TaxonomyPageRow & { host: string; category: string }> = {
  kind: SHOWS,
  id: 'show',
  title: 'Shows',
  intro: 'Programmes and podcasts. A story joins a show from its editor; a published one with audio is an episode.',
  caption: 'Shows by name',
  address: showPath,
  column: { header: 'Category', cell: (row) => row.category },
  limits: SHOW_LIMITS,
  fields: [
    { name: 'description', label: 'Description', kind: 'textarea', maxLength: SHOW_LIMITS.description, rows: 5 },
    {
      name: 'host',
      label: 'Host',
      maxLength: SHOW_LIMITS.host,
      hint: 'Who presents or produces it; podcast apps show it as the author.',
    },
    {
      name: 'category',
      label: 'Apple Podcasts category',
      kind: 'select',
      required: true,
      options: SHOW_CATEGORIES.map((c) => ({ value: c, label: c })),
    },
    {
      name: 'explicit',
      label: 'Explicit content',
      kind: 'checkbox',
      hint: 'Podcast apps mark the show explicit and may hide it from some listeners.',
    },
    {
      name: 'artworkMediaId',
      label: 'Artwork (media id, optional)',
      maxLength: 12,
      hint: `The id of a square picture of at least ${ARTWORK_MIN_PX} × ${ARTWORK_MIN_PX} px from Media.`,
    },
  ],
  slugHints: {
    create: 'The show’s page, /shows/slug, and its feed, /shows/slug/feed.xml. Made from the name when empty.',
    edit: 'The show’s page and feed address. Podcast apps subscribed to the old feed address stop getting episodes when it changes.',
  },
  newHeading: 'New show',
  createLabel: 'Create show',
  saveLabel: 'Save show',
  deleteHeading: 'Delete the show',
  deleteLabel: 'Delete show',
  inUse: {
    refused: (_row, articles) =>
      `The show was not deleted: it has ${articles}. Take them out of the show in their editor first.`,
    instead: (row, articles) =>
      `A show with articles cannot be deleted (its podcast subscribers would lose the episodes): “${row.name}” has ${articles} (drafts and the trash included). Take them out of the show in their editor first.`,
  },
  listDone: { deleted: 'Show deleted.' },
  detailDone: { created: 'Show created.', saved: 'Show saved.' },
};

/** "1 article", "3 articles". */
export const articlesText = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

/** The messages after a redirect: of the list, or (given the row) of the row's page. */
export function outcomeMessages<Row extends TaxonomyPageRow>(pages: TaxonomyPages<Row>, row?: Row) {
  const error: Record<string, string> = {
    forbidden: `Your role may not manage ${pages.title.toLowerCase()}.`,
    'not-found': `That ${pages.kind.noun} does not exist (any more).`,
  };
  if (!row) return { done: pages.listDone, error };
  error.confirm = 'Tick the box to confirm the deletion.';
  if (pages.inUse) error['in-use'] = pages.inUse.refused(row, articlesText(row.articleCount));
  return { done: pages.detailDone, error };
}

/** Name, slug (with the hint of creating or editing) and the kind's own fields. */
export function fieldsOf<Row extends TaxonomyPageRow>(pages: TaxonomyPages<Row>, mode: 'create' | 'edit'): FieldSpec[] {
  return [
    { name: 'name', label: 'Name', required: true, maxLength: pages.limits.name },
    { name: 'slug', label: 'Slug', maxLength: pages.limits.slug, hint: pages.slugHints[mode] },
    ...pages.fields,
  ];
}

/**
 * What the routes of /admin/sections, /admin/tags, /admin/people and /admin/shows call, once for
 * the kinds of lib/newsroom/taxonomy.ts: the server actions (app/admin/<kind>/actions.ts wraps them,
 * as a 'use server' file may only export async functions) and the loading of their pages.
 */
import { notFound } from 'next/navigation';
import type { NamedInput, NamedRow } from '@/db/queries/taxonomy';
import { editions } from '@/lib/editions';
import { preselectedEdition } from '@/lib/newsroom/edition-field';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { oneParam, outcomeQuery, parseId, type Outcome } from '@/lib/newsroom/forms';
import { buttonAction, formAction } from '@/lib/newsroom/server-actions';
import {
  mayManageIn,
  mergeTagFromForm,
  moveSectionFromForm,
  PEOPLE,
  SECTIONS,
  SHOWS,
  TAGS,
  taxonomyForms,
  type TaxonomyKind,
} from '@/lib/newsroom/taxonomy';

type SearchParams = Record<string, string | string[] | undefined>;

/** The props Next gives a list page, /admin/<kind>. */
export interface ListRouteProps {
  searchParams: Promise<SearchParams>;
}

/** The props Next gives a detail page, /admin/<kind>/<id>. */
export interface DetailRouteProps extends ListRouteProps {
  params: Promise<{ id: string }>;
}

/** The message codes a redirect put in the address (`?done=` or `?error=`). */
const outcomeOf = (query: SearchParams) => ({ done: oneParam(query, 'done'), error: oneParam(query, 'error') });

/** A list page's query, for a caller who may manage the kind (else sign-in or 403). */
export async function loadTaxonomyList(kind: Pick<TaxonomyKind, 'path'>, { searchParams }: ListRouteProps) {
  const staff = await requireStaff('taxonomy.manage', kind.path);
  const query = await searchParams;
  // Every edition's rows are listed; links and buttons only where the person may change them,
  // and new rows are made in one of those editions (`?edition=` preselects it).
  const manageable = editions.codes.filter((code) => mayManageIn(staff, code));
  const newEdition = preselectedEdition(manageable, oneParam(query, 'edition'));
  return { query, outcome: outcomeOf(query), manageable, newEdition };
}

/** A detail page's row, for a caller who may manage the kind; a malformed or unknown id is a 404. */
export async function loadTaxonomyDetail<Row extends NamedRow>(
  kind: Pick<TaxonomyKind<Row, never>, 'path' | 'store'>,
  { params, searchParams }: DetailRouteProps,
) {
  const { id: rawId } = await params;
  const staff = await requireStaff('taxonomy.manage', `${kind.path}/${rawId}`);
  const id = parseId(rawId);
  const row = id === null ? null : kind.store.get(id);
  if (!row) notFound();
  // Another edition's item answers 403, like a role refusal (the checks in taxonomy.ts agree).
  requireEdition(staff, row.edition, 'taxonomy.manage');
  return { row, outcome: outcomeOf(await searchParams) };
}

/** Create, update and delete of a kind, with the redirects of its pages. */
function taxonomyActions<Row extends NamedRow, Input extends NamedInput>(kind: TaxonomyKind<Row, Input>) {
  const forms = taxonomyForms(kind);
  const detail = (id: number) => `${kind.path}/${id}`;
  // A failed delete goes back to the row's page, which says why.
  const afterDelete = (outcome: Outcome, form: FormData) => {
    const id = parseId(form.get('id'));
    return `${outcome.ok || id === null ? kind.path : detail(id)}?${outcomeQuery(outcome)}`;
  };
  return {
    create: formAction('taxonomy.manage', forms.create, (id) =>
      kind.afterCreate === 'list' ? `${kind.path}?done=created` : `${detail(id)}?done=created`,
    ),
    update: formAction('taxonomy.manage', forms.update, (id) => `${detail(id)}?done=saved`),
    remove: buttonAction('taxonomy.manage', kind.path, forms.remove, afterDelete),
  };
}

export const sectionActions = {
  ...taxonomyActions(SECTIONS),
  move: buttonAction(
    'taxonomy.manage',
    SECTIONS.path,
    moveSectionFromForm,
    (outcome) => `${SECTIONS.path}?${outcomeQuery(outcome)}`,
  ),
};

export const tagActions = {
  ...taxonomyActions(TAGS),
  merge: formAction('taxonomy.manage', mergeTagFromForm, (id) => `${TAGS.path}/${id}?done=merged`),
};

export const peopleActions = taxonomyActions(PEOPLE);

export const showActions = taxonomyActions(SHOWS);

import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { FILTER_INPUT_CLASS, FilterLabel, ListFilter, ListTable } from '@/components/admin/ListParts';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { Panel } from '@/components/admin/PageParts';
import { fieldsOf, outcomeMessages, type TaxonomyPageRow, type TaxonomyPages } from '@/components/admin/taxonomy-pages';
import { editions } from '@/lib/editions';
import { editionOptions, EDITION_FIELD } from '@/lib/newsroom/edition-field';
import type { FormState } from '@/lib/newsroom/forms';

/** A filtered, paged list (tags: too many for one page); `href` links to a page of it. */
export interface TaxonomySearch {
  q: string;
  page: number;
  pages: number;
  total: number;
  href: (page: number) => string;
}

/**
 * The list page of a taxonomy kind (/admin/sections, /admin/tags, /admin/people): the rows with
 * their address and article count, and the form for a new one. `actions.move` makes it an
 * ordered list (sections: a position column and up/down buttons); `search` a filtered, paged one
 * (tags).
 */
export function TaxonomyListPage<Row extends TaxonomyPageRow>({
  pages,
  rows,
  outcome,
  actions,
  search,
  manageable,
  newEdition,
}: {
  pages: TaxonomyPages<Row>;
  rows: Row[];
  outcome: { done: string; error: string };
  actions: {
    create: (state: FormState, form: FormData) => Promise<FormState>;
    move?: (form: FormData) => Promise<void>;
  };
  search?: TaxonomySearch;
  /** The editions whose rows the person may change (others are listed read-only) and create in. */
  manageable: readonly string[];
  /** The create form's preselected edition (one of `manageable`). */
  newEdition: string;
}) {
  const mayChange = (row: Row) => manageable.includes(row.edition);
  const { kind, id, column } = pages;
  const { create, move } = actions;
  const plural = pages.title.toLowerCase();
  const columns = ['Name', ...(column ? [column.header] : []), 'Address', 'Articles'];
  // An ordered kind (sections: each edition's menu) lists each edition's rows together, numbered and
  // moved among themselves (a section moves within its own edition, db/queries/taxonomy.ts).
  const listed = move
    ? [...rows].sort((a, b) => editions.codes.indexOf(a.edition) - editions.codes.indexOf(b.edition))
    : rows;
  const counts = new Map<string, number>();
  const places = listed.map((row) => {
    const place = (counts.get(row.edition) ?? 0) + 1;
    counts.set(row.edition, place);
    return place;
  });
  const moveButton = (row: Row, direction: 'up' | 'down') => (
    <form action={move}>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="min-h-11 rounded border border-line px-3 font-semibold">
        {direction === 'up' ? '↑ Move up' : '↓ Move down'}
        <span className="sr-only"> {row.name}</span>
      </button>
    </form>
  );
  return (
    <div>
      <h1 className="list-title">{pages.title}</h1>
      {pages.intro ? <p className="list-count">{pages.intro}</p> : null}
      <OutcomeNotice done={outcome.done} error={outcome.error} messages={outcomeMessages(pages)} />
      {search ? (
        <>
          <ListFilter
            label={`Filter ${plural}`}
            submitLabel="Filter"
            reset={search.q ? { href: kind.path, label: 'Show all' } : null}
          >
            <FilterLabel label="Name or slug contains">
              <input type="search" name="q" defaultValue={search.q} maxLength={80} className={FILTER_INPUT_CLASS} />
            </FilterLabel>
          </ListFilter>
          <p className="list-count mt-3">
            {search.total} {search.total === 1 ? kind.noun : plural}
            {search.q ? ` matching “${search.q}”` : ''}
          </p>
        </>
      ) : null}
      <ListTable
        className={search ? 'mt-2' : 'mt-4'}
        caption={pages.caption}
        columns={move ? ['#', ...columns, 'Order'] : columns}
      >
        {listed.map((row, i) => (
          <tr key={row.id} className="border-t border-line">
            {move ? (
              <td className="py-2">
                {editions.codes.length > 1 ? `${row.edition.toUpperCase()} ${places[i]}` : places[i]}
              </td>
            ) : null}
            <th scope="row" className="py-2 font-normal">
              {mayChange(row) ? (
                <Link href={`${kind.path}/${row.id}`} prefetch={false} className="font-semibold underline">
                  {row.name}
                </Link>
              ) : (
                <span className="font-semibold">{row.name}</span>
              )}
            </th>
            {column ? <td>{column.cell(row)}</td> : null}
            <td>
              <Link href={pages.address(row.edition, row.slug)} prefetch={false} className="underline">
                {pages.address(row.edition, row.slug)}
              </Link>
            </td>
            <td>{row.articleCount}</td>
            {move ? (
              <td>
                <div className="flex flex-wrap gap-2 py-1">
                  {mayChange(row) && places[i] > 1 ? moveButton(row, 'up') : null}
                  {mayChange(row) && places[i] < (counts.get(row.edition) ?? 0) ? moveButton(row, 'down') : null}
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </ListTable>
      {search && rows.length === 0 ? (
        <p className="mt-2">
          No {plural}
          {search.q ? ' match the filter' : search.page > 1 ? ' on this page' : ''}.
        </p>
      ) : null}
      {search ? (
        <AdminPager label={`Pages of ${plural}`} page={search.page} pages={search.pages} href={search.href} />
      ) : null}
      {manageable.length ? (
        <Panel id={`new-${id}`} title={pages.newHeading} headingClassName="mb-3 text-xl font-bold">
          {pages.newNote ? <p className="mb-3 text-sm text-muted-fg">{pages.newNote}</p> : null}
          <ManagedForm
            action={create}
            idPrefix={`new-${id}`}
            submitLabel={pages.createLabel}
            initial={{ [EDITION_FIELD]: newEdition }}
            fields={[
              // Only the editions the person may create in; the server checks the choice again.
              {
                name: EDITION_FIELD,
                label: 'Edition',
                kind: 'select',
                required: true,
                options: editionOptions(manageable),
                hint: `The ${kind.noun} belongs to this edition, with its own address there. It cannot be moved to another edition later.`,
              },
              ...fieldsOf(pages, 'create'),
            ]}
          />
        </Panel>
      ) : null}
    </div>
  );
}

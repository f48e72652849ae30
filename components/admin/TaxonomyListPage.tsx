import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { fieldsOf, outcomeMessages, type TaxonomyPageRow, type TaxonomyPages } from '@/components/admin/taxonomy-pages';
import type { FormState } from '@/lib/newsroom/forms';

/** A filtered, paged list (tags: too many for one page). */
export interface TaxonomySearch {
  q: string;
  page: number;
  pages: number;
  total: number;
}

/**
 * The list page of a taxonomy kind (/admin/sections, /admin/tags, /admin/people): the rows with
 * their address and article count, and the form for a new one. `move` makes it an ordered list
 * (`actions.move`, sections: a position column and up/down buttons); `search` a filtered, paged one (tags).
 */
export function TaxonomyListPage<Row extends TaxonomyPageRow>({
  pages,
  rows,
  outcome,
  actions,
  search,
}: {
  pages: TaxonomyPages<Row>;
  rows: Row[];
  outcome: { done: string; error: string };
  actions: {
    create: (state: FormState, form: FormData) => Promise<FormState>;
    move?: (form: FormData) => Promise<void>;
  };
  search?: TaxonomySearch;
}) {
  const { kind, id, column } = pages;
  const { create, move } = actions;
  const plural = pages.title.toLowerCase();
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
      {search ? <SearchForm path={kind.path} plural={plural} noun={kind.noun} search={search} /> : null}
      <table className={`${search ? 'mt-2' : 'mt-4'} w-full text-left text-sm`}>
        <caption className="sr-only">{pages.caption}</caption>
        <thead>
          <tr>
            {move ? <th scope="col">#</th> : null}
            <th scope="col">Name</th>
            {column ? <th scope="col">{column.header}</th> : null}
            <th scope="col">Address</th>
            <th scope="col">Articles</th>
            {move ? <th scope="col">Order</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id} className="border-t border-line">
              {move ? <td className="py-2">{i + 1}</td> : null}
              <th scope="row" className="py-2 font-normal">
                <Link href={`${kind.path}/${row.id}`} prefetch={false} className="font-semibold underline">
                  {row.name}
                </Link>
              </th>
              {column ? <td>{column.cell(row)}</td> : null}
              <td>
                <Link href={pages.address(row.slug)} prefetch={false} className="underline">
                  {pages.address(row.slug)}
                </Link>
              </td>
              <td>{row.articleCount}</td>
              {move ? (
                <td>
                  <div className="flex flex-wrap gap-2 py-1">
                    {i > 0 ? moveButton(row, 'up') : null}
                    {i < rows.length - 1 ? moveButton(row, 'down') : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {search ? (
        <>
          {rows.length === 0 ? (
            <p className="mt-2">
              No {plural}
              {search.q ? ' match the filter' : search.page > 1 ? ' on this page' : ''}.
            </p>
          ) : null}
          <AdminPager
            label={`Pages of ${plural}`}
            page={search.page}
            pages={search.pages}
            href={(p) =>
              `${kind.path}?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), page: String(p) })}`
            }
          />
        </>
      ) : null}
      <section aria-labelledby={`new-${id}-heading`} className="mt-8">
        <h2 id={`new-${id}-heading`} className="mb-3 text-xl font-bold">
          {pages.newHeading}
        </h2>
        {pages.newNote ? <p className="mb-3 text-sm text-muted-fg">{pages.newNote}</p> : null}
        <ManagedForm
          action={create}
          idPrefix={`new-${id}`}
          submitLabel={pages.createLabel}
          fields={fieldsOf(pages, 'create')}
        />
      </section>
    </div>
  );
}

/** The filter of a long list: name or slug contains `q` (a GET form: the filter is in the address). */
function SearchForm({
  path,
  plural,
  noun,
  search,
}: {
  path: string;
  plural: string;
  noun: string;
  search: TaxonomySearch;
}) {
  const { q, total } = search;
  return (
    <>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label={`Filter ${plural}`}>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${plural}-q`} className="text-sm font-semibold">
            Name or slug contains
          </label>
          <input
            id={`${plural}-q`}
            type="search"
            name="q"
            defaultValue={q}
            maxLength={80}
            className="min-h-11 rounded border border-line bg-page px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Filter
        </button>
        {q ? (
          <Link href={path} prefetch={false} className="min-h-11 py-2 underline">
            Show all
          </Link>
        ) : null}
      </form>
      <p className="list-count mt-3">
        {total} {total === 1 ? noun : plural}
        {q ? ` matching “${q}”` : ''}
      </p>
    </>
  );
}

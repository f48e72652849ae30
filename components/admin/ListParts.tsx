/**
 * The newsroom lists' shared frame (articles, media, staff, the audit log): the filter form above
 * a list, its labelled controls, and the table. Plain links and GET forms: no JavaScript.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { BUTTON_CLASS } from './FormParts';

export const FILTER_INPUT_CLASS = 'min-h-11 rounded border border-line bg-page px-2';

/** A GET form that filters a list; `reset` links to the whole list while a filter is on. */
export function ListFilter({
  label,
  submitLabel,
  reset,
  children,
}: {
  /** Names the search landmark, e.g. "Filter articles". */
  label: string;
  submitLabel: string;
  reset?: { href: string; label: string } | null;
  children: ReactNode;
}) {
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label={label}>
      {children}
      <button type="submit" className={BUTTON_CLASS}>
        {submitLabel}
      </button>
      {reset ? (
        <Link href={reset.href} prefetch={false} className="min-h-11 py-2 underline">
          {reset.label}
        </Link>
      ) : null}
    </form>
  );
}

/** A filter's control (children) inside its label. */
export function FilterLabel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-sm font-semibold">{label}</span>
      {children}
    </label>
  );
}

/** The free-text filter of a list (`?q=`). */
export function SearchFilter({ label, q }: { label: string; q: string }) {
  return (
    <FilterLabel label={label}>
      <input type="search" name="q" defaultValue={q} maxLength={200} className={FILTER_INPUT_CLASS} />
    </FilterLabel>
  );
}

/** A list's table: its column headings, an optional caption for screen readers, and the rows. */
export function ListTable({
  columns,
  caption,
  className = 'mt-2',
  children,
}: {
  columns: string[];
  caption?: string;
  /** The space above it. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={`${className} w-full text-left text-sm`}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

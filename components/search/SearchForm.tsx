import type { ReactNode } from 'react';
import { DATE_RANGES, type SearchRequest } from '@/lib/search/params';
import type { SectionRef, TagRef } from '@/lib/content/reader';

const field = 'min-h-11 rounded border border-line bg-page px-3';

/** The search box and its filters: one GET form, so it works the same with JavaScript off. */
export function SearchForm({
  request,
  sections,
  tags,
}: {
  request: SearchRequest;
  sections: SectionRef[];
  tags: TagRef[];
}) {
  const tagChoices =
    request.tag && !tags.some((t) => t.slug === request.tag)
      ? [{ id: 0, slug: request.tag, name: request.tag }, ...tags]
      : tags;
  return (
    <form action="/search" method="get" role="search" aria-label="Search stories" className="search-form">
      <div className="flex max-w-2xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search for
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={request.q}
          maxLength={400}
          className={`${field} flex-1`}
        />
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
          Search
        </button>
      </div>
      <fieldset className="search-filters">
        <legend className="sr-only">Filters</legend>
        {request.sort !== 'relevance' ? <input type="hidden" name="sort" value={request.sort} /> : null}
        <FilterSelect label="Section" name="section" value={request.section} all="All sections" options={sections} />
        <FilterSelect label="Topic" name="tag" value={request.tag} all="All topics" options={tagChoices} />
        <Filter id="search-range" label="Published">
          <select id="search-range" name="range" defaultValue={request.range} className={field}>
            {Object.entries(DATE_RANGES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Filter>
        <DateFilter label="From" name="from" value={request.from} />
        <DateFilter label="To" name="to" value={request.to} />
        <p id="search-dates-hint" className="search-hint">
          Dates apply with “{DATE_RANGES.custom}” or “{DATE_RANGES.any}”, in UTC.
        </p>
        <button type="submit" className="search-apply min-h-11 rounded border border-line px-4 font-semibold">
          Apply filters
        </button>
      </fieldset>
    </form>
  );
}

/** One labelled filter control. */
function Filter({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** A choice among a list's entries (by slug), after `all`: no filter. */
function FilterSelect(props: {
  label: string;
  name: string;
  value: string | null;
  all: string;
  options: { slug: string; name: string }[];
}) {
  const id = `search-${props.name}`;
  return (
    <Filter id={id} label={props.label}>
      <select id={id} name={props.name} defaultValue={props.value ?? ''} className={field}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </Filter>
  );
}

/** A calendar day bounding a custom date range (explained by the hint below the dates). */
function DateFilter({ label, name, value }: { label: string; name: string; value: string | null }) {
  const id = `search-${name}`;
  return (
    <Filter id={id} label={label}>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value ?? ''}
        className={field}
        aria-describedby="search-dates-hint"
      />
    </Filter>
  );
}

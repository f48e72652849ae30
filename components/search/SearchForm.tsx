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
        <FilterSelect
          id="search-section"
          label="Section"
          name="section"
          value={request.section}
          all="All sections"
          options={sections}
        />
        <FilterSelect
          id="search-tag"
          label="Topic"
          name="tag"
          value={request.tag}
          all="All topics"
          options={tagChoices}
        />
        <div>
          <label htmlFor="search-range">Published</label>
          <select id="search-range" name="range" defaultValue={request.range} className={field}>
            {Object.entries(DATE_RANGES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-from">From</label>
          <input
            id="search-from"
            type="date"
            name="from"
            defaultValue={request.from ?? ''}
            className={field}
            aria-describedby="search-dates-hint"
          />
        </div>
        <div>
          <label htmlFor="search-to">To</label>
          <input
            id="search-to"
            type="date"
            name="to"
            defaultValue={request.to ?? ''}
            className={field}
            aria-describedby="search-dates-hint"
          />
        </div>
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

function FilterSelect(props: {
  id: string;
  label: string;
  name: string;
  value: string | null;
  all: string;
  options: { slug: string; name: string }[];
}) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ''} className={field}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

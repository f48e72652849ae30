import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { DATE_RANGES, type DateRange, type SearchRequest } from '@/lib/search/params';
import type { SectionRef, TagRef } from '@/lib/content/reader';

const field = 'min-h-11 rounded border border-line bg-page px-3';

/** The date ranges' names in the page's edition (the search page's chips use them too). */
export function useRangeNames(): Record<DateRange, string> {
  const t = useTranslations('Search');
  return {
    any: t('rangeAny'),
    day: t('rangeDay'),
    week: t('rangeWeek'),
    month: t('rangeMonth'),
    custom: t('rangeCustom'),
  };
}

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
  const t = useTranslations('Search');
  const ranges = useRangeNames();
  const action = editionPath(useEdition().code, '/search');
  return (
    <form action={action} method="get" role="search" aria-label={t('formLabel')} className="search-form">
      <div className="flex max-w-2xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t('searchFor')}
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
          {t('submit')}
        </button>
      </div>
      <fieldset className="search-filters">
        <legend className="sr-only">{t('filters')}</legend>
        {request.sort !== 'relevance' ? <input type="hidden" name="sort" value={request.sort} /> : null}
        <FilterSelect
          label={t('section')}
          name="section"
          value={request.section}
          all={t('allSections')}
          options={sections}
        />
        <FilterSelect label={t('topic')} name="tag" value={request.tag} all={t('allTopics')} options={tagChoices} />
        <Filter id="search-range" label={t('published')}>
          <select id="search-range" name="range" defaultValue={request.range} className={field}>
            {(Object.keys(DATE_RANGES) as DateRange[]).map((value) => (
              <option key={value} value={value}>
                {ranges[value]}
              </option>
            ))}
          </select>
        </Filter>
        <DateFilter label={t('from')} name="from" value={request.from} />
        <DateFilter label={t('to')} name="to" value={request.to} />
        <p id="search-dates-hint" className="search-hint">
          {t('datesHint', { custom: ranges.custom, any: ranges.any })}
        </p>
        <button type="submit" className="search-apply min-h-11 rounded border border-line px-4 font-semibold">
          {t('apply')}
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

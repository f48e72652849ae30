import { Pagination } from '@/components/lists/Pagination';
import { DateTime } from '@/components/ui/DateTime';
import type { ArticleCard } from '@/lib/content/reader';
import { DATE_RANGES, SEARCH_PER_PAGE, searchHref, withoutFilters } from '@/lib/search/params';
import { MIN_PREFIX } from '@/lib/search/query';
import type { SearchHit, SearchPageData } from '@/lib/search/run';
import { articlePath, sectionPath } from '@/lib/urls';
import { EmptyState } from '@/components/ui/EmptyState';
import { Highlight } from './Highlight';
import { SearchForm } from './SearchForm';

const number = new Intl.NumberFormat('en-GB');

/** The search page: form, what was searched, ranked results with highlights, real page links. */
export function SearchResults({
  data,
  actions,
}: {
  data: SearchPageData;
  actions?: (story: ArticleCard) => React.ReactNode;
}) {
  const { request, query, results, section, tag } = data;
  const filtered = Boolean(section || tag || request.range !== 'any');
  return (
    <div className="list-page">
      <header className="list-header">
        <h1 className="list-title">Search</h1>
        <SearchForm request={request} sections={data.facets.sections} tags={data.facets.tags} />
      </header>
      {data.notes.length > 0 ? (
        <ul className="search-notes" aria-label="About your search">
          {data.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {results === null ? (
        <SearchHelp problem={query.problem} />
      ) : (
        <>
          <div className="search-summary">
            <p className="list-count" role="status">
              {results.total === 0
                ? `No stories match “${query.text}”${filtered ? ' with these filters' : ''}.`
                : `${results.more ? 'More than ' : ''}${number.format(results.total)} ${results.total === 1 ? 'story matches' : 'stories match'} “${query.text}”${filtered ? ' with these filters' : ''}.`}
            </p>
            {results.total > 0 ? (
              <p className="search-sort">
                <span>Sort by: </span>
                {request.sort === 'relevance' ? (
                  <span aria-current="true">relevance</span>
                ) : (
                  <a href={searchHref(request, { sort: 'relevance', page: 1 })}>relevance</a>
                )}
                <span aria-hidden="true"> · </span>
                {request.sort === 'newest' ? (
                  <span aria-current="true">newest first</span>
                ) : (
                  <a href={searchHref(request, { sort: 'newest', page: 1 })}>newest first</a>
                )}
              </p>
            ) : null}
            {filtered ? (
              <ul className="search-chips" aria-label="Filters in use">
                {section ? (
                  <Chip label={`Section: ${section.name}`} href={searchHref(request, { section: null, page: 1 })} />
                ) : null}
                {tag ? <Chip label={`Topic: ${tag.name}`} href={searchHref(request, { tag: null, page: 1 })} /> : null}
                {request.range !== 'any' ? (
                  <Chip
                    label={`Published: ${request.range === 'custom' ? `${request.from ?? '…'} to ${request.to ?? '…'}` : DATE_RANGES[request.range]}`}
                    href={searchHref(request, { range: 'any', from: null, to: null, page: 1 })}
                  />
                ) : null}
              </ul>
            ) : null}
            {results.windowed ? (
              <p className="search-hint">
                Relevance is ranked among the newest {number.format(results.windowed)} matches; sort by newest first or
                narrow the dates to reach older stories.
              </p>
            ) : null}
          </div>
          {results.total === 0 ? (
            <NoResults text={query.text} filtered={filtered} clearHref={searchHref(withoutFilters(request))} />
          ) : results.hits.length === 0 ? (
            <p className="mt-6">
              There are no more results past page {data.pageCount}.{' '}
              <a href={searchHref(request, { page: 1 })}>Back to the first page</a>
            </p>
          ) : (
            <ol className="search-results" start={(request.page - 1) * SEARCH_PER_PAGE + 1}>
              {results.hits.map((hit) => (
                <li key={hit.story.id}>
                  <Result hit={hit} actions={actions?.(hit.story)} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={request.page}
            pageCount={data.pageCount}
            hrefFor={(n) => searchHref(request, { page: n })}
            previous="Previous"
            next="Next"
            items="results"
          />
        </>
      )}
    </div>
  );
}

function Result({ hit, actions }: { hit: SearchHit; actions?: React.ReactNode }) {
  const { story } = hit;
  return (
    <article className="search-result">
      <h2 className="search-result__headline">
        <a href={articlePath({ id: story.id, slug: story.slug, sectionSlug: story.section.slug })}>
          <Highlight runs={hit.title} />
        </a>
      </h2>
      <p className="story-card__meta">
        <a href={sectionPath(story.section.slug)} className="story-card__section">
          {story.section.name}
        </a>
        <span aria-hidden="true"> · </span>
        <DateTime value={story.publishedAt} />
      </p>
      {hit.snippet.length > 0 ? (
        <p className="search-result__snippet">
          <Highlight runs={hit.snippet} />
        </p>
      ) : null}
      {actions ? <div className="story-card__actions">{actions}</div> : null}
    </article>
  );
}

function Chip({ label, href }: { label: string; href: string }) {
  return (
    <li>
      <a href={href} className="search-chip">
        {label}
        <span aria-hidden="true"> ✕</span>
        <span className="sr-only"> (remove this filter)</span>
      </a>
    </li>
  );
}

/** No match: what was searched, what to try, and ways on; the form stays above, filled in. */
function NoResults({ text, filtered, clearHref }: { text: string; filtered: boolean; clearHref: string }) {
  return (
    <EmptyState title={`Nothing found for “${text}”`} headingLevel={2}>
      <ul className="empty-state__tips">
        <li>Check the spelling, or try fewer or different words.</li>
        <li>
          End a word with <kbd>*</kbd> to match its beginnings: <kbd>sanct*</kbd> finds sanctions and sanctioned.
        </li>
        <li>
          Put words in quotes to find them together: <kbd>&quot;central bank&quot;</kbd>.
        </li>
      </ul>
      <p className="empty-state__actions">
        {filtered ? <a href={clearHref}>Search again without filters</a> : null}
        <a href="/">Go to the home page</a>
      </p>
    </EmptyState>
  );
}

function SearchHelp({ problem }: { problem: 'empty' | 'only-excluded' | null }) {
  return (
    <div className="search-help">
      {problem === 'only-excluded' ? (
        <p role="status">A search needs at least one word to look for, not only words to leave out.</p>
      ) : (
        <p>Search every story by the words in its headline, summary or text.</p>
      )}
      <ul>
        <li>
          <kbd>&quot;central bank&quot;</kbd> finds the words together
        </li>
        <li>
          <kbd>sanct*</kbd> finds words that begin with those letters (at least {MIN_PREFIX})
        </li>
        <li>
          <kbd>oil OR gas</kbd> finds either word
        </li>
        <li>
          <kbd>-football</kbd> leaves out stories with that word
        </li>
      </ul>
    </div>
  );
}

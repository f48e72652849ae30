import { useTranslations } from 'next-intl';
import { Pagination } from '@/components/lists/Pagination';
import { DateTime } from '@/components/ui/DateTime';
import type { ArticleCard } from '@/lib/content/reader';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { useSearchNotes } from '@/lib/i18n/search-notes';
import { noteKey } from '@/lib/search/notes';
import { SEARCH_PER_PAGE, searchHref, withoutFilters, type SearchRequest } from '@/lib/search/params';
import { MIN_PREFIX } from '@/lib/search/query';
import type { SearchHit, SearchPageData } from '@/lib/search/run';
import { cardPath, homePath, sectionPath } from '@/lib/urls';
import { EmptyState } from '@/components/ui/EmptyState';
import { Highlight } from './Highlight';
import { SearchForm, useRangeNames } from './SearchForm';

// The words' markup: the examples a reader can type are set as keyboard input.
const kbd = (chunks: React.ReactNode) => <kbd>{chunks}</kbd>;

/** The search page: form, what was searched, ranked results with highlights, real page links. */
export function SearchResults({
  data,
  actions,
}: {
  data: SearchPageData;
  actions?: (story: ArticleCard) => React.ReactNode;
}) {
  const t = useTranslations('Search');
  const ranges = useRangeNames();
  const edition = useEdition();
  const sayNote = useSearchNotes();
  // The search page's links stay in the edition searched.
  const href = (request: SearchRequest, change: Partial<SearchRequest> = {}) =>
    editionPath(edition.code, searchHref(request, change));
  const { request, query, results, section, tag } = data;
  const filtered = Boolean(section || tag || request.range !== 'any');
  const scope = { query: query.text, filtered: filtered ? 'yes' : 'no' };
  return (
    <div className="list-page">
      <header className="list-header">
        <h1 className="list-title">{t('title')}</h1>
        <SearchForm request={request} sections={data.facets.sections} tags={data.facets.tags} />
      </header>
      {data.notes.length > 0 ? (
        <ul className="search-notes" aria-label={t('about')}>
          {data.notes.map((note) => (
            <li key={noteKey(note)}>{sayNote(note)}</li>
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
                ? t('noMatch', scope)
                : t('matches', { ...scope, total: results.total, more: results.more ? 'yes' : 'no' })}
            </p>
            {results.total > 0 ? (
              <p className="search-sort">
                <span>{t('sortBy')}</span>
                {request.sort === 'relevance' ? (
                  <span aria-current="true">{t('relevance')}</span>
                ) : (
                  <a href={href(request, { sort: 'relevance', page: 1 })}>{t('relevance')}</a>
                )}
                <span aria-hidden="true"> · </span>
                {request.sort === 'newest' ? (
                  <span aria-current="true">{t('newest')}</span>
                ) : (
                  <a href={href(request, { sort: 'newest', page: 1 })}>{t('newest')}</a>
                )}
              </p>
            ) : null}
            {filtered ? (
              <ul className="search-chips" aria-label={t('filtersInUse')}>
                {section ? (
                  <Chip
                    label={t('chipSection', { name: section.name })}
                    href={href(request, { section: null, page: 1 })}
                  />
                ) : null}
                {tag ? (
                  <Chip label={t('chipTopic', { name: tag.name })} href={href(request, { tag: null, page: 1 })} />
                ) : null}
                {request.range !== 'any' ? (
                  <Chip
                    label={t('chipPublished', {
                      range:
                        request.range === 'custom'
                          ? t('chipBetween', { from: request.from ?? '…', to: request.to ?? '…' })
                          : ranges[request.range],
                    })}
                    href={href(request, { range: 'any', from: null, to: null, page: 1 })}
                  />
                ) : null}
              </ul>
            ) : null}
            {results.windowed ? <p className="search-hint">{t('windowed', { count: results.windowed })}</p> : null}
          </div>
          {results.total === 0 ? (
            <NoResults
              text={query.text}
              filtered={filtered}
              clearHref={href(withoutFilters(request))}
              homeHref={homePath(edition.code)}
            />
          ) : results.hits.length === 0 ? (
            <p className="mt-6">
              {t('pastEnd', { pageCount: data.pageCount })} <a href={href(request, { page: 1 })}>{t('firstPage')}</a>
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
            hrefFor={(n) => href(request, { page: n })}
            previous={t('previous')}
            next={t('next')}
            items={t('results')}
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
        <a href={cardPath(story)}>
          <Highlight runs={hit.title} />
        </a>
      </h2>
      <p className="story-card__meta">
        <a href={sectionPath(story.edition, story.section.slug)} className="story-card__section">
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
  const t = useTranslations('Search');
  return (
    <li>
      <a href={href} className="search-chip">
        {label}
        <span aria-hidden="true"> ✕</span>
        <span className="sr-only">{t('removeFilter')}</span>
      </a>
    </li>
  );
}

/** No match: what was searched, what to try, and ways on; the form stays above, filled in. */
function NoResults({
  text,
  filtered,
  clearHref,
  homeHref,
}: {
  text: string;
  filtered: boolean;
  clearHref: string;
  homeHref: string;
}) {
  const t = useTranslations('Search');
  return (
    <EmptyState title={t('nothingFound', { query: text })} headingLevel={2}>
      <ul className="empty-state__tips">
        <li>{t('tipSpelling')}</li>
        <li>{t.rich('tipPrefix', { kbd })}</li>
        <li>{t.rich('tipQuotes', { kbd })}</li>
      </ul>
      <p className="empty-state__actions">
        {filtered ? <a href={clearHref}>{t('withoutFilters')}</a> : null}
        <a href={homeHref}>{t('goHome')}</a>
      </p>
    </EmptyState>
  );
}

function SearchHelp({ problem }: { problem: 'empty' | 'only-excluded' | null }) {
  const t = useTranslations('Search');
  return (
    <div className="search-help">
      {problem === 'only-excluded' ? <p role="status">{t('onlyExcluded')}</p> : <p>{t('help')}</p>}
      <ul>
        <li>{t.rich('helpPhrase', { kbd })}</li>
        <li>{t.rich('helpPrefix', { kbd, min: MIN_PREFIX })}</li>
        <li>{t.rich('helpOr', { kbd })}</li>
        <li>{t.rich('helpNot', { kbd })}</li>
      </ul>
    </div>
  );
}

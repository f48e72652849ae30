import { useTranslations } from 'next-intl';

/** Real links to the previous and next pages and a short run of page numbers. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  previous,
  next,
  items,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previous?: string;
  next?: string;
  /** What the pages hold, for screen readers: "← Newer stories". The words default to a list's, in the edition. */
  items?: string;
}) {
  const t = useTranslations('Lists');
  if (pageCount <= 1) return null;
  previous ??= t('newer');
  next ??= t('older');
  items ??= t('stories');
  const numbers = pageWindow(page, pageCount);
  return (
    <nav aria-label={t('pagination')} className="pagination print:hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" className="page-link">
              <span aria-hidden="true" className="flip-rtl">
                ←
              </span>{' '}
              {previous}
              <span className="sr-only"> {items}</span>
            </a>
          </li>
        ) : null}
        {numbers.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span className="page-link page-link--current" aria-current="page">
                  <span className="sr-only">{t('page')} </span>
                  {n}
                </span>
              ) : (
                <a href={hrefFor(n)} className="page-link">
                  <span className="sr-only">{t('page')} </span>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next" className="page-link">
              {next}
              <span className="sr-only"> {items}</span>{' '}
              <span aria-hidden="true" className="flip-rtl">
                →
              </span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...pages].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

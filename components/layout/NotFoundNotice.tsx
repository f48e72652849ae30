import type { Section } from '@/lib/content/reader';
import { sectionPath } from '@/lib/urls';
import { EmptyState } from '@/components/ui/EmptyState';

/**
 * The body of every 404 page: what happened, a search form, the home page and the main sections
 * (the first in the navigation's order; `sections` is empty where no data is read: app/not-found).
 */
export function NotFoundNotice({ sections = [] }: { sections?: Section[] }) {
  return (
    <EmptyState mark="404" title="Page not found">
      <p>We could not find that page. The story may have been removed, or the address may be mistyped.</p>
      <form action="/search" method="get" role="search" className="empty-state__search">
        <label htmlFor="not-found-q" className="empty-state__label">
          Search for the story
        </label>
        <div className="empty-state__field">
          <input id="not-found-q" type="search" name="q" maxLength={200} />
          <button type="submit">Search</button>
        </div>
      </form>
      <p>
        Or go to the <a href="/">home page</a>
        {sections.length > 0 ? ' or one of our sections:' : '.'}
      </p>
      {sections.length > 0 ? (
        <ul className="empty-state__links" aria-label="Sections">
          {sections.slice(0, 6).map((s) => (
            <li key={s.id}>
              <a href={sectionPath(s.slug)}>{s.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </EmptyState>
  );
}

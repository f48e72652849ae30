import { SearchIcon } from '@/components/icons/Icons';

/** The site's search box (a GET form to /search): the header's from 980 px, and the menu's. */
export function SiteSearchBox({ siteName, id, className }: { siteName: string; id: string; className: string }) {
  return (
    <form action="/search" method="get" role="search" className={className}>
      <label htmlFor={id} className="sr-only">
        Search {siteName}
      </label>
      <input id={id} type="search" name="q" placeholder="Search" maxLength={200} autoComplete="off" />
      <button type="submit">
        <SearchIcon />
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}

import { SearchIcon } from '@/components/icons/Icons';
import { MenuIcon } from '@/components/ui/ChromeIcons';
import type { InfoPageLink, Section } from '@/lib/content/reader';
import { SectionLinks, type CurrentPlace } from './SectionLinks';

/**
 * The header's menu: a <details> whose summary opens it without JavaScript, holding search and
 * every place on the site (all sections, programmes, the site's own pages). AccountMenu.island.ts
 * adds what menus do with scripting on (Escape, a click elsewhere closes it).
 */
export function SiteMenu({
  siteName,
  sections,
  pages = [],
  current = null,
}: {
  siteName: string;
  sections: Section[];
  pages?: InfoPageLink[];
  current?: CurrentPlace;
}) {
  return (
    <details className="site-menu" data-island="site-menu">
      <summary className="header-button">
        <MenuIcon />
        <span className="header-button__label">Menu</span>
      </summary>
      <div className="site-menu__panel">
        <form action="/search" method="get" role="search" className="site-menu__search">
          <label htmlFor="site-menu-q" className="sr-only">
            Search {siteName}
          </label>
          <input id="site-menu-q" type="search" name="q" placeholder="Search" maxLength={200} autoComplete="off" />
          <button type="submit">
            <SearchIcon />
            <span className="sr-only">Search</span>
          </button>
        </form>
        <nav aria-label="Site menu" className="site-menu__columns">
          <div className="site-menu__group">
            <h2>Sections</h2>
            <ul>
              <li>
                <a href="/" aria-current={current === 'home' ? 'page' : undefined}>
                  Home
                </a>
              </li>
              <SectionLinks sections={sections} current={current} />
            </ul>
          </div>
          <div className="site-menu__group">
            <h2>More</h2>
            <ul>
              <li>
                <a href="/shows">Programmes and podcasts</a>
              </li>
              <li>
                <a href="/search">Search</a>
              </li>
              <li>
                <a href="/rss.xml">RSS feed</a>
              </li>
              {pages.map((page) => (
                <li key={page.slug}>
                  <a href={`/info/${page.slug}`}>{page.title}</a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </div>
    </details>
  );
}

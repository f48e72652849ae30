import { MenuIcon } from '@/components/ui/ChromeIcons';
import type { InfoPageLink, Section } from '@/lib/content/reader';
import { SectionLinks, type CurrentPlace } from './SectionLinks';
import { SiteSearchBox } from './SiteSearchBox';

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
    <details className="site-menu" data-menu="site">
      <summary className="header-button">
        <MenuIcon />
        <span className="header-button__label">Menu</span>
      </summary>
      <div className="site-menu__panel">
        <SiteSearchBox siteName={siteName} id="site-menu-q" className="site-menu__search" />
        <nav aria-label="Site menu" className="site-menu__columns">
          <div className="site-menu__group">
            <h2>Sections</h2>
            <ul>
              <SectionLinks sections={sections} current={current} withHome />
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

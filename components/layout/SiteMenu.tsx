import { useTranslations } from 'next-intl';
import { MenuIcon } from '@/components/ui/ChromeIcons';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { infoPagePath } from '@/lib/urls';
import type { InfoPageLink, Section } from '@/lib/content/reader';
import { SectionLinks, type CurrentPlace } from './SectionLinks';
import { SiteSearchBox } from './SiteSearchBox';

/**
 * The header's menu: a <details> whose summary opens it without JavaScript, holding search and
 * every place on the site (all sections, programmes, the site's own pages). AccountMenu.island.ts
 * adds what menus do with scripting on (Escape, a click elsewhere closes it).
 */
export function SiteMenu({
  sections,
  pages = [],
  current = null,
}: {
  sections: Section[];
  pages?: InfoPageLink[];
  current?: CurrentPlace;
}) {
  const t = useTranslations('Chrome');
  const { code } = useEdition();
  return (
    <details className="site-menu" data-menu="site">
      <summary className="header-button">
        <MenuIcon />
        <span className="header-button__label">{t('menu')}</span>
      </summary>
      <div className="site-menu__panel">
        <SiteSearchBox id="site-menu-q" className="site-menu__search" />
        <nav aria-label={t('siteMenu')} className="site-menu__columns">
          <div className="site-menu__group">
            <h2>{t('sections')}</h2>
            <ul>
              <SectionLinks sections={sections} current={current} withHome />
            </ul>
          </div>
          <div className="site-menu__group">
            <h2>{t('more')}</h2>
            <ul>
              <li>
                <a href={editionPath(code, '/shows')}>{t('programmesAndPodcasts')}</a>
              </li>
              <li>
                <a href={editionPath(code, '/search')}>{t('search')}</a>
              </li>
              <li>
                <a href={editionPath(code, '/rss.xml')}>{t('rssFeed')}</a>
              </li>
              {pages.map((page) => (
                <li key={page.slug}>
                  <a href={infoPagePath(code, page.slug)}>{page.title}</a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </div>
    </details>
  );
}

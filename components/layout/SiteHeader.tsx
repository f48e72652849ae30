import { useTranslations } from 'next-intl';
import type { InfoPageLink, Section } from '@/lib/content/reader';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { homePath } from '@/lib/urls';
import { EditionSwitcher } from './EditionSwitcher';
import { LogoMark, SearchIcon } from '@/components/icons/Icons';
import { AccountArea } from '@/components/layout/AccountArea';
import type { CurrentPlace } from './SectionLinks';
import { SectionNav } from './SectionNav';
import { SiteMenu } from './SiteMenu';
import { SiteSearchBox } from './SiteSearchBox';

/**
 * Row 1: the logo, then search (a link to /search, one tap; a box from 980 px; only in the menu below
 * 375 px), the account links and the menu; it fits 320 px in every edition (labels give way to
 * icons, "Sign up" waits for 480 px; the logo never shrinks under the rest).
 * Row 2: the section navigation (`nav`: the route's own, marking where the reader is; see
 * app/(site)/@nav), or an unmarked one.
 * `account`: the reader (or null) on per-request pages; left out on shared cached pages (see AccountArea).
 */
export function SiteHeader({
  sections,
  account,
  pages,
  nav,
  editions,
  current = null,
}: {
  sections: Section[];
  account?: { name: string } | null;
  pages?: InfoPageLink[];
  nav?: React.ReactNode;
  editions?: React.ReactNode;
  current?: CurrentPlace;
}) {
  const t = useTranslations('Chrome');
  const edition = useEdition();
  return (
    <header className="site-header print:hidden">
      <div className="site-header__bar">
        <a href={homePath(edition.code)} className="site-logo">
          <LogoMark />
          <span>{edition.siteName}</span>
          <span className="sr-only">{t('homeSuffix')}</span>
        </a>
        <div className="site-header__actions">
          {/* From 980 px a search box; narrower, a link to the search page (the menu has a box too). */}
          <SiteSearchBox id="site-search-q" className="header-search-form" />
          <a href={editionPath(edition.code, '/search')} className="header-button header-search">
            <SearchIcon />
            <span className="header-button__label">{t('search')}</span>
          </a>
          {editions ?? <EditionSwitcher />}
          <AccountArea account={account} />
          <SiteMenu sections={sections} pages={pages} current={current} />
        </div>
      </div>
      {nav ?? <SectionNav sections={sections} current={current} />}
    </header>
  );
}

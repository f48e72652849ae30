import type { Section } from '@/lib/content/reader';
import { SectionLinks } from '@/components/layout/SectionLinks';
import { LogoMark, SearchIcon } from '@/components/icons/Icons';
import { AccountArea } from '@/components/layout/AccountArea';

/** `account`: the reader (or null) on per-request pages; left out on shared cached pages (see AccountArea). */
export function SiteHeader({
  siteName,
  sections,
  account,
}: {
  siteName: string;
  sections: Section[];
  account?: { name: string } | null;
}) {
  return (
    <header className="site-header print:hidden">
      <div className="site-header__bar">
        <a href="/" className="site-logo">
          <LogoMark />
          <span>{siteName}</span>
          <span className="sr-only"> — home</span>
        </a>
        <form action="/search" method="get" role="search" className="site-search">
          <label htmlFor="site-search-q" className="sr-only">
            Search {siteName}
          </label>
          <input id="site-search-q" type="search" name="q" placeholder="Search" maxLength={200} autoComplete="off" />
          <button type="submit">
            <SearchIcon />
            <span className="sr-only">Search</span>
          </button>
        </form>
        <AccountArea account={account} />
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          <li>
            <a href="/">Home</a>
          </li>
          <SectionLinks sections={sections} />
        </ul>
      </nav>
    </header>
  );
}

import Link from 'next/link';
import type { Section } from '@/lib/content/reader';
import { sectionPath } from '@/lib/urls';
import { LogoMark, SearchIcon } from '@/components/icons/Icons';

/** `account`: null on the cached pages every anonymous reader shares; the reader on per-request pages. */
export function SiteHeader({ siteName, sections, account = null }: { siteName: string; sections: Section[]; account?: { name: string } | null }) {
  return (
    <header className="site-header print:hidden">
      <div className="site-header__bar">
        <Link href="/" className="site-logo" prefetch={false}>
          <LogoMark />
          <span>{siteName}</span>
          <span className="sr-only"> — home</span>
        </Link>
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
        {account ? (
          <details className="account-menu">
            <summary>{account.name}</summary>
            <ul>
              <li>
                <Link href="/bookmarks" prefetch={false}>Bookmarks</Link>
              </li>
              <li>
                <Link href="/account" prefetch={false}>Account</Link>
              </li>
              <li>
                <form method="post" action="/signout">
                  <button type="submit">Sign out</button>
                </form>
              </li>
            </ul>
          </details>
        ) : (
          <p className="account-links">
            <Link href="/signin" prefetch={false} rel="nofollow">Sign in</Link>
            <Link href="/signup" prefetch={false} rel="nofollow">Sign up</Link>
          </p>
        )}
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          <li>
            <Link href="/" prefetch={false}>Home</Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link href={sectionPath(s.slug)} prefetch={false}>{s.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

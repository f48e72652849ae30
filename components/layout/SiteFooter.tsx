import {
  ArrowUpIcon,
  FacebookIcon,
  InstagramIcon,
  RssIcon,
  TelegramIcon,
  VkIcon,
  XIcon,
  YouTubeIcon,
} from '@/components/icons/Icons';
import { SectionLinks } from '@/components/layout/SectionLinks';
import type { InfoPageLink, Section } from '@/lib/content/reader';
import { SITE, type SocialNetwork } from '@/lib/site';
import { infoPagePath, sectionPath } from '@/lib/urls';

const NETWORK_ICONS: Record<SocialNetwork, typeof XIcon> = {
  youtube: YouTubeIcon,
  instagram: InstagramIcon,
  x: XIcon,
  telegram: TelegramIcon,
  vk: VkIcon,
  facebook: FacebookIcon,
};

// The build's year: the footer is part of every cached page, and a page built in December and
// served in January showing last year's copyright is harmless (the next build moves it on).
const YEAR = new Date().getFullYear();

/**
 * The site's footer, after the Guardian's and BBC's: the sections and programmes, the site's own
 * pages (edited in the newsroom), RSS feeds, the outlet's accounts, back to top and the copyright.
 * A dark band in both schemes; columns on wide screens, stacked on phones.
 */
export function SiteFooter({
  siteName,
  sections,
  pages = [],
}: {
  siteName: string;
  sections: Section[];
  pages?: InfoPageLink[];
}) {
  return (
    <footer className="site-footer print:hidden">
      <div className="site-footer__inner">
        <div className="site-footer__top">
          <a href="/" className="site-footer__brand">
            {siteName}
          </a>
          <a href="#top" className="site-footer__back">
            Back to top
            <ArrowUpIcon width={18} height={18} />
          </a>
        </div>
        <div className="site-footer__grid">
          <nav aria-label="All sections" className="site-footer__column">
            <h2 className="footer-heading">Sections</h2>
            <ul className="footer-links">
              <SectionLinks sections={sections} />
              <li>
                <a href="/shows">Programmes</a>
              </li>
            </ul>
          </nav>
          {pages.length > 0 ? (
            <nav aria-label={`About ${siteName}`} className="site-footer__column">
              <h2 className="footer-heading">About {siteName}</h2>
              <ul className="footer-links">
                {pages.map((p) => (
                  <li key={p.slug}>
                    <a href={infoPagePath(p.slug)}>{p.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <nav aria-label="RSS feeds" className="site-footer__column">
            <h2 className="footer-heading">RSS feeds</h2>
            <ul className="footer-links">
              <li>
                <a href="/rss.xml" type="application/rss+xml" className="footer-feed">
                  <RssIcon width={16} height={16} />
                  All stories
                </a>
              </li>
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`${sectionPath(s.slug)}/rss.xml`} type="application/rss+xml" className="footer-feed">
                    <RssIcon width={16} height={16} />
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label="Follow us" className="site-footer__column">
            <h2 className="footer-heading">Follow us</h2>
            <ul className="footer-links footer-social">
              {SITE.social.map((s) => {
                const Icon = NETWORK_ICONS[s.network];
                return (
                  <li key={s.network}>
                    <a href={s.url} rel="me noopener" className="footer-social__link">
                      <Icon width={20} height={20} />
                      {s.label}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        <p className="footer-note">
          © {YEAR} {siteName}. Demo content: every story, person and picture on this site is invented.
        </p>
      </div>
    </footer>
  );
}

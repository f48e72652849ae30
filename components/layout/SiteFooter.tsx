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
import { useTranslations } from 'next-intl';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { homePath, infoPagePath, sectionPath } from '@/lib/urls';

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
export function SiteFooter({ sections, pages = [] }: { sections: Section[]; pages?: InfoPageLink[] }) {
  const t = useTranslations('Chrome');
  const { code, siteName } = useEdition();
  return (
    <footer className="site-footer print:hidden">
      <div className="site-footer__inner">
        <div className="site-footer__top">
          <a href={homePath(code)} className="site-footer__brand">
            {siteName}
          </a>
          <a href="#top" className="site-footer__back">
            {t('backToTop')}
            <ArrowUpIcon width={18} height={18} />
          </a>
        </div>
        <div className="site-footer__grid">
          <nav aria-label={t('allSections')} className="site-footer__column">
            <h2 className="footer-heading">{t('sections')}</h2>
            <ul className="footer-links">
              <SectionLinks sections={sections} />
              <li>
                <a href={editionPath(code, '/shows')}>{t('programmes')}</a>
              </li>
            </ul>
          </nav>
          {pages.length > 0 ? (
            <nav aria-label={t('aboutSite', { site: siteName })} className="site-footer__column">
              <h2 className="footer-heading">{t('aboutSite', { site: siteName })}</h2>
              <ul className="footer-links">
                {pages.map((p) => (
                  <li key={p.slug}>
                    <a href={infoPagePath(code, p.slug)}>{p.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <nav aria-label={t('rssFeeds')} className="site-footer__column">
            <h2 className="footer-heading">{t('rssFeeds')}</h2>
            <ul className="footer-links">
              <li>
                <a href={editionPath(code, '/rss.xml')} type="application/rss+xml" className="footer-feed">
                  <RssIcon width={16} height={16} />
                  {t('allStories')}
                </a>
              </li>
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`${sectionPath(code, s.slug)}/rss.xml`} type="application/rss+xml" className="footer-feed">
                    <RssIcon width={16} height={16} />
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t('followUs')} className="site-footer__column">
            <h2 className="footer-heading">{t('followUs')}</h2>
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
        <p className="footer-note">{t('copyright', { year: YEAR, site: siteName })}</p>
      </div>
    </footer>
  );
}

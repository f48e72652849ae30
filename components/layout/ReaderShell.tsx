import { useTranslations } from 'next-intl';
import { BreakingBanner } from '@/components/layout/BreakingBanner';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import type { BannerView, InfoPageLink, Section } from '@/lib/content/reader';
import { preload } from 'react-dom';
import { builtFontFiles } from '@/lib/font-preloads';
import { islandMessageAttributes } from '@/lib/islands/messages';
import { useIslandMessages } from '@/lib/i18n/islands';

/**
 * The reader site's frame: skip link, header with the section nav, main landmark, footer, and the
 * one script reader pages run (`islandsScript`, lib/islands/script.ts): an inline module, deferred
 * by nature, that enhances the few interactive parts. Its presence is also what marks the page for
 * sending without Next's client runtime (lib/islands/framework.ts, which also drops it from a page
 * with no island), so nothing here may need React in the browser.
 */
export function ReaderShell({
  sections,
  account,
  banners,
  pages,
  nav,
  editions,
  islandsScript,
  children,
}: {
  sections: Section[];
  account?: { name: string } | null;
  /** The live site-wide breaking-news banners, shown right under the header (section ones come with the page). */
  banners?: BannerView[];
  /** The footer's links to the site's own pages (readInfoPageLinks). */
  pages?: InfoPageLink[];
  /** The header's section navigation marking where the reader is (a layout's @nav slot); unmarked when left out. */
  nav?: React.ReactNode;
  /** The header's edition switcher (a layout's @editions slot); linking to the editions' homes when left out. */
  editions?: React.ReactNode;
  islandsScript: string;
  children: React.ReactNode;
}) {
  // Every reader page preloads the two house fonts, also where Next misses them (lib/font-preloads.ts).
  for (const href of builtFontFiles()) preload(href, { as: 'font', type: 'font/woff2' });
  const t = useTranslations('Chrome');
  const islandWords = useIslandMessages();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <SiteHeader sections={sections} account={account} pages={pages} nav={nav} editions={editions} />
      <BreakingBanner banners={banners ?? []} />
      <main id="main" tabIndex={-1} className="container-page pb-8 outline-none">
        {children}
      </main>
      <SiteFooter sections={sections} pages={pages} />
      {/* Our own bundle (scripts/islands.ts), checked to hold nothing that could end the element; its words, in the edition's language, ride along. */}
      <script
        type="module"
        id="islands"
        {...islandMessageAttributes(islandWords)}
        dangerouslySetInnerHTML={{ __html: islandsScript }}
      />
    </>
  );
}

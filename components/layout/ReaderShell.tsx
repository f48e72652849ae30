import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import type { Section } from '@/lib/content/reader';

/** The reader site's frame: skip link, header with the section nav, main landmark, footer. */
export function ReaderShell({
  siteName,
  sections,
  account,
  children,
}: {
  siteName: string;
  sections: Section[];
  account?: { name: string } | null;
  children: React.ReactNode;
}) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader siteName={siteName} sections={sections} account={account} />
      <main id="main" tabIndex={-1} className="container-page pb-8 outline-none">
        {children}
      </main>
      <SiteFooter siteName={siteName} sections={sections} />
    </>
  );
}

import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import type { Section } from '@/lib/content/reader';

/**
 * The reader site's frame: skip link, header with the section nav, main landmark, footer, and the
 * one script reader pages run (`islandsSrc`, lib/islands/script.ts): a deferred module that
 * enhances the few interactive parts. Its presence is also what marks the page for sending
 * without Next's client runtime (lib/islands/framework.ts), so nothing here may need React in the
 * browser.
 */
export function ReaderShell({
  siteName,
  sections,
  account,
  islandsSrc,
  children,
}: {
  siteName: string;
  sections: Section[];
  account?: { name: string } | null;
  islandsSrc: string;
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
      {/* A module script is deferred by nature: it runs after the document is parsed. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={islandsSrc} />
    </>
  );
}

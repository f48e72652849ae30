import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { readSections } from '@/lib/content/reader';
import { SITE } from '@/lib/site';
import { siteUrl } from '@/lib/urls';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE.name} — ${SITE.tagline}`, template: `%s | ${SITE.name}` },
  description: SITE.description,
  applicationName: SITE.name,
  // robots is set per page: public pages index, and Next marks every 404 noindex by itself.
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: SITE.themeColor,
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const sections = await readSections();
  return (
    <html lang={SITE.language}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader siteName={SITE.name} sections={sections} />
        <main id="main" tabIndex={-1} className="container-page pb-8 outline-none">
          {children}
        </main>
        <SiteFooter siteName={SITE.name} sections={sections} />
      </body>
    </html>
  );
}

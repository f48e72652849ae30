import type { Metadata, Viewport } from 'next';
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

// Only the document: the reader site's chrome is in app/(site)/layout.tsx, the newsroom's in app/admin/layout.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={SITE.language}>
      <body>{children}</body>
    </html>
  );
}

import type { Metadata, Viewport } from 'next';
import { SITE } from '@/lib/site';
import { siteUrl } from '@/lib/urls';

/**
 * What every document of the site shares. The reader site (app/[edition]/layout.tsx), the newsroom
 * (app/admin/layout.tsx) and the bare 404 (app/global-not-found.tsx) are each a root layout of their
 * own, so `[edition]` is a root parameter (next/root-params: lib/i18n/request.ts reads the edition
 * from it, never from the request).
 */
export const documentMetadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  applicationName: SITE.name,
  // robots is set per page: public pages index, and Next marks every 404 noindex by itself.
  formatDetection: { telephone: false },
};

export const documentViewport: Viewport = {
  themeColor: SITE.themeColor,
  width: 'device-width',
  initialScale: 1,
};

/** Facts about the publication used across pages, metadata and feeds. */
export const SITE = {
  name: process.env.SITE_NAME || 'Meridian',
  tagline: 'News and analysis from around the world',
  description:
    'Meridian reports world news, Russia, business, science and sport, with opinion and analysis from correspondents around the world.',
  locale: 'en_GB',
  language: 'en',
  themeColor: '#b3122b',
  /** The publication's X account, for twitter:site. */
  twitter: process.env.SITE_TWITTER || '@MeridianNews',
  /** Publisher logo (512×512 PNG) for structured data. */
  logoPath: '/logo.png',
  logoSize: 512,
} as const;

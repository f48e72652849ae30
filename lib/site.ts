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
  /**
   * The outlet's accounts elsewhere (demo addresses): the footer's "Follow us" links and the
   * Organization's `sameAs` in the JSON-LD. The footer draws each network's icon by `network`.
   */
  social: [
    { network: 'youtube', label: 'YouTube', url: 'https://www.youtube.com/@meridiannews' },
    { network: 'instagram', label: 'Instagram', url: 'https://www.instagram.com/meridiannews/' },
    { network: 'x', label: 'X', url: 'https://x.com/MeridianNews' },
    { network: 'telegram', label: 'Telegram', url: 'https://t.me/meridiannews' },
    { network: 'vk', label: 'VK', url: 'https://vk.com/meridiannews' },
    { network: 'facebook', label: 'Facebook', url: 'https://www.facebook.com/meridiannews' },
  ],
} as const;

export type SocialNetwork = (typeof SITE.social)[number]['network'];

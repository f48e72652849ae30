/**
 * Pure data, imported by next.config.ts (its reader-session rewrites skip these) and by the
 * section editor (lib/newsroom/taxonomy.ts). Top-level paths of the site that a section slug
 * (`/{slug}`) must never take, and a few that routes are likely to take next. Entries with a dot or an underscore cannot be slugs anyway;
 * they are listed so this stays the one list of the site's own names
 * (tests/unit/newsroom-taxonomy.test.ts checks it against app/ and public/).
 */
export const RESERVED_PATHS = [
  'admin',
  'api',
  'authors',
  'tags',
  'search',
  'preview',
  'media',
  'og',
  'sitemaps',
  'rss.xml',
  'sitemap.xml',
  'robots.txt',
  '_list',
  '_next',
  'favicon.ico',
  'icon.svg',
  'apple-icon.png',
  'logo.png',
  'manifest.webmanifest',
  // Names the site is likely to need, or that would read as one of its own pages.
  'rss',
  'feed',
  'feeds',
  'sitemap',
  'robots',
  'favicon',
  'icon',
  'apple-icon',
  'logo',
  'login',
  'logout',
  'signin',
  'signout',
  'signup',
  'bookmarks',
  'reader',
  '_reader',
  '_signed-in',
  '_missing',
  'account',
  'newsroom',
  'static',
  'assets',
  'public',
  'index',
  'page',
  'amp',
  'section',
  'sections',
  'author',
  'tag',
  'people',
  'staff',
] as const;

export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set(RESERVED_PATHS);

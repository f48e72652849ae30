/**
 * Pure data, imported by next.config.ts (its reader-session rewrites skip these) and by the
 * section editor (lib/newsroom/taxonomy.ts). Top-level paths of the site that a section slug
 * (`/{slug}`) must never take, and a few that routes are likely to take next. Entries with a dot or an underscore cannot be slugs anyway;
 * they are listed so this stays the one list of the site's own names
 * (tests/unit/newsroom-taxonomy.test.ts checks it against app/ and public/).
 */
import { EDITIONS } from './editions';

/** Every edition's code, which starts its addresses (`/ru/…`): never a section's slug. */
const EDITION_CODES = EDITIONS.map((e) => e.code);

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
  'shows',
  'info',
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
  'show',
  'podcast',
  'podcasts',
  'programmes',
] as const;

export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([...RESERVED_PATHS, ...EDITION_CODES]);

/**
 * The first segments that belong to no edition: the newsroom, the API, media and generated images,
 * the readers' form posts, the sitemaps and robots.txt, the islands' files, Next's own files and
 * public/. next.config.ts sends every other unprefixed address to the default edition's routes
 * (app/[edition]); tests/unit/newsroom-taxonomy.test.ts checks this list against app/ and public/.
 */
export const SHARED_PATHS = [
  'admin',
  'api',
  'media',
  'og',
  'reader',
  'signout',
  'assets',
  'sitemap.xml',
  'sitemaps',
  'robots.txt',
  '_next',
  '__nextjs',
  'favicon.ico',
  'icon.svg',
  'apple-icon.png',
  'logo.png',
  'manifest.webmanifest',
] as const;

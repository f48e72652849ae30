import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { writeIslands } from './scripts/islands';
import { CRAWLER_USER_AGENTS } from './lib/seo/crawlers';
import { READER_COOKIE } from './lib/auth/reader-cookie';
import createNextIntlPlugin from 'next-intl/plugin';
import { editions } from './lib/editions';
import { RESERVED_SECTION_SLUGS, SHARED_PATHS } from './lib/reserved-paths';

// Message catalogues (messages/*.json) through next-intl, configured per request by the edition.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's ETag is a hash computed in JavaScript over every HTML answer: about 0.45 ms of a cached
  // article's 2 ms (npm run bench). Pages are revalidated by s-maxage in shared caches, not by
  // browsers' conditional requests, and hashed static files never change.
  generateEtags: false,
  // The end-to-end tests build into their own folder so they never replace the site's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', 'sharp'],
  // Every crawler we serve (TelegramBot and OdklBot are missing from Next's default list)
  // gets metadata in the <head> of the first response instead of streamed into <body>.
  htmlLimitedBots: CRAWLER_USER_AGENTS,
  // forbidden() answers 403 with app/forbidden.tsx for a signed-in role without the permission.
  // globalNotFound: app/global-not-found.tsx answers unmatched addresses (the site has several root layouts).
  experimental: { authInterrupts: true, globalNotFound: true },
  // The default edition has one address per page, without its code: `/en/world` is `/world`.
  async redirects() {
    const home = editions.default.code;
    return [
      { source: `/${home}`, destination: '/', permanent: true },
      { source: `/${home}/:path*`, destination: '/:path*', permanent: true },
    ];
  },
  // A week of stale-while-revalidate after s-maxage for ISR pages' Cache-Control.
  expireTime: 7 * 24 * 3600,
  async rewrites() {
    // `?page=N` on list pages is rewritten to an internal route with the page number in the path,
    // so every page of every list stays a cached (ISR) page instead of reading searchParams.
    const page = { type: 'query' as const, key: 'page', value: '(?<page>.*)' };
    // A request carrying a reader session is sent to the per-request variant of the page
    // (app/(account)/_reader), which renders that reader's name and bookmark state; every other
    // request gets the cached page, so no reader's state is ever stored in a shared page.
    const readerSession = { type: 'cookie' as const, key: READER_COOKIE };
    const noPage = { type: 'query' as const, key: 'page' };
    // Any first segment but the site's own names (and files, which have a dot) is a section.
    const notOurs = [...RESERVED_SECTION_SLUGS]
      .filter((p) => !p.includes('.'))
      .map((p) => `${p}$`)
      .join('|');
    const section = `:section((?!${notOurs})[^/.]+)`;
    const article = `${section}/:article(\\d+(?:-[^/]*)?)`;
    // React's client navigations and prefetches carry the `rsc` header.
    const notNavigation = { type: 'header' as const, key: 'rsc' };
    // The same rules for every edition: `P` is its address prefix ('' or '/ru'), `E` its code, the
    // internal first segment of every reader route (app/[edition]).
    const editionRules = (P: string, E: string) => [
      { source: P || '/', has: [readerSession], destination: `/${E}/_reader` },
      // A signed-in reader's browser asking for an article document gets the shared cached page with
      // that reader's account menu and bookmark spliced in (app/[edition]/_signed-in, lib/readers/splice.ts),
      // instead of a whole page rendered for one request; navigations get the per-request variant.
      {
        source: `${P}/${article}`,
        has: [readerSession],
        missing: [notNavigation],
        destination: `/${E}/_signed-in/:section/:article`,
      },
      { source: `${P}/${article}`, has: [readerSession], destination: `/${E}/_reader/:section/:article` },
      {
        source: `${P}/${section}`,
        has: [readerSession, page],
        destination: `/${E}/_reader/_list/section/:section/:page`,
      },
      { source: `${P}/${section}`, has: [readerSession], missing: [noPage], destination: `/${E}/_reader/:section` },
      { source: `${P}/tags/:slug`, has: [readerSession, page], destination: `/${E}/_reader/_list/tag/:slug/:page` },
      { source: `${P}/tags/:slug`, has: [readerSession], missing: [noPage], destination: `/${E}/_reader/tags/:slug` },
      {
        source: `${P}/authors/:slug`,
        has: [readerSession, page],
        destination: `/${E}/_reader/_list/author/:slug/:page`,
      },
      {
        source: `${P}/authors/:slug`,
        has: [readerSession],
        missing: [noPage],
        destination: `/${E}/_reader/authors/:slug`,
      },
      { source: `${P}/tags/:slug`, has: [page], destination: `/${E}/_list/tag/:slug/:page` },
      { source: `${P}/authors/:slug`, has: [page], destination: `/${E}/_list/author/:slug/:page` },
      // Only sections: the site's own pages (/bookmarks, /account, /search…) read ?page themselves.
      { source: `${P}/${section}`, has: [page], destination: `/${E}/_list/section/:section/:page` },
    ];
    const prefixed = editions.prefixed.flatMap((code) => editionRules(`/${code}`, code));
    const home = editions.default.code;
    // Everything else that is not the site's own (the newsroom, the API, media, files) and not another
    // edition's is the default edition's, whose addresses carry no prefix: `/world` is `/en/world`.
    const shared = SHARED_PATHS.map((p) => `${p.replace(/\./g, '\\.')}(?:/|$)`).join('|');
    // Every edition's code, the default's too: a rewritten address (`/en/_list/…`) is checked against the
    // later rules again, and must not be prefixed twice.
    const others = editions.codes.map((code) => `${code}(?:/|$)`).join('|');
    const unprefixed = `/:path((?!${shared}${others ? `|${others}` : ''}).*)`;
    return {
      beforeFiles: [...prefixed, ...editionRules('', home), { source: unprefixed, destination: `/${home}/:path` }],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default function config(phase: string): NextConfig {
  // Every build (npm start, the e2e tests, the bench) and the dev server bundle the reader pages'
  // islands first (scripts/islands.ts, docs/adr/0001); in development, restart to pick up changes.
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) writeIslands();
  return withNextIntl(nextConfig);
}

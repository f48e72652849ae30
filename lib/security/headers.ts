/**
 * The security headers every response carries, in one place: scripts/serve.ts sets them on each
 * response (pages, route handlers, static files, media, 404s, Next's own 400s and the proxy's
 * 403/413), tests/unit/security-headers.test.ts runs Google's CSP Evaluator over the policy, and
 * `npm run csp:report` prints its findings.
 *
 * Why the CSP is not nonce- or hash-based: reader pages are ISR pages, one cached copy served to
 * everybody (and micro-cached by nginx, and by CDNs for s-maxage). A nonce must differ per
 * response, so it would make every page dynamic; and Next inlines the page's RSC payload as
 * `<script>self.__next_f.push(…)</script>` elements whose content differs per page and per build,
 * so they cannot be listed by hash either. Scripts therefore need 'unsafe-inline'; what keeps
 * XSS out is that no text a person wrote is ever rendered as HTML (React escapes it, bodies are
 * blocks, not HTML). Everything else is as tight as the site allows: scripts only from this
 * origin, no plugins, no <base>, no framing, forms only to this site, no eval.
 */

export interface SecurityContext {
  /** The request reached us over HTTPS (directly, or as a proxy's X-Forwarded-Proto says). */
  https: boolean;
}

/** The CSP as directive → sources; `contentSecurityPolicy()` serialises it. */
export function cspDirectives({ https }: SecurityContext): [string, string[]][] {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // 'unsafe-inline': Next's inline RSC payload and bootstrap scripts (see above). No 'unsafe-eval':
    // the production runtime never needs it (the e2e test watches for violations).
    ['script-src', ["'self'", "'unsafe-inline'"]],
    // …but no inline event handlers (`onclick=…`) at all: neither Next nor our islands write one,
    // so an injected attribute cannot run even where a <script> element could.
    ['script-src-attr', ["'none'"]],
    // Style sheets only from this origin; style attributes (React's `style={{ aspectRatio }}` on
    // pictures, Next's route announcer) need 'unsafe-inline' for attributes alone.
    ['style-src', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    // Pictures are ours (/media, /og, icons); nothing uses data: or blob: images.
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    // blob: for hls.js, which plays the HLS ladder through Media Source Extensions: the video's
    // source is a blob: URL of a MediaSource (components/media/Player.island.ts, where the
    // browser has no HLS of its own). Media only: scripts, workers and pictures never take blob:.
    ['media-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    // Embeds render as link cards (components/article/blocks), never as third-party frames.
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'self'"]],
  ];
  if (https) directives.push(['upgrade-insecure-requests', []]);
  return directives;
}

export function contentSecurityPolicy(context: SecurityContext): string {
  return cspDirectives(context)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const HSTS = 'max-age=63072000; includeSubDomains';

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'interest-cohort=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  // The share bar's copy-link and native share sheet run on our own origin.
  'clipboard-write=(self)',
  'web-share=(self)',
].join(', ');

/**
 * Where Cross-Origin-Opener-Policy is sent: the pages where someone types a password or manages an
 * account (the newsroom, sign-in, sign-up, the account page, the reader's form endpoints), so no
 * window of another site that opened them, or that they open, keeps a handle on them. Reading pages
 * do without it (docs/adr/0001): they hold nothing of anyone's that another window could reach,
 * and the browser must give a page with the policy a fresh process when it is opened from a page
 * without it: Lighthouse measured a Total Blocking Time of 42-307 ms with it and 4-89 ms without
 * on the same page (8 runs each, 2026-12-07). Reading pages share one policy, so moving between
 * them never switches.
 */
const OPENER_ISOLATED = /^\/(admin|signin|signup|account|reader)(\/|$|\?)/;

export function isolatesOpener(path: string): boolean {
  return OPENER_ISOLATED.test(path);
}

/**
 * The e-mailed reset and verification links and the forms they lead to
 * (docs/security.md#recovering-accounts-password-reset-and-address-verification): the link itself
 * (its token in the path) sends no Referer at all; the forms send one only to this site. Not
 * `no-referrer` on a form: a browser then sends `Origin: null` with its POST, which the form's
 * same-origin check must refuse.
 */
const LINK_FAMILY =
  /^(?:\/[a-z]{2})?\/(?:admin\/reset|reader\/reset|reader\/verify|signin\/reset|account\/verify)(?:\/|$)/;
const TOKEN_LINK = /^\/(?:admin\/reset|reader\/reset|reader\/verify)\/[A-Za-z0-9_-]{43}$/;

/** The Referrer-Policy of a path of that family, or null for every other path (the site's default). */
export function accountLinkReferrerPolicy(path: string): 'no-referrer' | 'same-origin' | null {
  if (TOKEN_LINK.test(path)) return 'no-referrer';
  return LINK_FAMILY.test(path) ? 'same-origin' : null;
}

/** Every security header for one response, by name: the same for every response of one scheme and kind. */
export function securityHeaders(context: SecurityContext, { isolateOpener = true } = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(context),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Obsolete where CSP frame-ancestors is understood; kept for old browsers and scanners.
    'X-Frame-Options': 'DENY',
  };
  if (isolateOpener) headers['Cross-Origin-Opener-Policy'] = 'same-origin';
  if (context.https) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}

/**
 * Whether a request came over HTTPS: SITE_URL is https (the public origin), or the proxy in
 * front says so in `X-Forwarded-Proto` (its first value). Over plain HTTP browsers ignore HSTS
 * anyway, so a client that lies about the scheme only changes what it gets itself.
 */
export function isHttps(forwardedProto: string | string[] | undefined, siteUrl = process.env.SITE_URL): boolean {
  if (siteUrl?.startsWith('https:')) return true;
  const value = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return value?.split(',')[0].trim().toLowerCase() === 'https';
}

/** The four header sets, made once: setting them costs a few property writes per response. */
const PRECOMPUTED = [false, true].map((https) =>
  [false, true].map((isolateOpener) => Object.entries(securityHeaders({ https }, { isolateOpener }))),
);

export function securityHeaderEntries(https: boolean, isolateOpener = true): [string, string][] {
  return PRECOMPUTED[Number(https)][Number(isolateOpener)];
}

/**
 * The HTTP side of e-mailed links (lib/auth/account-tokens.ts): opening a link moves its token
 * into a short HttpOnly cookie and redirects to the form, so the token leaves the address bar and
 * the history and is never sent as a Referer; the form's POST reads the cookie and consumes the
 * token. A GET never consumes a link (mail scanners open links too).
 */
import { NextResponse } from 'next/server';
import { isHttps } from '@/lib/auth/request';
import { isTokenShaped, LINK_COOKIES, TOKEN_LIFETIME_MS } from '@/lib/auth/account-tokens';

export type LinkCookie = (typeof LINK_COOKIES)[keyof typeof LINK_COOKIES];

const NO_REFERRER = { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' };

/** A 303 to `location` that carries no Referer and is never cached. */
export function seeOtherPrivately(location: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: location, ...NO_REFERRER } });
}

/** The answer to opening a link: its token in `cookie`, then the form at `location`. */
export function openLink(
  request: Request,
  token: string,
  cookie: LinkCookie,
  location: string,
  purpose: 'reset' | 'verify',
): NextResponse {
  const response = seeOtherPrivately(location);
  if (isTokenShaped(token))
    response.cookies.set({
      name: cookie.name,
      value: token,
      httpOnly: true,
      sameSite: 'lax',
      secure: isHttps(request.headers),
      path: cookie.path,
      maxAge: Math.floor(TOKEN_LIFETIME_MS[purpose] / 1000),
    });
  return response;
}

/** `response` with the link's cookie removed (after the link is used, or found unusable). */
export function forgetLink<R extends NextResponse>(response: R, cookie: LinkCookie): R {
  response.cookies.set({ name: cookie.name, value: '', path: cookie.path, maxAge: 0, httpOnly: true, sameSite: 'lax' });
  return response;
}

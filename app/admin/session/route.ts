/**
 * POST /admin/session — the sign-in form. Works without JavaScript: success and a wrong
 * password answer 303 (post-redirect-get); too many failures answer 429 with Retry-After.
 * With two-factor sign-in, a right password starts no session: it sets the pending sign-in's
 * cookie and goes back to the sign-in page, which asks for the code (./two-factor) or, when the
 * person's role requires two factors they have not set up, for setting them up.
 */
import { NextResponse } from 'next/server';
import { clientIp, cookieValue, isHttps, safeAdminPath } from '@/lib/auth/request';
import { STAFF_COOKIE, withSessionCookie } from '@/lib/auth/session';
import { pendingCookie, signIn } from '@/lib/auth/sign-in';
import { readSignInForm, seeOther, tooManyAttempts } from '@/lib/auth/sign-in-http';

const MAX_BODY = 16 * 1024;

export async function POST(request: Request) {
  const form = await readSignInForm(request, MAX_BODY);
  if (form instanceof NextResponse) return form;
  const next = safeAdminPath(form.get('next'));
  const result = await signIn(
    { email: form.get('email'), password: form.get('password') },
    clientIp(request.headers),
    request.headers.get('user-agent') ?? '',
    cookieValue(request, STAFF_COOKIE),
    next,
  );
  if (result.ok === true) return withSessionCookie(seeOther(next), result, request.headers);
  if (result.ok === 'pending') {
    const response = seeOther('/admin/login');
    response.cookies.set(pendingCookie(result, isHttps(request.headers)));
    return response;
  }
  if (result.reason === 'throttled') return tooManyAttempts(result.retryAfter);
  // Back to the form with the address as typed, so only the password is typed again.
  const email = form.get('email');
  const params = new URLSearchParams({
    error: result.reason,
    next,
    ...(typeof email === 'string' ? { email: email.slice(0, 254) } : {}),
  });
  return seeOther(`/admin/login?${params}`);
}

/**
 * POST /admin/session/two-factor — the second step of signing in: the code from the
 * authenticator app or a recovery code, for the pending sign-in in the cookie (lib/auth/sign-in.ts
 * completeSignIn), or `finish` after setting two-factor up at sign-in. Plain form posts, like the
 * first step: 303 back to the page asked for, or to the sign-in page with a message; 429 when the
 * throttle says wait. `cancel` starts again.
 */
import { clientIp, cookieValue, isHttps } from '@/lib/auth/request';
import { STAFF_COOKIE, withSessionCookie } from '@/lib/auth/session';
import {
  cancelPendingSignIn,
  completeSignIn,
  finishSetupSignIn,
  PENDING_COOKIE,
  pendingCookie,
} from '@/lib/auth/sign-in';
import { readSignInForm, seeOther, tooManyAttempts } from '@/lib/auth/sign-in-http';
import { NextResponse } from 'next/server';

const MAX_BODY = 4 * 1024;

export async function POST(request: Request) {
  const form = await readSignInForm(request, MAX_BODY);
  if (form instanceof NextResponse) return form;
  const https = isHttps(request.headers);
  const pendingToken = cookieValue(request, PENDING_COOKIE);
  const cleared = (location: string) => {
    const response = seeOther(location);
    response.cookies.set(pendingCookie(null, https));
    return response;
  };
  if (form.get('cancel') !== null) {
    cancelPendingSignIn(pendingToken);
    return cleared('/admin/login');
  }
  const ip = clientIp(request.headers);
  const userAgent = request.headers.get('user-agent') ?? '';
  const previous = cookieValue(request, STAFF_COOKIE);
  // `finish`: after setting two-factor up at sign-in, once the recovery codes are noted.
  const result =
    form.get('finish') !== null
      ? finishSetupSignIn(pendingToken, ip, userAgent, previous)
      : await completeSignIn(
          pendingToken,
          { code: form.get('code'), recovery: form.get('recovery') },
          ip,
          userAgent,
          previous,
        );
  if (result.ok) {
    const response = withSessionCookie(seeOther(result.next), result, request.headers);
    response.cookies.set(pendingCookie(null, https));
    return response;
  }
  if (result.reason === 'throttled') return tooManyAttempts(result.retryAfter);
  if (result.reason === 'expired') return cleared('/admin/login?error=expired');
  return seeOther(`/admin/login?error=${result.reason === 'missing' ? 'code-missing' : 'code'}`);
}

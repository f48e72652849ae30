/**
 * POST /admin/session — the sign-in form. Works without JavaScript: success and a wrong
 * password answer 303 (post-redirect-get); too many failures answer 429 with Retry-After.
 */
import { NextResponse } from 'next/server';
import { clientIp, cookieValue, isSameOrigin, safeAdminPath } from '@/lib/auth/request';
import { STAFF_COOKIE, withSessionCookie } from '@/lib/auth/session';
import { signIn } from '@/lib/auth/sign-in';

const MAX_BODY = 16 * 1024;

const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location } });

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOther('/admin/login?error=origin');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) {
    return new NextResponse('Request too large', { status: 413 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new NextResponse('Send the sign-in form', { status: 400 });
  }
  const next = safeAdminPath(form.get('next'));
  const result = await signIn(
    { email: form.get('email'), password: form.get('password') },
    clientIp(request.headers),
    request.headers.get('user-agent') ?? '',
    cookieValue(request, STAFF_COOKIE),
  );
  if (result.ok) return withSessionCookie(seeOther(next), result, request.headers);
  if (result.reason === 'throttled') {
    const minutes = Math.ceil(result.retryAfter / 60);
    return new NextResponse(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Too many attempts</title></head>` +
        `<body><main><h1>Too many sign-in attempts</h1><p>Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} before trying again.</p>` +
        `<p><a href="/admin/login">Back to sign-in</a></p></main></body></html>`,
      {
        status: 429,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Retry-After': String(result.retryAfter),
          'Cache-Control': 'no-store',
        },
      },
    );
  }
  // Back to the form with the address as typed, so only the password is typed again.
  const email = form.get('email');
  const params = new URLSearchParams({
    error: result.reason,
    next,
    ...(typeof email === 'string' ? { email: email.slice(0, 254) } : {}),
  });
  return seeOther(`/admin/login?${params}`);
}

/**
 * The HTTP answers the sign-in routes share (app/admin/session and its two-factor step): 303s for
 * post-redirect-get, and the 429 page with Retry-After when the throttle says wait.
 */
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';

export const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location } });

export function tooManyAttempts(retryAfter: number): NextResponse {
  const minutes = Math.ceil(retryAfter / 60);
  return new NextResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Too many attempts</title></head>` +
      `<body><main><h1>Too many sign-in attempts</h1><p>Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} before trying again.</p>` +
      `<p><a href="/admin/login">Back to sign-in</a></p></main></body></html>`,
    {
      status: 429,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Retry-After': String(retryAfter),
        'Cache-Control': 'no-store',
      },
    },
  );
}

/**
 * The posted form of a sign-in step, or the answer to send instead: another site's form goes
 * back to sign-in with a message, a body over `maxBody` is 413 and an unreadable one 400.
 */
export async function readSignInForm(request: Request, maxBody: number): Promise<FormData | NextResponse> {
  if (!isSameOrigin(request)) return seeOther('/admin/login?error=origin');
  if (Number(request.headers.get('content-length') ?? 0) > maxBody) {
    return new NextResponse('Request too large', { status: 413 });
  }
  try {
    return await request.formData();
  } catch {
    return new NextResponse('Send the sign-in form', { status: 400 });
  }
}

/**
 * The HTTP answers the sign-in routes share (app/admin/session and its two-factor step): 303s for
 * post-redirect-get, and the 429 page with Retry-After when the throttle says wait.
 */
import { NextResponse } from 'next/server';

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

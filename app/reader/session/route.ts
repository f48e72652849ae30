/**
 * POST /reader/session — the reader sign-in form (email, password, next). Success and a wrong
 * password answer 303 (post-redirect-get); too many failures 429 with Retry-After.
 */
import { NextResponse } from 'next/server';
import { clientIp, cookieValue } from '@/lib/auth/request';
import { READER_COOKIE } from '@/lib/auth/reader-session';
import { withSessionCookie } from '@/lib/auth/session';
import { signInReader } from '@/lib/readers/accounts';
import { seeOther } from '@/lib/readers/http';
import { inFormEdition } from '@/lib/readers/messages';
import { signedOutPost } from '@/lib/readers/posts';

export async function POST(request: Request) {
  const post = await signedOutPost(request, '/signin?error=origin', 'Send the sign-in form');
  if (post instanceof Response) return post;
  const { form, next } = post;
  const result = await signInReader(
    { email: form.get('email'), password: form.get('password') },
    clientIp(request.headers),
    request.headers.get('user-agent') ?? '',
    cookieValue(request, READER_COOKIE),
  );
  if (result.ok) return withSessionCookie(seeOther(next), result, request.headers, READER_COOKIE);
  if (result.reason === 'throttled') {
    return new NextResponse(
      `Too many sign-in attempts. Wait ${Math.ceil(result.retryAfter / 60)} minute(s) and try again.`,
      {
        status: 429,
        headers: {
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': String(result.retryAfter),
          'Cache-Control': 'no-store',
        },
      },
    );
  }
  const email = form.get('email');
  const params = new URLSearchParams({
    error: result.reason,
    next,
    ...(typeof email === 'string' ? { email: email.slice(0, 254) } : {}),
  });
  return seeOther(inFormEdition(form, `/signin?${params}`));
}

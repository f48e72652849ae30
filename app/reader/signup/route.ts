/** POST /reader/signup — the sign-up form (email, name, password, next): 303 onwards signed in, or back with messages. */
import { NextResponse } from 'next/server';
import { clientIp, isSameOrigin } from '@/lib/auth/request';
import { READER_COOKIE } from '@/lib/auth/reader-session';
import { sessionCookie } from '@/lib/auth/session';
import { signUp } from '@/lib/readers/accounts';
import { readSmallForm, safeReturnPath, seeOther } from '@/lib/readers/http';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOther('/signup?error.form=origin');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the sign-up form', { status: 400 });
  const next = safeReturnPath(form.get('next'), '/bookmarks');
  const result = await signUp(
    { email: form.get('email'), name: form.get('name'), password: form.get('password') },
    clientIp(request.headers),
    request.headers.get('user-agent') ?? '',
  );
  if (result.ok) {
    const response = seeOther(next);
    response.cookies.set(sessionCookie(result.token, result.expiresAt, request.headers, READER_COOKIE));
    return response;
  }
  // The password is never sent back.
  const params = new URLSearchParams({ next, ...result.values });
  for (const [field, message] of Object.entries(result.errors)) params.set(`error.${field}`, message);
  return seeOther(`/signup?${params}`);
}

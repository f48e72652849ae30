/**
 * POST /reader/reset (email, edition) — a reader asks for a password-reset link. Every answer is a
 * 303 to the edition's /signin/reset: "sent" whether or not the address has an account, or the
 * reason it was refused (a malformed address; too many requests from here, with the minutes to
 * wait and Retry-After).
 */
import { NextResponse } from 'next/server';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { clientIp, isSameOrigin } from '@/lib/auth/request';
import { readSmallForm, seeOther } from '@/lib/readers/http';
import { formEdition, inFormEdition } from '@/lib/readers/messages';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOther('/signin/reset?error=origin');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the reset form', { status: 400 });
  const email = form.get('email');
  const result = requestPasswordReset('reader', email, clientIp(request.headers), formEdition(form));
  if (result.ok) return seeOther(inFormEdition(form, '/signin/reset?sent=1'));
  const params = new URLSearchParams({ error: result.reason });
  if (typeof email === 'string') params.set('email', email.slice(0, 254));
  if (result.reason === 'invalid') return seeOther(inFormEdition(form, `/signin/reset?${params}`));
  params.set('minutes', String(Math.ceil(result.retryAfter / 60)));
  const response = seeOther(inFormEdition(form, `/signin/reset?${params}`));
  response.headers.set('Retry-After', String(result.retryAfter));
  return response;
}

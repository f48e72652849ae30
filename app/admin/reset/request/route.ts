/**
 * POST /admin/reset/request (email) — asks for a password-reset link. Every answer is a 303 back
 * to /admin/reset: "sent" whether or not the address has an account, or the reason it was refused
 * (a malformed address; too many requests from this IP, with the minutes to wait and Retry-After).
 */
import { NextResponse } from 'next/server';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { clientIp, isSameOrigin } from '@/lib/auth/request';
import { readSmallForm, seeOther } from '@/lib/readers/http';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOther('/admin/reset?error=origin');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the reset form', { status: 400 });
  const email = form.get('email');
  const result = requestPasswordReset('staff', email, clientIp(request.headers), '');
  if (result.ok) return seeOther('/admin/reset?sent=1');
  const params = new URLSearchParams({ error: result.reason });
  if (typeof email === 'string') params.set('email', email.slice(0, 254));
  if (result.reason === 'invalid') return seeOther(`/admin/reset?${params}`);
  params.set('minutes', String(Math.ceil(result.retryAfter / 60)));
  const response = seeOther(`/admin/reset?${params}`);
  response.headers.set('Retry-After', String(result.retryAfter));
  return response;
}

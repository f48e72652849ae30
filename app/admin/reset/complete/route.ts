/**
 * POST /admin/reset/complete (password) — sets the new password with the opened reset link (its
 * token in the link cookie), ending every session of the account; 303 to the outcome. An unusable
 * link (used, expired, unknown) goes to the page that says so; a refused password back to the form.
 */
import { NextResponse } from 'next/server';
import { cookieValue, clientIp, isSameOrigin } from '@/lib/auth/request';
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { forgetLink, seeOtherPrivately } from '@/lib/auth/link-http';
import { completePasswordReset } from '@/lib/auth/password-reset';
import { readSmallForm } from '@/lib/readers/http';

const COOKIE = LINK_COOKIES.staffReset;

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOtherPrivately('/admin/reset/password?error=origin');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the password form', { status: 400 });
  const result = await completePasswordReset(
    'staff',
    cookieValue(request, COOKIE.name),
    form.get('password'),
    clientIp(request.headers),
  );
  if (result.ok) return forgetLink(seeOtherPrivately('/admin/reset/password?done=1'), COOKIE);
  if (result.reason === 'password') return seeOtherPrivately('/admin/reset/password?error=password');
  return forgetLink(seeOtherPrivately('/admin/reset/password'), COOKIE);
}

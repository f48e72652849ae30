/** POST /reader/verify/complete (edition) — confirms the address of the opened verification link (its token in the link cookie). */
import { NextResponse } from 'next/server';
import { cookieValue, isSameOrigin } from '@/lib/auth/request';
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { forgetLink, seeOtherPrivately } from '@/lib/auth/link-http';
import { readSmallForm } from '@/lib/readers/http';
import { inFormEdition } from '@/lib/readers/messages';
import { confirmVerification } from '@/lib/readers/verification';

const COOKIE = LINK_COOKIES.readerVerify;

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOtherPrivately('/account/verify?error=origin');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the confirmation form', { status: 400 });
  const done = confirmVerification(cookieValue(request, COOKIE.name));
  return forgetLink(
    seeOtherPrivately(inFormEdition(form, done ? '/account/verify?done=1' : '/account/verify')),
    COOKIE,
  );
}

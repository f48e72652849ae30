/**
 * POST /reader/reset/complete (password, edition) — sets a reader's new password with the opened
 * reset link (its token in the link cookie), ending every session of the account and verifying
 * its address; then to sign-in. An unusable link goes to the page that says so; a refused
 * password back to the form with its message key.
 */
import { NextResponse } from 'next/server';
import { clientIp, cookieValue, isSameOrigin } from '@/lib/auth/request';
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { forgetLink, seeOtherPrivately } from '@/lib/auth/link-http';
import { completePasswordReset } from '@/lib/auth/password-reset';
import { readSmallForm } from '@/lib/readers/http';
import { inFormEdition, readerMessageKey } from '@/lib/readers/messages';
import { READER_COOKIE } from '@/lib/auth/reader-cookie';
import { editionPath } from '@/lib/editions';

const COOKIE = LINK_COOKIES.readerReset;

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return seeOtherPrivately('/signin/reset/password?error=origin');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the password form', { status: 400 });
  const result = await completePasswordReset(
    'reader',
    cookieValue(request, COOKIE.name),
    form.get('password'),
    clientIp(request.headers),
  );
  if (result.ok) {
    const response = forgetLink(seeOtherPrivately(editionPath(result.edition, '/signin?done=reset')), COOKIE);
    // This browser's own session ended with the others.
    response.cookies.delete(READER_COOKIE);
    return response;
  }
  if (result.reason === 'password') {
    const key = readerMessageKey(result.message) ?? 'passwordShort';
    return seeOtherPrivately(inFormEdition(form, `/signin/reset/password?error=${key}`));
  }
  return forgetLink(seeOtherPrivately(inFormEdition(form, '/signin/reset/password')), COOKIE);
}

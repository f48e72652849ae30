/**
 * POST /signout — ends this reader session and clears its cookie. GET only shows where the
 * button is (/account): signing out by a link would let any page sign a reader out.
 */
import { cookieValue, isSameOrigin } from '@/lib/auth/request';
import { endReaderSession, READER_COOKIE } from '@/lib/auth/reader-session';
import { readSmallForm, seeOther } from '@/lib/readers/http';
import { inFormEdition } from '@/lib/readers/messages';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused.', { status: 403 });
  endReaderSession(cookieValue(request, READER_COOKIE));
  // Back to the home page of the edition the button was in (its form's `edition` field, if any).
  const form = await readSmallForm(request);
  const response = seeOther(form ? inFormEdition(form, '/') : '/');
  response.cookies.delete(READER_COOKIE);
  return response;
}

export function GET() {
  return seeOther('/account');
}

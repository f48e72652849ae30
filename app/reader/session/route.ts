/**
 * POST /reader/session — the reader sign-in form (email, password, next). Every answer is a 303
 * (post-redirect-get): to `next` when signed in, else back to the form with the reason, and when
 * throttled the minutes to wait (and Retry-After).
 */
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
  const email = form.get('email');
  const back = (params: Record<string, string>, headers: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      ...params,
      next,
      ...(typeof email === 'string' ? { email: email.slice(0, 254) } : {}),
    });
    const response = seeOther(inFormEdition(form, `/signin?${query}`));
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  // Throttled: back to the form, which says in the reader's language how long to wait, with the
  // address they typed; Retry-After for anything that reads headers.
  if (result.reason === 'throttled') {
    return back(
      { error: 'throttled', minutes: String(Math.ceil(result.retryAfter / 60)) },
      { 'Retry-After': String(result.retryAfter) },
    );
  }
  return back({ error: result.reason });
}

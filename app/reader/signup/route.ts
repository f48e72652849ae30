/** POST /reader/signup — the sign-up form (email, name, password, next): 303 onwards signed in, or back with messages. */
import { clientIp } from '@/lib/auth/request';
import { READER_COOKIE } from '@/lib/auth/reader-session';
import { withSessionCookie } from '@/lib/auth/session';
import { signUp } from '@/lib/readers/accounts';
import { seeOther } from '@/lib/readers/http';
import { formEdition, inFormEdition, readerMessageKey } from '@/lib/readers/messages';
import { signedOutPost } from '@/lib/readers/posts';
import { sendVerification } from '@/lib/readers/verification';

export async function POST(request: Request) {
  const post = await signedOutPost(request, '/signup?error.form=origin', 'Send the sign-up form');
  if (post instanceof Response) return post;
  const { form, next } = post;
  const result = await signUp(
    { email: form.get('email'), name: form.get('name'), password: form.get('password') },
    clientIp(request.headers),
    request.headers.get('user-agent') ?? '',
  );
  if (result.ok) {
    // The address is verified by the link sent now, in the edition the reader signed up in.
    sendVerification(result.reader, formEdition(form));
    return withSessionCookie(seeOther(next), result, request.headers, READER_COOKIE);
  }
  // The password is never sent back.
  const params = new URLSearchParams({ next, ...result.values });
  // Keys, not words: the page says them in the reader's edition (lib/readers/messages.ts).
  for (const [field, message] of Object.entries(result.errors))
    params.set(`error.${field}`, readerMessageKey(message) ?? message);
  return seeOther(inFormEdition(form, `/signup?${params}`));
}

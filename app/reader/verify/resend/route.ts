/** POST /reader/verify/resend (edition) — sends the signed-in reader another verification link (3 an hour). */
import { seeOther } from '@/lib/readers/http';
import { formEdition, inFormEdition } from '@/lib/readers/messages';
import { accountPost } from '@/lib/readers/posts';
import { resendVerification } from '@/lib/readers/verification';

export async function POST(request: Request) {
  const post = await accountPost(request, 'Send the form');
  if (post instanceof Response) return post;
  const result = resendVerification(post.reader, formEdition(post.form));
  const outcome = result.ok
    ? 'verify=sent'
    : result.reason === 'verified'
      ? 'verify=done'
      : `verify=throttled&minutes=${Math.ceil(result.retryAfter / 60)}`;
  const response = seeOther(inFormEdition(post.form, `/account?${outcome}`));
  if (!result.ok && result.reason === 'throttled') response.headers.set('Retry-After', String(result.retryAfter));
  return response;
}

/** POST /reader/password (current, password) — changes the signed-in reader's password; other sessions end. */
import { currentReaderToken } from '@/lib/auth/reader-session';
import { changeReaderPassword } from '@/lib/readers/accounts';
import { seeOther } from '@/lib/readers/http';
import { inFormEdition, readerMessageKey } from '@/lib/readers/messages';
import { accountPost } from '@/lib/readers/posts';

export async function POST(request: Request) {
  const post = await accountPost(request, 'Send the password form');
  if (post instanceof Response) return post;
  const { reader, form } = post;
  const errors = await changeReaderPassword(reader, (await currentReaderToken()) ?? '', {
    current: form.get('current'),
    password: form.get('password'),
  });
  if (!errors) return seeOther(inFormEdition(form, '/account?done=password'));
  const params = new URLSearchParams();
  for (const [field, message] of Object.entries(errors))
    params.set(`error.${field}`, readerMessageKey(message) ?? message);
  return seeOther(inFormEdition(form, `/account?${params}`));
}

/** POST /reader/delete (password) — deletes the signed-in reader's account, bookmarks and sessions. */
import { READER_COOKIE } from '@/lib/auth/reader-session';
import { deleteReaderAccount } from '@/lib/readers/accounts';
import { seeOther } from '@/lib/readers/http';
import { inFormEdition, readerMessageKey } from '@/lib/readers/messages';
import { accountPost } from '@/lib/readers/posts';

export async function POST(request: Request) {
  const post = await accountPost(request, 'Send the form');
  if (post instanceof Response) return post;
  const errors = await deleteReaderAccount(post.reader, post.form.get('password'));
  if (errors) {
    const key = readerMessageKey(errors.current ?? '') ?? 'notDeleted';
    return seeOther(inFormEdition(post.form, `/account?${new URLSearchParams({ 'error.delete': key })}`));
  }
  const response = seeOther(inFormEdition(post.form, '/'));
  response.cookies.delete(READER_COOKIE);
  return response;
}

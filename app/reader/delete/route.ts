/** POST /reader/delete (password) — deletes the signed-in reader's account, bookmarks and sessions. */
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';
import { currentReader, READER_COOKIE } from '@/lib/auth/reader-session';
import { deleteReaderAccount } from '@/lib/readers/accounts';
import { readSmallForm, seeOther } from '@/lib/readers/http';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new NextResponse('Cross-site request refused.', { status: 403 });
  const reader = await currentReader();
  if (!reader) return seeOther('/signin?next=/account');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the form', { status: 400 });
  const errors = await deleteReaderAccount(reader, form.get('password'));
  if (errors) return seeOther(`/account?${new URLSearchParams({ 'error.delete': errors.current ?? 'Not deleted.' })}`);
  const response = seeOther('/');
  response.cookies.delete(READER_COOKIE);
  return response;
}

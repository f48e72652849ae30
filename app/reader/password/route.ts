/** POST /reader/password (current, password) — changes the signed-in reader's password; other sessions end. */
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';
import { currentReader, currentReaderToken } from '@/lib/auth/reader-session';
import { changeReaderPassword } from '@/lib/readers/accounts';
import { readSmallForm, seeOther } from '@/lib/readers/http';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new NextResponse('Cross-site request refused.', { status: 403 });
  const reader = await currentReader();
  if (!reader) return seeOther('/signin?next=/account');
  const form = await readSmallForm(request);
  if (!form) return new NextResponse('Send the password form', { status: 400 });
  const errors = await changeReaderPassword(reader, (await currentReaderToken()) ?? '', {
    current: form.get('current'),
    password: form.get('password'),
  });
  if (!errors) return seeOther('/account?done=password');
  const params = new URLSearchParams();
  for (const [field, message] of Object.entries(errors)) params.set(`error.${field}`, message);
  return seeOther(`/account?${params}`);
}

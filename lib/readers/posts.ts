/**
 * The checks every reader account form post starts with, in order: it comes from this site,
 * (for account changes) a reader is signed in, and its small form can be read. Each returns
 * the answer that refuses the post, or what the handler goes on with.
 */
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';
import { currentReader, type Reader } from '@/lib/auth/reader-session';
import { readSmallForm, safeReturnPath, seeOther } from '@/lib/readers/http';

const badRequest = (message: string) => new NextResponse(message, { status: 400 });

/** Sign-in and sign-up: back to `crossSite` from another site; `next` is where to go once signed in. */
export async function signedOutPost(
  request: Request,
  crossSite: string,
  unreadable: string,
): Promise<{ form: FormData; next: string } | Response> {
  if (!isSameOrigin(request)) return seeOther(crossSite);
  const form = await readSmallForm(request);
  if (!form) return badRequest(unreadable);
  return { form, next: safeReturnPath(form.get('next'), '/bookmarks') };
}

/** A change to the signed-in reader's account: 403 from another site, to sign-in without a session. */
export async function accountPost(
  request: Request,
  unreadable: string,
): Promise<{ reader: Reader; form: FormData } | Response> {
  if (!isSameOrigin(request)) return new NextResponse('Cross-site request refused.', { status: 403 });
  const reader = await currentReader();
  if (!reader) return seeOther('/signin?next=/account');
  const form = await readSmallForm(request);
  if (!form) return badRequest(unreadable);
  return { reader, form };
}

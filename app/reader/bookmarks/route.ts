/**
 * POST /reader/bookmarks (articleId, action add|remove, next) — a signed-in reader bookmarks an
 * article or removes the bookmark. The reader is the session's, never a form field, so nobody
 * can touch another reader's bookmarks. A form post answers 303 back to `next`; with
 * `Accept: application/json` (the button's script) it answers the true state as JSON.
 */
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';
import { currentReader } from '@/lib/auth/reader-session';
import { changeBookmark } from '@/lib/readers/bookmarks';
import { readSmallForm, safeReturnPath, seeOther, wantsJson } from '@/lib/readers/http';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const json = wantsJson(request);
  const fail = (status: number, message: string) =>
    json
      ? NextResponse.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } })
      : new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!isSameOrigin(request)) return fail(403, 'Cross-site request refused.');
  const form = await readSmallForm(request);
  if (!form) return fail(400, 'Send the bookmark form.');
  const next = safeReturnPath(form.get('next'));
  const reader = await currentReader();
  if (!reader) return json ? fail(401, 'Sign in to bookmark.') : seeOther(`/signin?next=${encodeURIComponent(next)}`);
  const result = changeBookmark(reader.id, { articleId: form.get('articleId'), action: form.get('action') });
  if (!result.ok)
    return result.reason === 'not-found'
      ? fail(404, 'That article is not published, so it cannot be bookmarked.')
      : fail(400, 'Name an article and add or remove.');
  if (json) return NextResponse.json({ bookmarked: result.bookmarked }, { headers: { 'Cache-Control': 'no-store' } });
  return seeOther(next);
}

/**
 * Runs before the newsroom's server actions (and nothing else, see `config`): a body larger
 * than Next's server-action limit would otherwise surface as a 500 from inside Next; here it
 * gets a clear 413 before anything reads it. Authorization is not decided here: every action
 * checks its caller itself.
 */
import { NextResponse, type NextRequest } from 'next/server';

/** Next's default `serverActions.bodySizeLimit` (1 MB); the article editor's largest body is far below it. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export function proxy(request: NextRequest) {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > ACTION_BODY_LIMIT) {
    return new NextResponse('The form is too large (at most 1 MB).', {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Server action calls only: uploads (their own route, with their own limit) never pass through here.
  matcher: [{ source: '/admin/:path*', has: [{ type: 'header', key: 'next-action' }] }],
};

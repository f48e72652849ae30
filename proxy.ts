/**
 * Runs before the newsroom's server actions (and nothing else, see `config`), for what would
 * otherwise surface as a 500 from inside Next, each answered with a short plain-text message
 * before anything reads the body:
 * - a body larger than Next's server-action limit: 413;
 * - a call from another site (or with no Origin, or one that is not a URL): 403. Next's own
 *   check of the Origin answers a 500 (an "Invalid Server Actions request" error).
 * Authorization is not decided here: every action checks its caller itself (a call without a
 * session must reach it, so a form can say "your session has ended" and keep what was typed).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';

/** Next's default `serverActions.bodySizeLimit` (1 MB); the article editor's largest body is far below it. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

function refuse(status: number, message: string, extra: Record<string, string> = {}) {
  return new NextResponse(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

/** The Origin names this site, and the host Next compares it with (its CSRF check) too. */
function fromThisSite(request: NextRequest): boolean {
  if (!isSameOrigin(request)) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(request.headers.get('origin')!).host === host;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > ACTION_BODY_LIMIT) return refuse(413, 'The form is too large (at most 1 MB).', { Connection: 'close' });
  if (!fromThisSite(request)) return refuse(403, 'Refused: this form was not sent from this site.');
  return NextResponse.next();
}

export const config = {
  // Server action calls only (React sends the header with every call, and nothing else does), on
  // any path: an action's id is honoured whichever page it is posted to. Page requests never run
  // the proxy; uploads (their own route, with their own limit) never pass through here.
  matcher: [{ source: '/:path*', has: [{ type: 'header', key: 'next-action' }] }],
};

/**
 * Runs before Next reads a server action call or a multipart form post (see `config`), and answers
 * what Next itself would answer with a 500 (docs/adr/0008), with a short plain-text message:
 * - a body larger than Next's server-action limit: 413;
 * - a call or form from another site (or with no Origin, or one that is not a URL): 403. Next's
 *   own check of the Origin throws, for a call or any multipart post to a page;
 * - a body React could not decode (lib/security/action-request.ts): 400.
 * Authorization is not decided here: every action checks its caller itself (a call without a
 * session must reach it, so a form can say "your session has ended" and keep what was typed).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isSameOrigin } from '@/lib/auth/request';
import { readBodyLimited } from '@/lib/http';
import { checkActionRequest } from '@/lib/security/action-request';

/** Next's default `serverActions.bodySizeLimit` (1 MB); the article editor's largest body is far below it. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const TOO_LARGE = 'The form is too large (at most 1 MB).';

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

export async function proxy(request: NextRequest) {
  if (request.method !== 'POST') return NextResponse.next();
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > ACTION_BODY_LIMIT) return refuse(413, TOO_LARGE, { Connection: 'close' });
  if (!fromThisSite(request)) return refuse(403, 'Refused: this form was not sent from this site.');
  const body = await readBodyLimited(request, ACTION_BODY_LIMIT);
  if (!body) return refuse(413, TOO_LARGE, { Connection: 'close' });
  const check = await checkActionRequest({
    fetchAction: request.headers.has('next-action'),
    contentType: request.headers.get('content-type') ?? '',
    body,
  });
  return check.ok ? NextResponse.next() : refuse(check.status, check.message);
}

export const config = {
  matcher: [
    // Server action calls (React sends the header with every call, and nothing else does), on any
    // path: an action's id is honoured whichever page it is posted to.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    // Multipart posts: a form posted without JavaScript names its action in a field, and Next
    // reads the Origin of every multipart post to a page. Uploads have their own route and limit.
    {
      source: '/((?!admin/media/upload$).*)',
      has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
};

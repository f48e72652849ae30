/**
 * POST /api/views — the "most read" beacon (components/article/ViewBeacon.island.ts): the body is
 * a story id. Answers 204 at once, counted or not (bots, repeats and a full hour set alike, so
 * nothing is learnt from the answer); 400 for a body that is no published story's id, 413 past
 * MAX_BODY_BYTES; other methods get Next's 405. No cookie is read or set.
 */
import { readBodyLimited } from '@/lib/http';
import { viewCounter } from '@/lib/most-read/counter';
import { MAX_BODY_BYTES, parseArticleId, readerAddress } from '@/lib/most-read/request';

export const dynamic = 'force-dynamic';

const headers = { 'Cache-Control': 'no-store' };
const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });

export async function POST(request: Request) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return refuse(413, 'Too large.');
  const body = await readBodyLimited(request, MAX_BODY_BYTES);
  if (!body) return refuse(413, 'Too large.');
  const articleId = parseArticleId(body.toString('utf8'));
  if (articleId === null) return refuse(400, 'Send a story id.');
  const outcome = viewCounter().record({
    articleId,
    ip: readerAddress(request.headers),
    userAgent: request.headers.get('user-agent'),
  });
  if (outcome === 'unknown-article') return refuse(400, 'No such story.');
  return new Response(null, { status: 204, headers });
}

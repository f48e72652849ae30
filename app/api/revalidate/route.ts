/**
 * POST /api/revalidate  {"articleId": 123}  with `Authorization: Bearer $REVALIDATE_TOKEN`.
 * Drops every cached page that shows the article (its page, home, its section, tags and
 * authors), the same invalidation the newsroom runs after a write.
 */
import { invalidateArticleById, isAuthorised, revalidateToken } from '@/lib/revalidate-api';

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

export async function POST(request: Request) {
  const token = revalidateToken();
  if (!token) return json(404, { error: 'Not found' });
  if (!isAuthorised(request.headers.get('authorization'), token)) {
    return json(401, { error: 'A valid bearer token is required' });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: 'Send a JSON body such as {"articleId": 123}' });
  }
  const articleId = (body as { articleId?: unknown })?.articleId;
  if (typeof articleId !== 'number' || !Number.isSafeInteger(articleId) || articleId < 1) {
    return json(400, { error: 'articleId must be a positive integer' });
  }
  const tags = invalidateArticleById(articleId);
  if (!tags) return json(404, { error: `No article ${articleId}` });
  return json(200, { revalidated: true, tags });
}

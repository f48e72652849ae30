/**
 * POST /api/newsroom/publish-due with `Authorization: Bearer $REVALIDATE_TOKEN` — publishes
 * every scheduled article that is due and expires the pages that show it. The scheduler in
 * this process (instrumentation.ts) calls it when an article falls due, so scheduled stories
 * go live on time with no reader request; cron or a deploy hook may call it too. It also runs
 * the repeated cache invalidations that are due (lib/cache.ts).
 */
import { isAuthorised, revalidateToken } from '@/lib/revalidate-api';
import { publishDue } from '@/lib/newsroom/articles';
import { runDueFollowups } from '@/lib/cache';

export async function POST(request: Request) {
  const token = revalidateToken();
  if (!token) return Response.json({ error: 'Not found' }, { status: 404 });
  if (!isAuthorised(request.headers.get('authorization'), token)) {
    return Response.json({ error: 'A valid bearer token is required' }, { status: 401 });
  }
  const published = publishDue();
  const followups = runDueFollowups();
  return Response.json({ published, followups }, { headers: { 'Cache-Control': 'private, no-store' } });
}

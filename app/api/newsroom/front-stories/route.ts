/**
 * GET /api/newsroom/front-stories?q=words — published stories whose headline contains the
 * words (or whose id is the number typed), newest first, for the front editor's story picker.
 * Staff with 'fronts.manage' only: checked here from the session cookie, as a route handler is
 * not covered by the newsroom pages' checks. A read: no Origin check needed, never cached.
 */
import { searchPublishedStories } from '@/db/queries/fronts';
import { can } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/session';
import { thumbOf } from '@/lib/fronts/editor';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return Response.json({ error: 'Sign in first.' }, { status: 401, headers: NO_STORE });
  if (!can(staff.role, 'fronts.manage'))
    return Response.json({ error: 'Your role may not arrange fronts.' }, { status: 403, headers: NO_STORE });
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 200);
  const items = q.length >= 2 || /^\d+$/.test(q) ? searchPublishedStories(q, 10).map((c) => thumbOf(c)) : [];
  return Response.json({ items }, { headers: NO_STORE });
}

/** GET /api/health — database reachability and migration state for a load balancer (see lib/health.ts). */
import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

export function GET() {
  const { httpStatus, body } = checkHealth();
  return Response.json(body, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } });
}

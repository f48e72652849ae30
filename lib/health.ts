/**
 * The answer of /api/health, for a load balancer: 200 when the database answers a query and
 * every migration of this code is applied, 503 otherwise. It names no file, path or error
 * message (those go to the server's log).
 */
import { migrationState } from '@/db/queries/health';

export interface Health {
  status: 'ok' | 'error';
  database: 'ok' | 'unreachable';
  migrations: { applied: number; expected: number } | null;
  problem?: 'database unreachable' | 'migrations pending' | 'database is newer than this code';
}

export function checkHealth(): { httpStatus: 200 | 503; body: Health } {
  let migrations: { applied: number; expected: number };
  try {
    migrations = migrationState();
  } catch (error) {
    console.error('health: the database did not answer', error);
    return {
      httpStatus: 503,
      body: { status: 'error', database: 'unreachable', migrations: null, problem: 'database unreachable' },
    };
  }
  if (migrations.applied === migrations.expected)
    return { httpStatus: 200, body: { status: 'ok', database: 'ok', migrations } };
  const problem = migrations.applied < migrations.expected ? 'migrations pending' : 'database is newer than this code';
  return { httpStatus: 503, body: { status: 'error', database: 'ok', migrations, problem } };
}

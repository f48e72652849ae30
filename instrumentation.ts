import type { Instrumentation } from 'next';

/**
 * Runs once when a server process starts: arms the scheduler that publishes scheduled articles,
 * and the worker that processes uploaded video and audio (it picks up jobs a previous run left).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/newsroom/scheduler');
  startScheduler();
  const { startMediaWorker } = await import('./lib/av/worker');
  startMediaWorker();
}

/**
 * Every error a request meets (page render, route handler, server action, proxy) as one JSON
 * log line with its stack and the request's id (scripts/serve.ts sets X-Request-Id). The
 * reader gets the error page, which shows none of it.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('./lib/log');
  const header = request.headers['x-request-id'];
  const err = error as Error & { digest?: string };
  log.error(
    {
      err,
      digest: err.digest,
      id: Array.isArray(header) ? header[0] : header,
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    'request error',
  );
};

/**
 * The server's structured log: one JSON object per line on stdout, written with pino
 * (`{"level":"info","time":"2026-…Z",…}`). scripts/serve.ts writes one line per request and
 * sends every console message through here; instrumentation.ts logs each request's error with
 * its stack. Stacks and messages go to the log only, never into a page.
 */
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import pino from 'pino';

export const log = pino(
  {
    base: null,
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err },
  },
  // Synchronous writes: nothing is lost when the process exits right after a line.
  pino.destination({ dest: 1, sync: true }),
);

/** An incoming X-Request-Id we keep as the request's id: short, and only characters safe in any log or header. */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE_ID.test(value) ? value : randomUUID();
}

/** console.log/info/warn/error/debug as log lines (Next's own messages, our code's warnings), errors with their stacks. */
export function routeConsoleToLog(): void {
  const levels = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const;
  for (const [method, level] of Object.entries(levels) as [
    keyof typeof levels,
    'debug' | 'info' | 'warn' | 'error',
  ][]) {
    console[method] = (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      const rest = args.filter((a) => a !== err);
      const msg = format(...rest).trim() || err?.message || '';
      if (err) log[level]({ err }, msg);
      else log[level](msg);
    };
  }
}

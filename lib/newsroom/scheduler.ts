/**
 * The timer that publishes scheduled articles on time without any visitor. It runs in the
 * server process (started by instrumentation.ts, so it is re-armed on every start and first
 * catches up on anything that fell due while the server was down). Each second it asks the
 * database, through an index, whether anything is due; when something is, it calls this
 * server's own publish-due route (at lib/self-origin.ts), because cache invalidation needs a request scope. The same
 * route runs the repeated invalidations that lib/cache.ts queues after every change.
 */
import { randomBytes } from 'node:crypto';
import { nextFollowupAt } from '@/db/queries/cache-followups';
import { nextScheduledAt } from '@/db/queries/newsroom';
import { selfOrigin } from '@/lib/self-origin';
import { onShutdown } from '@/lib/shutdown';

const TICK_MS = 1000;
let timer: ReturnType<typeof setInterval> | null = null;
let busy = false;

async function tick(): Promise<void> {
  if (busy) return;
  const due = [nextScheduledAt(), nextFollowupAt()].filter((d): d is Date => d !== null && d.getTime() <= Date.now());
  if (!due.length) return;
  busy = true;
  try {
    const response = await fetch(new URL('/api/newsroom/publish-due', selfOrigin()), {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.REVALIDATE_TOKEN}` },
    });
    if (!response.ok) console.error(`scheduler: publish-due answered ${response.status}`);
  } catch (error) {
    console.error('scheduler: publish-due failed', error);
  } finally {
    busy = false;
  }
}

export function startScheduler(): void {
  if (timer) return;
  // The route needs a shared secret; without a configured one, this process makes its own.
  if (!process.env.REVALIDATE_TOKEN || process.env.REVALIDATE_TOKEN.length < 16) {
    process.env.REVALIDATE_TOKEN = randomBytes(24).toString('base64url');
  }
  timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  // A graceful shutdown stops the timer before the database closes (scripts/serve.ts).
  onShutdown(stopScheduler);
}

export function stopScheduler(): void {
  if (timer) clearInterval(timer);
  timer = null;
}

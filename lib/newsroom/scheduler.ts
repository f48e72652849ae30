/**
 * The timer that publishes scheduled articles on time without any visitor. It runs in the
 * server process (started by instrumentation.ts, so it is re-armed on every start and first
 * catches up on anything that fell due while the server was down). Each second it asks the
 * database, through an index, whether anything is due; when something is, it calls this
 * server's own publish-due route, because cache invalidation needs a request scope.
 */
import { randomBytes } from 'node:crypto';
import { nextScheduledAt } from '@/db/queries/newsroom';

const TICK_MS = 1000;
let timer: ReturnType<typeof setInterval> | null = null;
let busy = false;

async function tick(): Promise<void> {
  if (busy) return;
  const due = nextScheduledAt();
  if (!due || due.getTime() > Date.now()) return;
  busy = true;
  try {
    const port = process.env.PORT || '3000';
    const response = await fetch(`http://localhost:${port}/api/newsroom/publish-due`, {
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
}

/** Runs once when a server process starts: arms the scheduler that publishes scheduled articles. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/newsroom/scheduler');
  startScheduler();
}

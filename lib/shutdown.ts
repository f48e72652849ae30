/**
 * Work the server process stops before it closes the database on SIGTERM (the scheduler's
 * timer). The hooks live on globalThis: the app's bundle registers them and scripts/serve.ts,
 * loaded outside the bundle, runs them.
 */
type Hook = () => void | Promise<void>;
const registry = globalThis as unknown as { __newsroomShutdownHooks?: Set<Hook> };

function hooks(): Set<Hook> {
  registry.__newsroomShutdownHooks ??= new Set();
  return registry.__newsroomShutdownHooks;
}

export function onShutdown(hook: Hook): void {
  hooks().add(hook);
}

export async function runShutdownHooks(): Promise<void> {
  const all = [...hooks()];
  hooks().clear();
  await Promise.allSettled(all.map(async (hook) => hook()));
}

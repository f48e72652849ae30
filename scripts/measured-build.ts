/**
 * What the measuring scripts (bench.ts, bench-media.ts, soak.ts) do alike around a server: a
 * production environment, a seeded database made once per size and kept for later runs, a
 * build into a dist folder of their own, and waiting for a started server to be idle.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs a command to its end (only its errors shown) and prints how long it took. */
export function sh(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The environment of a production build and server, with uploaded pictures in `mediaDir`. */
export function productionEnv(mediaDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', MEDIA_DIR: mediaDir };
}

/** Seeds the database `file` with `articles` articles, unless an earlier run made it. */
export function seedOnce(file: string, articles: number, env: NodeJS.ProcessEnv): void {
  if (fs.existsSync(file)) return;
  sh(
    `seed ${articles} articles`,
    path.join('node_modules', '.bin', 'tsx'),
    ['scripts/seed.ts', '--articles', String(articles)],
    {
      ...env,
      DATABASE_URL: `file:${file}`,
    },
  );
}

/** `next build` into `distDir`, unless `reuse` is set and a build is already there. */
export function buildInto(distDir: string, env: NodeJS.ProcessEnv, reuse: boolean): void {
  if (reuse && fs.existsSync(path.join(distDir, 'BUILD_ID'))) return;
  // Building into another dist folder makes Next add it to tsconfig.json: put the file back.
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
  try {
    sh(`next build (${distDir})`, path.join('node_modules', '.bin', 'next'), ['build'], {
      ...env,
      NEXT_DIST_DIR: distDir,
    });
  } finally {
    fs.writeFileSync('tsconfig.json', tsconfig);
  }
}

/** CPU time (user + system) a process has used, in clock ticks (0 when it cannot be read). */
export function cpuTicks(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Waits until a freshly started server is idle (under 5% of a core for two seconds running, at
 * most 60 s): Next loads every route's code in the background for some seconds after it starts
 * answering, and the first rows measured would pay for it.
 */
export async function settle(pid: number): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let last = cpuTicks(pid);
  while (quiet < 2 && Date.now() - started < 60_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuTicks(pid);
    quiet = now - last < 5 ? quiet + 1 : 0;
    last = now;
  }
  return (Date.now() - started) / 1000;
}

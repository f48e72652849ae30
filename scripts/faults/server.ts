/**
 * A production server (scripts/serve.ts) in a child process of its own, for the fault tests:
 * started on a given database, build and port, its stdout kept as parsed JSON log lines.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ServerOptions {
  port: number;
  database: string;
  distDir: string;
  mediaDir: string;
  env?: Record<string, string>;
  /** Address to listen on (-H); by default every interface, as `next start`. */
  hostname?: string;
  /** Keep every stdout line in `lines` (default true; a long run passes false and reads them with onLine). */
  keepLines?: boolean;
  /** Called with each stdout line as it comes. */
  onLine?: (line: string) => void;
}

export interface RunningServer {
  child: ChildProcess;
  pid: number;
  origin: string;
  /** Every stdout line, as written. */
  lines: string[];
  /** Lines that are not JSON objects (the log must have none). */
  notJson: string[];
  /** Resolves with the exit code and signal when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

export async function startServer(options: ServerOptions, timeoutMs = 60_000): Promise<RunningServer> {
  const origin = `http://${options.hostname ?? 'localhost'}:${options.port}`;
  const args = [
    '--import',
    'tsx',
    path.join('scripts', 'serve.ts'),
    '-p',
    String(options.port),
    ...(options.hostname ? ['-H', options.hostname] : []),
  ];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${options.database}`,
      NEXT_DIST_DIR: options.distDir,
      MEDIA_DIR: options.mediaDir,
      SITE_URL: origin,
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const notJson: string[] = [];
  let buffered = '';
  let errors = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (!line) continue;
      options.onLine?.(line);
      if (options.keepLines === false) continue;
      lines.push(line);
      try {
        const parsed: unknown = JSON.parse(line);
        if (typeof parsed !== 'object' || parsed === null) notJson.push(line);
      } catch {
        notJson.push(line);
      }
    }
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const server: RunningServer = { child, pid: child.pid!, origin, lines, notJson, exited, stderr: () => errors };

  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server on ${origin} did not become healthy:\n${lines.slice(-20).join('\n')}\n${errors}`);
}

/** Parsed log lines (the JSON ones). */
export function logEntries(server: RunningServer): Record<string, unknown>[] {
  return server.lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** Resident memory of a process and all its descendants, in MB (0 when it cannot be read). */
export function processTreeRssMb(pid: number): number {
  try {
    const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const inTree = new Set([pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [p, pp] of rows) {
        if (inTree.has(pp) && !inTree.has(p)) {
          inTree.add(p);
          grew = true;
        }
      }
    }
    return rows.filter(([p]) => inTree.has(p)).reduce((kb, [, , rss]) => kb + rss, 0) / 1024;
  } catch {
    return 0;
  }
}

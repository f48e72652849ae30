/**
 * A production server (scripts/serve.ts) in a child process of its own, for the fault tests:
 * started on a given database, build and port, its stdout kept as parsed JSON log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ServerOptions {
  port: number;
  database: string;
  distDir: string;
  mediaDir: string;
  env?: Record<string, string>;
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
  const origin = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts'), '-p', String(options.port)], {
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
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
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

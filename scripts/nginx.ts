/**
 * Runs Debian's nginx from a private folder, without root's config: deploy/nginx.conf in front of
 * a Next server (its listen port, upstream port and cache folder swapped), or a plain static file
 * server. Used by e2e/production-proxy.spec.ts and scripts/bench.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? null;

export interface RunningNginx {
  url: string;
  dir: string;
  stop(): void;
}

/** deploy/nginx.conf with the test's ports and a private cache folder. */
export function siteConfig(listen: number, upstream: number, cacheDir: string): string {
  const site = fs
    .readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${listen};`)
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstream};`)
    .replaceAll('/var/cache/nginx/meridian', cacheDir);
  if (!site.includes(`listen 127.0.0.1:${listen};`) || !site.includes(`server 127.0.0.1:${upstream};`)) {
    throw new Error('deploy/nginx.conf no longer has `listen 80;` and `server 127.0.0.1:3000;` to swap');
  }
  return site;
}

/**
 * A static server for one folder: the physical limit the benchmark compares pages with.
 * `nopush` false leaves TCP_CORK off: on loopback a corked answer just over one segment (a 64 KB
 * range) waits 40 ms for a delayed ACK, while large answers are faster corked (bench-media.ts).
 */
export function staticConfig(listen: number, root: string, nopush = true): string {
  return `server {
    listen 127.0.0.1:${listen};
    root ${root};
    sendfile on;
    tcp_nopush ${nopush ? 'on' : 'off'};
    open_file_cache max=100 inactive=60s;
    default_type text/html;
    location / { try_files $uri =404; }
}`;
}

/**
 * Starts nginx with `site` (server blocks and maps for the http { } context, made for nginx's own
 * private folder); resolves when it answers `probe`.
 */
export async function startNginx(site: (dir: string) => string, probe: string, workers = 1): Promise<RunningNginx> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-nginx-'));
  fs.writeFileSync(path.join(dir, 'site.conf'), site(dir));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${path.join(dir, t)};`)
    .join('\n  ');
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes ${workers};
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  ${temp}
  include ${path.join(dir, 'site.conf')};
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  const stop = () => {
    child.kill('SIGQUIT');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(probe);
      await response.arrayBuffer();
      return { url: new URL(probe).origin, dir, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
  stop();
  throw new Error(`nginx did not start: ${log}`);
}

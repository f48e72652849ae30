/**
 * `npm start`: migrate (and seed an empty database), build the production app when the
 * sources changed since the last build, then serve it on PORT (default 3000) and HOST with
 * scripts/serve.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, instanceId, openDatabase } from '@/db/client';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(cmd: string, args: string[]) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  ['app', 'components', 'lib', 'db', 'public'].forEach((d) => walk(path.join(root, d)));
  for (const f of ['next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json']) {
    if (fs.existsSync(f)) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  }
  return newest;
}

/** The build prerenders pages from the database, so a build made against another database is stale too. */
function currentDatabaseInstance(): string {
  const db = openDatabase(databasePath());
  const id = instanceId(db);
  db.$client.close();
  return id;
}

function needsBuild(instance: string): boolean {
  if (process.env.FORCE_BUILD === '1') return true;
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const builtFor = path.join(root, distDir, 'database-instance');
  if (!fs.existsSync(builtFor) || fs.readFileSync(builtFor, 'utf8') !== instance) return true;
  return newestSourceMtime() > fs.statSync(buildId).mtimeMs;
}

run(bin('tsx'), ['scripts/prepare-db.ts']);
const instance = currentDatabaseInstance();
if (needsBuild(instance)) {
  console.log('building the production app…');
  run(bin('next'), ['build']);
  fs.writeFileSync(path.join(root, distDir, 'database-instance'), instance);
} else {
  console.log(`build in ${distDir} is up to date (FORCE_BUILD=1 rebuilds)`);
}

// The production server of scripts/serve.ts (Next's handler with JSON request logs and a
// graceful SIGTERM) in one child process; signals are passed on, and its exit code is ours.
const args = ['--import', 'tsx', path.join('scripts', 'serve.ts'), '-p', process.env.PORT || '3000'];
if (process.env.HOST) args.push('-H', process.env.HOST);
const server = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/**
 * `npm run crash-test [-- --seconds 4 --port 3410 --build]`: kill -9 of the production server in
 * the middle of a stream of staff saves and reader bookmarks, then a restart: PRAGMA
 * integrity_check must be ok and every write answered with success must be there
 * (scripts/faults/crash.ts). It serves a build in .next-crash (made when missing, or with
 * --build) on a copy of data/crash/news.db (seeded once). Exits 1 on any loss.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashTest, summary } from './faults/crash';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    port: { type: 'string', default: process.env.CRASH_PORT || '3410' },
    build: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const dataDir = path.join(root, 'data', 'crash');
const source = path.join(dataDir, 'news.db');
const mediaDir = path.join(dataDir, 'media');
const distDir = '.next-crash';
const env = {
  ...process.env,
  DATABASE_URL: `file:${source}`,
  MEDIA_DIR: mediaDir,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  SEED_ARTICLES: '300',
};

function run(label: string, cmd: string, args: string[]) {
  console.log(`▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  if (!fs.existsSync(source)) run('seed data/crash/news.db', tsx, ['scripts/prepare-db.ts']);
  if (values.build || !fs.existsSync(path.join(root, distDir, 'BUILD_ID')))
    run(`next build (${distDir})`, path.join(root, 'node_modules', '.bin', 'next'), ['build']);
  const started = Date.now();
  const result = await runCrashTest({
    source,
    distDir,
    mediaDir,
    port: Number(values.port),
    streamMs: Math.round(Number(values.seconds) * 1000),
    log: (m) => console.log(`  ${m}`),
  });
  console.log(summary(result));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(result.ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('crash test FAILED:', error);
  process.exit(1);
});

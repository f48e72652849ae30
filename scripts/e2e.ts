/**
 * End-to-end tests against the production build: a fresh, deterministic demo database in
 * data/e2e, a build of its own (NEXT_DIST_DIR=.next-e2e), then Playwright in Chromium.
 * Extra arguments go to `playwright test` (e.g. a spec file).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensureFfmpeg, ensureNginx, ensureXmllint } from './browser';

const root = process.cwd();
const dataDir = path.join(root, 'data', 'e2e');
const port = process.env.E2E_PORT || '3100';

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(dataDir, 'news.db')}`,
  MEDIA_DIR: path.join(root, 'data', 'e2e-media'),
  NEXT_DIST_DIR: '.next-e2e',
  SITE_URL: `http://localhost:${port}`,
  E2E_PORT: port,
  REVALIDATE_TOKEN: process.env.REVALIDATE_TOKEN || 'e2e-revalidate-token-0123456789',
  SEED_ARTICLES: '400',
  NEXT_TELEMETRY_DISABLED: '1',
  // Mail goes to an SMTP server on a fixed private port: e2e/newsroom-account-recovery.spec.ts
  // starts one there (smtp-server) and reads what arrives. When nothing listens (every other spec),
  // the connection is refused at once and the message stays in the outbox with the error.
  SMTP_URL: `smtp://127.0.0.1:${Number(port) + 25}`,
};

const serverLog = path.join(dataDir, 'server.log');
env.E2E_SERVER_LOG = serverLog;

/** The server's error lines (its log is JSON, one line per request or message), after a failure. */
function printServerErrors() {
  if (!fs.existsSync(serverLog)) return;
  const errors = fs
    .readFileSync(serverLog, 'utf8')
    .split('\n')
    .filter((line) => /"level":"(error|fatal)"/.test(line));
  console.log(
    `\nthe test server logged ${errors.length} error line(s) (${path.relative(root, serverLog)}; some are expected: refused hostile calls)`,
  );
  for (const line of errors.slice(-40)) console.log(`  ${line.slice(0, 2000)}`);
}

function run(label: string, cmd: string, args: string[], onFailure?: () => void) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    onFailure?.();
    process.exit(result.status ?? 1);
  }
}

const chromium = ensureChromium();
ensureXmllint();
ensureNginx();
ensureFfmpeg();
console.log(`browser: ${chromium}`);

// A fresh database every run, so the tests see exactly the seeded newsroom (media files are kept: they are deterministic).
fs.rmSync(dataDir, { recursive: true, force: true });
// Video, audio and files get random folder names at every seed: drop the last run's.
for (const dir of ['av', 'uploads']) fs.rmSync(path.join(env.MEDIA_DIR!, dir), { recursive: true, force: true });
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
run('seed the e2e database', bin('tsx'), ['scripts/prepare-db.ts']);
run('next build (.next-e2e)', bin('next'), ['build']);
run('playwright', bin('playwright'), ['test', ...process.argv.slice(2)], printServerErrors);

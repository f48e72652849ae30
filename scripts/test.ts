/**
 * `npm test`: lint (ESLint, then Prettier's check), typecheck, unit tests on real SQLite files,
 * `npm audit --omit=dev` (high and critical advisories fail; an unreachable audit endpoint is
 * reported, not failed), the end-to-end tests in Chromium against the production build, then the
 * Lighthouse budgets. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';

const steps: [string, string, string[]][] = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['npm audit (production dependencies)', 'npm', ['run', '--silent', 'audit:prod']],
  ['end-to-end tests', 'npm', ['run', '--silent', 'test:e2e']],
  ['Lighthouse budgets', 'npm', ['run', '--silent', 'test:lighthouse']],
];

const timings: string[] = [];
const started = Date.now();
for (const [label, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  timings.push(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join('\n')}\nall steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

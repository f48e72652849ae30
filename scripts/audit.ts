/**
 * `npm run audit:prod` (a step of `npm test`): `npm audit --omit=dev --audit-level=high` on the
 * packages the site runs with. Fails on any high or critical advisory. When the registry's
 * audit endpoint cannot be reached or refuses (this workplace's registry mirror answers its POST
 * with 405), it says so and passes: that is no finding, and the step must not fail for it alone.
 * AUDIT_REQUIRED=1 makes an unavailable audit fail too (for a machine that should reach it).
 */
import { spawnSync } from 'node:child_process';
import { readAudit } from './audit-result';

const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
const verdict = readAudit(result.stdout);
switch (verdict.kind) {
  case 'clean':
    console.log(`npm audit --omit=dev: no high or critical advisories (${JSON.stringify(verdict.counts)})`);
    process.exit(0);
  case 'vulnerable':
    console.error(
      `npm audit --omit=dev: HIGH OR CRITICAL ADVISORIES: ${verdict.packages.join(', ')} (${JSON.stringify(verdict.counts)})`,
    );
    console.error('run `npm audit --omit=dev` for the details');
    process.exit(1);
  case 'unavailable':
    console.warn(
      `npm audit --omit=dev: NOT CHECKED — the registry's audit endpoint is unavailable (${verdict.reason}).`,
    );
    console.warn('This is not a finding; run it where the registry answers audits. AUDIT_REQUIRED=1 makes this fail.');
    process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
  case 'unreadable':
    console.error(`npm audit --omit=dev: ${verdict.reason}`);
    process.exit(1);
}

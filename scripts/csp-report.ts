/**
 * `npm run csp:report`: prints our Content-Security-Policy (lib/security/headers.ts), over HTTP
 * and over HTTPS, and what Google's CSP Evaluator finds in it: its default checks (what
 * csp-evaluator.withgoogle.com shows) and its strict-CSP checks. Exits 1 on a HIGH finding that
 * is not on the accepted list (lib/security/csp-evaluation.ts), as the unit test does.
 */
import { ACCEPTED_HIGH, evaluateCsp, unacceptedFindings, type CspFinding } from '@/lib/security/csp-evaluation';
import { contentSecurityPolicy } from '@/lib/security/headers';

const line = (f: CspFinding) =>
  `  ${f.severity.padEnd(12)} ${f.directive}${f.value ? ` ${f.value}` : ''} — ${f.description} [${f.type}]`;

let failed = false;
for (const https of [false, true]) {
  const policy = contentSecurityPolicy({ https });
  console.log(`\nContent-Security-Policy (${https ? 'HTTPS' : 'HTTP'}):\n  ${policy}`);
  const findings = evaluateCsp(policy);
  console.log(`default checks: ${findings.length} finding(s)`);
  findings.forEach((f) => console.log(line(f)));
  const strict = evaluateCsp(policy, { strict: true }).filter(
    (f) => !findings.some((d) => d.type === f.type && d.directive === f.directive && d.value === f.value),
  );
  console.log(`strict-CSP checks, in addition: ${strict.length} finding(s)`);
  strict.forEach((f) => console.log(line(f)));
  const bad = unacceptedFindings([...findings, ...strict]);
  if (bad.length) {
    failed = true;
    console.log('NOT ACCEPTED:');
    bad.forEach((f) => console.log(line(f)));
  }
}
console.log('\naccepted HIGH findings:');
for (const a of ACCEPTED_HIGH) console.log(`  ${a.directive} ${a.value}: ${a.why}`);
process.exit(failed ? 1 : 0);

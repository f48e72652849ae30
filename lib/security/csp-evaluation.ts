/**
 * Google's CSP Evaluator (the `csp_evaluator` package, the library behind
 * csp-evaluator.withgoogle.com and Lighthouse's CSP audit) over our policy. Used by
 * `npm run csp:report` and tests/unit/security-headers.test.ts; never by the app itself.
 */
import { CspEvaluator, DEFAULT_CHECKS, STRICTCSP_CHECKS } from 'csp_evaluator/dist/evaluator.js';
import { Severity, Type } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';

export interface CspFinding {
  severity: string;
  type: string;
  directive: string;
  value?: string;
  description: string;
}

/**
 * Findings we accept, each because it cannot go while reader pages are cached and shared
 * (README.md, "Security"): Next's per-page inline RSC payload scripts need 'unsafe-inline', and
 * neither a nonce (per response) nor hashes (per page and build) can replace it on a cached page.
 */
export const ACCEPTED_HIGH: { type: string; directive: string; value: string; why: string }[] = [
  {
    type: 'SCRIPT_UNSAFE_INLINE',
    directive: 'script-src',
    value: "'unsafe-inline'",
    why: 'Next inlines each page’s RSC payload as <script>self.__next_f.push(…)</script>; cached pages can carry no per-response nonce, and the payload differs per page and build, so no hash list.',
  },
];

/**
 * Runs the evaluator's default checks (as the web tool does, for CSP3), and with `strict` also
 * its strict-CSP checks (nonces or hashes with 'strict-dynamic', Trusted Types).
 */
export function evaluateCsp(policy: string, { strict = false } = {}): CspFinding[] {
  const evaluator = new CspEvaluator(new CspParser(policy).csp);
  const findings = evaluator.evaluate(strict ? STRICTCSP_CHECKS : [], DEFAULT_CHECKS);
  return findings.map((f) => ({
    severity: Severity[f.severity],
    type: Type[f.type],
    directive: f.directive,
    ...(f.value === undefined ? {} : { value: f.value }),
    description: f.description,
  }));
}

/**
 * HIGH findings and syntax errors not on the accepted list, and 'unsafe-eval' whatever its
 * severity (the evaluator rates it only MEDIUM_MAYBE; the issue rules it out).
 */
export function unacceptedFindings(findings: CspFinding[]): CspFinding[] {
  return findings.filter(
    (f) =>
      (f.severity === 'HIGH' || f.severity === 'SYNTAX' || f.type === 'SCRIPT_UNSAFE_EVAL') &&
      !ACCEPTED_HIGH.some((a) => a.type === f.type && a.directive === f.directive && a.value === f.value),
  );
}

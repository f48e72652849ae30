/**
 * Reads `npm audit --json` output and says which of three things happened: a report with no
 * high or critical finding, a report with some, or no report at all because the registry's
 * audit endpoint could not be reached or refused the request (offline machine, a mirror that
 * only serves GET, a network error). Only the second fails `npm test`; the third is said loudly.
 */
export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'unreadable'; reason: string };

const NETWORK =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|socket hang up|network|request to .* failed|\b(4\d\d|5\d\d) [A-Z]/i;

export function readAudit(stdout: string): AuditVerdict {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return { kind: 'unreadable', reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const metadata = json.metadata as { vulnerabilities?: Record<string, number> } | undefined;
  if (metadata?.vulnerabilities) {
    const counts = metadata.vulnerabilities;
    const serious = (counts.high ?? 0) + (counts.critical ?? 0);
    if (serious === 0) return { kind: 'clean', counts };
    const vulns = (json.vulnerabilities ?? {}) as Record<string, { severity: string }>;
    const packages = Object.entries(vulns)
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    return { kind: 'vulnerable', counts, packages };
  }
  const message = typeof json.message === 'string' ? json.message : '';
  const status = typeof json.statusCode === 'number' ? json.statusCode : undefined;
  if (json.error !== undefined && (status !== undefined || NETWORK.test(message))) {
    return { kind: 'unavailable', reason: message || `the audit endpoint answered ${status}` };
  }
  return { kind: 'unreadable', reason: `npm audit gave neither a report nor a network error: ${stdout.slice(0, 300)}` };
}

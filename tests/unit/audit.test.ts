import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readAudit } from '../../scripts/audit-result';

// Shapes of `npm audit --json` as npm 10/11 print them.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } },
  });

describe('reading npm audit', () => {
  it('passes a report without high or critical advisories', () => {
    assert.equal(readAudit(report({ moderate: 2, total: 2 })).kind, 'clean');
  });

  it('fails a report with a high or critical advisory, naming the packages', () => {
    const verdict = readAudit(
      report(
        { high: 1, critical: 1, total: 2 },
        { next: { severity: 'critical' }, sharp: { severity: 'high' }, x: { severity: 'low' } },
      ),
    );
    assert.equal(verdict.kind, 'vulnerable');
    assert.deepEqual(verdict.kind === 'vulnerable' && verdict.packages, ['next (critical)', 'sharp (high)']);
  });

  it('tells an unreachable or refusing audit endpoint apart from findings', () => {
    const refused = readAudit(
      JSON.stringify({
        message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        error: { summary: '', detail: '' },
      }),
    );
    assert.equal(refused.kind, 'unavailable');
    const offline = readAudit(
      JSON.stringify({
        message:
          'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9',
        error: { summary: '', detail: '' },
      }),
    );
    assert.equal(offline.kind, 'unavailable');
    const dns = readAudit(
      JSON.stringify({
        error: { code: 'EAI_AGAIN', summary: 'getaddrinfo EAI_AGAIN registry.example' },
        message: 'getaddrinfo EAI_AGAIN registry.example',
      }),
    );
    assert.equal(dns.kind, 'unavailable');
  });

  it('fails anything else', () => {
    assert.equal(readAudit('').kind, 'unreadable');
    assert.equal(readAudit('npm ERR! something').kind, 'unreadable');
    assert.equal(
      readAudit(JSON.stringify({ error: { code: 'ELOCKVERIFY', summary: 'lockfile broken' } })).kind,
      'unreadable',
    );
  });
});

/**
 * The soak's report: a Markdown table on stdout (pasted into docs as measured) and the same
 * figures as JSON (--json, by default data/soak/latest.json) for comparing runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunFacts, Verdict } from './checks';
import { changes } from './load';
import { problems, round } from './measure';
import { ARTICLES, JSON_OUT, LOOPS, MINUTES, root, STAFF_EVERY_MS } from './options';

export function printReport(facts: RunFacts, v: Verdict): void {
  const { elapsed, rss, logLines, logErrors } = facts;
  const { rows, total, unexpected, visibility } = v;
  console.log(
    `\nSoak: ${MINUTES} min, ${ARTICLES} articles, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log('\n| kind | expected | requests | req/s | unexpected | p50 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.kind} | ${r.expected} | ${r.requests} | ${r.perSecond} | ${r.unexpected} | ${r.p50} | ${r.p99} | ${r.max} |`,
    );
  console.log(`| **all** | | ${total} | ${round(total / (elapsed / 1000), 1)} | ${unexpected} | | | |`);
  console.log(
    `\nRSS (server, median of ${(v.window / 1000).toFixed(0)} s windows): ${v.rssStart.toFixed(0)} MB after warm-up (${(v.warmEnd / 1000).toFixed(0)} s in) → ${v.rssEnd.toFixed(0)} MB at the end: ${(v.growth * 100).toFixed(1)}% (lowest samples ${v.floorStart.toFixed(0)} → ${v.floorEnd.toFixed(0)} MB); peak ${Math.max(...rss.map((r) => r.mb)).toFixed(0)} MB`,
  );
  console.log(
    `publishes: ${visibility.publishes.visible}/${visibility.publishes.count} visible on the article page and section front, median ${visibility.publishes.medianMs} ms, max ${visibility.publishes.maxMs} ms`,
  );
  console.log(
    `headline corrections: ${visibility.corrections.visible}/${visibility.corrections.count} visible on the article page and in search, median ${visibility.corrections.medianMs} ms, max ${visibility.corrections.maxMs} ms`,
  );
  console.log(
    `server log: ${logLines} lines, ${logErrors.length} at level error or fatal; exit code ${facts.exitCode}`,
  );
  console.log('\n| check | value | result |\n|---|---|---|');
  for (const c of v.checks) console.log(`| ${c.check} | ${c.value} | ${c.ok ? 'ok' : 'FAILED'} |`);
  if (problems.length) console.log(`\nproblems:\n${problems.join('\n')}`);
  if (logErrors.length) console.log(`\nserver errors:\n${logErrors.join('\n')}`);
}

export function writeReport(facts: RunFacts, v: Verdict): void {
  const { elapsed, rss, logLines, logErrors } = facts;
  const out = path.resolve(JSON_OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cores: os.cpus().length,
        loadAverage: os.loadavg(),
        minutes: MINUTES,
        elapsedSeconds: round(elapsed / 1000, 1),
        articles: ARTICLES,
        loops: LOOPS,
        staffEverySeconds: STAFF_EVERY_MS / 1000,
        totalRequests: v.total,
        unexpected: v.unexpected,
        rows: v.rows,
        rss: {
          warmupSeconds: round(v.warmEnd / 1000, 1),
          windowSeconds: round(v.window / 1000, 1),
          startMb: round(v.rssStart, 1),
          endMb: round(v.rssEnd, 1),
          growth: round(v.growth, 4),
          floorStartMb: round(v.floorStart, 1),
          floorEndMb: round(v.floorEnd, 1),
          judged: v.rssJudged,
          peakMb: round(Math.max(...rss.map((r) => r.mb)), 1),
          samples: rss.map((r) => [round(r.t / 1000, 1), round(r.mb, 1)]),
        },
        visibility: v.visibility,
        changes,
        logLines,
        logErrors,
        exitCode: facts.exitCode,
        checks: v.checks,
        problems,
        ok: !v.failed,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwritten to ${path.relative(root, out)}`);
  console.log(v.failed ? 'soak FAILED' : 'soak passed');
}

/**
 * The soak's verdict: per-kind figures from the tallies, the server's RSS after warm-up and at
 * the end, how fast changes became visible, and the checks that pass or fail the run. Pure
 * arithmetic on what the run collected; report.ts prints it and writes it out.
 */
import { bookmarkMismatches, changes, type Change } from './load';
import { EXPECTED, median, percentile, round, stats, type Kind } from './measure';
import { MINUTES, RSS_JUDGED_FROM_MINUTES, RSS_LIMIT, VISIBLE_WITHIN_MS, WARMUP_SHARE } from './options';

/** What the run observed outside the request tallies. */
export interface RunFacts {
  /** ms of load, from the first loop's start to the last loop's end. */
  elapsed: number;
  /** The server's RSS, sampled every 2 s (t in ms since the load started). */
  rss: { t: number; mb: number }[];
  crawlFailures: number;
  logLines: number;
  logErrors: string[];
  /** Whether the server exited before it was told to stop. */
  goneEarly: boolean;
  exitCode: number | null;
}

export function judge(facts: RunFacts) {
  const { elapsed, rss, crawlFailures, logErrors, goneEarly } = facts;
  const kinds = (Object.keys(EXPECTED) as Kind[]).filter((k) => stats.has(k));
  const rows = kinds.map((kind) => {
    const s = stats.get(kind)!;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    return {
      kind,
      expected: EXPECTED[kind].join('/'),
      requests: sorted.length,
      perSecond: round(sorted.length / (elapsed / 1000), 1),
      statuses: s.statuses,
      unexpected: s.unexpected,
      p50: round(percentile(sorted, 50), 1),
      p99: round(percentile(sorted, 99), 1),
      max: round(sorted[sorted.length - 1] ?? 0, 1),
    };
  });
  const total = rows.reduce((n, r) => n + r.requests, 0);
  const unexpected = rows.reduce((n, r) => n + r.unexpected, 0);
  const warmEnd = elapsed * WARMUP_SHARE;
  // Each RSS figure is the median of the samples in a window (at least 20 s: a few GC cycles).
  const window = Math.max(20_000, elapsed * 0.05);
  const startSamples = rss.filter((r) => r.t >= warmEnd && r.t < warmEnd + window).map((r) => r.mb);
  const endSamples = rss.filter((r) => r.t >= elapsed - window).map((r) => r.mb);
  const rssStart = startSamples.length ? median(startSamples) : (rss[0]?.mb ?? 0);
  const rssEnd = endSamples.length ? median(endSamples) : (rss[rss.length - 1]?.mb ?? 0);
  const growth = rssStart ? rssEnd / rssStart - 1 : 0;
  // The lowest sample of each window: what is left after a garbage collection.
  const floorStart = startSamples.length ? Math.min(...startSamples) : rssStart;
  const floorEnd = endSamples.length ? Math.min(...endSamples) : rssEnd;
  const rssJudged = MINUTES >= RSS_JUDGED_FROM_MINUTES;
  const publishes = changes.filter((c) => c.kind === 'publish');
  const corrections = changes.filter((c) => c.kind === 'correction');
  const delays = (list: Change[]) => {
    const seen = list.filter((c) => c.delayMs !== null).map((c) => c.delayMs!);
    const sorted = [...seen].sort((a, b) => a - b);
    return {
      count: list.length,
      visible: seen.length,
      medianMs: round(percentile(sorted, 50)),
      maxMs: round(sorted[sorted.length - 1] ?? 0),
    };
  };
  const visibility = { publishes: delays(publishes), corrections: delays(corrections), limitMs: VISIBLE_WITHIN_MS };

  const checks = [
    { check: `no unexpected status or failed request (of ${total})`, ok: unexpected === 0, value: unexpected },
    { check: 'warm-up pages all 200', ok: crawlFailures === 0, value: crawlFailures },
    {
      check: 'bookmark answers match the toggle',
      ok: bookmarkMismatches.length === 0,
      value: bookmarkMismatches.length,
    },
    {
      check: `every publish visible within ${VISIBLE_WITHIN_MS / 1000} s`,
      ok: publishes.length > 0 && publishes.every((c) => c.delayMs !== null),
      value: `${visibility.publishes.visible}/${publishes.length}`,
    },
    {
      check: `every correction visible within ${VISIBLE_WITHIN_MS / 1000} s`,
      ok: corrections.length > 0 && corrections.every((c) => c.delayMs !== null),
      value: `${visibility.corrections.visible}/${corrections.length}`,
    },
    {
      check: rssJudged
        ? `RSS growth after warm-up < ${RSS_LIMIT * 100}%`
        : `RSS growth (not judged under ${RSS_JUDGED_FROM_MINUTES} min)`,
      ok: !rssJudged || growth < RSS_LIMIT,
      value: `${(growth * 100).toFixed(1)}%`,
    },
    { check: 'no error lines in the server log', ok: logErrors.length === 0, value: logErrors.length },
    {
      check: 'the server ran to the end and stopped with exit code 0',
      ok: !goneEarly && facts.exitCode === 0,
      value: goneEarly ? 'exited during the run' : facts.exitCode,
    },
  ];
  const failed = checks.some((c) => !c.ok);
  return {
    rows,
    total,
    unexpected,
    warmEnd,
    window,
    rssStart,
    rssEnd,
    growth,
    floorStart,
    floorEnd,
    rssJudged,
    visibility,
    checks,
    failed,
  };
}

export type Verdict = ReturnType<typeof judge>;

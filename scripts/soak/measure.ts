/**
 * Measuring the soak: every request goes through `hit`, which times it and checks its status
 * against what its kind must answer. The tallies and the problem list live here, module-wide,
 * because every loop of the load adds to them and the report reads them at the end.
 */
import { REQUEST_TIMEOUT_MS } from './options';

/** What each kind of request must answer; anything else counts as unexpected. */
export const EXPECTED = {
  'article (anonymous)': [200],
  'article, bare id → canonical': [308],
  home: [200],
  'section front': [200],
  'section front, page 2': [200],
  'tag page': [200],
  'author page': [200],
  search: [200],
  'article (signed-in)': [200],
  'home (signed-in)': [200],
  'bookmarks page': [200],
  'bookmark toggle (JSON)': [200],
  'bookmark toggle (form)': [303],
  'staff: save new draft': [200],
  'staff: publish': [200],
  'staff: correct headline': [200],
  // Polls after a publish or correction: 200 once visible; a 404 (not visible yet) only delays it.
  'visibility poll': [200, 404],
} as const satisfies Record<string, readonly number[]>;
export type Kind = keyof typeof EXPECTED;

export interface KindStats {
  latencies: number[];
  statuses: Record<string, number>;
  unexpected: number;
}
export const stats = new Map<Kind, KindStats>();
export const problems: string[] = [];
const MAX_PROBLEMS = 50;
export function problem(message: string) {
  if (problems.length < MAX_PROBLEMS) problems.push(`${new Date().toISOString()} ${message}`);
  else if (problems.length === MAX_PROBLEMS) problems.push('… (further problems not listed)');
}

/** The server under load (set once it is up) and whether the run is winding down. */
export const run = { origin: '', stopping: false };

export interface Hit {
  status: number;
  response: Response | null;
  text: string;
  ms: number;
}

/** One request of a kind, timed to the end of its body; `read` decodes the body as text. */
export async function hit(
  kind: Kind,
  url: string,
  init: RequestInit = {},
  read = false,
  also: (h: Hit) => string | null = () => null,
): Promise<Hit> {
  const s = stats.get(kind) ?? { latencies: [], statuses: {}, unexpected: 0 };
  stats.set(kind, s);
  const t0 = performance.now();
  let result: Hit;
  try {
    const response = await fetch(run.origin + url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...init,
    });
    let text = '';
    if (read) text = await response.text();
    else await response.arrayBuffer();
    result = { status: response.status, response, text, ms: performance.now() - t0 };
  } catch (error) {
    result = { status: 0, response: null, text: '', ms: performance.now() - t0 };
    problem(
      `${kind} ${init.method ?? 'GET'} ${url}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  s.latencies.push(result.ms);
  s.statuses[result.status] = (s.statuses[result.status] ?? 0) + 1;
  const expected: readonly number[] = EXPECTED[kind];
  const wrong = !expected.includes(result.status) ? `answered ${result.status}` : also(result);
  if (wrong) {
    s.unexpected++;
    if (result.status !== 0) problem(`${kind} ${init.method ?? 'GET'} ${url}: ${wrong}`);
  }
  return result;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const median = (list: number[]) =>
  percentile(
    [...list].sort((a, b) => a - b),
    50,
  );
export const round = (n: number, digits = 0) => Number(n.toFixed(digits));

/**
 * Counts page views for "most read" without cookies: each reading is keyed by a salted hash
 * (lib/most-read/hash.ts) kept in a set for the current hour only, so a reader counts once per
 * story per hour; counts gather in memory and are written in batches (`flush`), one
 * transaction of `views = views + n` upserts every FLUSH_INTERVAL_MS and at shutdown.
 *
 * One process holds one hour set. With several servers behind a balancer (issue 23) each
 * would hold its own, so a reader whose requests reach two servers could count once per
 * server; a shared store (or sticky balancing by address) would be needed then.
 */
import { addViews, deleteViewsBefore, hourOf, isPublishedArticleId } from '@/db/queries/most-read';
import { isBotUserAgent } from '@/lib/most-read/bots';
import { DailySalt, readingKey } from '@/lib/most-read/hash';
import { onShutdown } from '@/lib/shutdown';

export const FLUSH_INTERVAL_MS = 10_000;
/** Counts older than this many hours are deleted (most read looks back 24). */
export const KEEP_HOURS = 48;
/**
 * The most readings remembered in one hour (about 60 bytes each: ~30 MB). Past it, new readers
 * are not counted until the hour turns: undercounting a flood beats running out of memory, or
 * counting a flood of one reader many times.
 */
export const MAX_KEYS_PER_HOUR = 500_000;

export type Outcome = 'counted' | 'duplicate' | 'bot' | 'unknown-article' | 'full';

export interface Reading {
  articleId: number;
  ip: string;
  userAgent: string | null;
}

export class ViewCounter {
  private readonly salt: DailySalt;
  private hour = -1;
  private seen = new Set<string>();
  /** Counts not yet written, by `${articleId}:${hour}`. */
  private pending = new Map<string, { articleId: number; hour: number; views: number }>();
  private lastPruneHour = -1;

  constructor(
    private readonly options: {
      now?: () => number;
      random?: (size: number) => Buffer;
      isPublished?: (id: number) => boolean;
      maxKeysPerHour?: number;
    } = {},
  ) {
    this.salt = new DailySalt(options.random);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Counts one reading unless it is a bot's, of no published story, or the reader's repeat this hour. */
  record(reading: Reading): Outcome {
    if (isBotUserAgent(reading.userAgent)) return 'bot';
    const isPublished = this.options.isPublished ?? ((id: number) => isPublishedArticleId(id));
    if (!isPublished(reading.articleId)) return 'unknown-article';
    const now = this.now();
    const hour = hourOf(now);
    if (hour !== this.hour) {
      // A new hour: last hour's readers are forgotten (their counts stay pending until written).
      this.hour = hour;
      this.seen = new Set();
    }
    const key = readingKey(this.salt.at(now), reading.ip, reading.userAgent ?? '', reading.articleId, hour);
    if (this.seen.has(key)) return 'duplicate';
    if (this.seen.size >= (this.options.maxKeysPerHour ?? MAX_KEYS_PER_HOUR)) return 'full';
    this.seen.add(key);
    const slot = `${reading.articleId}:${hour}`;
    const entry = this.pending.get(slot);
    if (entry) entry.views++;
    else this.pending.set(slot, { articleId: reading.articleId, hour, views: 1 });
    return 'counted';
  }

  /** How many readings are remembered this hour (tests). */
  get seenThisHour(): number {
    return this.seen.size;
  }

  /** Writes the pending counts in one transaction; now and then deletes counts past KEEP_HOURS. */
  flush(): number {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    let written = 0;
    try {
      written = addViews(batch);
    } catch (error) {
      // The database was busy or closing: the counts go back for the next flush.
      for (const r of batch) {
        const slot = `${r.articleId}:${r.hour}`;
        const entry = this.pending.get(slot);
        if (entry) entry.views += r.views;
        else this.pending.set(slot, r);
      }
      throw error;
    }
    const hour = hourOf(this.now());
    if (hour !== this.lastPruneHour) {
      this.lastPruneHour = hour;
      deleteViewsBefore(hour - KEEP_HOURS);
    }
    return written;
  }
}

const registry = globalThis as unknown as { __newsroomViewCounter?: { counter: ViewCounter; timer: NodeJS.Timeout } };

/**
 * This process's counter, with its flush timer (unref'd, so it never keeps a process alive) and
 * a flush at shutdown (scripts/serve.ts runs the hooks before closing the database).
 */
export function viewCounter(): ViewCounter {
  if (registry.__newsroomViewCounter) return registry.__newsroomViewCounter.counter;
  const counter = new ViewCounter();
  const flush = () => {
    try {
      counter.flush();
    } catch (error) {
      console.error('most read: writing the view counts failed; kept for the next try', error);
    }
  };
  const timer = setInterval(flush, FLUSH_INTERVAL_MS);
  timer.unref();
  registry.__newsroomViewCounter = { counter, timer };
  onShutdown(() => {
    clearInterval(timer);
    flush();
    registry.__newsroomViewCounter = undefined;
  });
  return counter;
}

/**
 * The queue of video and audio processing (media_jobs), worked by lib/av/worker.ts outside any
 * request. A job is claimed with a lease (`lockedUntil`) that progress reports extend: a job
 * whose server died mid-way is claimed again once its lease ends, so the queue survives a
 * restart. Claims run in one IMMEDIATE transaction (db/client.ts), so two workers — in this
 * process or another — never get the same job. Times are Dates stored in milliseconds.
 */
import { and, asc, desc, eq, inArray, lte, or } from 'drizzle-orm';
import { getDb, type DB } from '../client';
import { media, mediaJobs, type MediaKind } from '../schema';
import type { MediaFields, Rendition } from '../types';
import { pictureRow } from './media';

/** The row values of a new queued job: insert them inside another transaction (the upload's). */
export function jobValues(mediaId: number, now = new Date()): typeof mediaJobs.$inferInsert {
  return { mediaId, state: 'queued', attempts: 0, progress: 0, stage: '', error: '', runAfter: now, updatedAt: now };
}

/** Queues processing of a video or audio item; `tx` is the caller's transaction, when there is one. */
export function enqueueMediaJob(mediaId: number, tx: Pick<DB, 'insert'> = getDb(), now = new Date()): number {
  return tx.insert(mediaJobs).values(jobValues(mediaId, now)).returning({ id: mediaJobs.id }).get().id;
}

/** A claimed job with what the worker needs to know about its media item. */
export interface ClaimedJob {
  id: number;
  mediaId: number;
  /** This claim's attempt number (1 for the first); later writes of the job check it. */
  attempts: number;
  maxAttempts: number;
  kind: MediaKind;
  storageKey: string | null;
  probe: Record<string, unknown>;
  title: string;
  uploadedBy: number | null;
  /** A poster already chosen (by staff, or by an earlier run): no new one is made. */
  posterMediaId: number | null;
  lockedUntil: Date;
}

const INTERRUPTED = 'Processing was interrupted too many times (the server stopped while working on it).';

function claimedJob(tx: Pick<DB, 'select'>, id: number): ClaimedJob {
  return tx
    .select({
      id: mediaJobs.id,
      mediaId: mediaJobs.mediaId,
      attempts: mediaJobs.attempts,
      maxAttempts: mediaJobs.maxAttempts,
      kind: media.kind,
      storageKey: media.storageKey,
      probe: media.probe,
      title: media.title,
      uploadedBy: media.uploadedBy,
      posterMediaId: media.posterMediaId,
      lockedUntil: mediaJobs.lockedUntil,
    })
    .from(mediaJobs)
    .innerJoin(media, eq(media.id, mediaJobs.mediaId))
    .where(eq(mediaJobs.id, id))
    .get()! as ClaimedJob;
}

type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];

/** Marks a job failed for good and its media item failed with the reason (inside `tx`). */
function failForGood(tx: Tx, jobId: number, mediaId: number, error: string, now: Date): void {
  tx.update(mediaJobs)
    .set({ state: 'failed', error, stage: '', lockedUntil: null, updatedAt: now })
    .where(eq(mediaJobs.id, jobId))
    .run();
  tx.update(media).set({ status: 'failed', error }).where(eq(media.id, mediaId)).run();
}

/** Takes the job `candidate` finds, unless it has used its attempts up (then it fails and the next is tried). */
function claimWhere(now: Date, leaseMs: number, candidate: (tx: Tx) => { id: number } | undefined): ClaimedJob | null {
  return getDb().transaction((tx) => {
    for (;;) {
      const found = candidate(tx);
      if (!found) return null;
      const job = tx.select().from(mediaJobs).where(eq(mediaJobs.id, found.id)).get()!;
      // Only an interrupted job (running, lease over) can have used every attempt; a queued one was counted when it failed.
      if (job.attempts >= job.maxAttempts) {
        failForGood(tx, job.id, job.mediaId, job.error || INTERRUPTED, now);
        continue;
      }
      tx.update(mediaJobs)
        .set({
          state: 'running',
          attempts: job.attempts + 1,
          lockedUntil: new Date(now.getTime() + leaseMs),
          updatedAt: now,
        })
        .where(eq(mediaJobs.id, job.id))
        .run();
      return claimedJob(tx, job.id);
    }
  });
}

const due = (now: Date) =>
  or(
    and(eq(mediaJobs.state, 'queued'), lte(mediaJobs.runAfter, now)),
    and(eq(mediaJobs.state, 'running'), lte(mediaJobs.lockedUntil, now)),
  );

/** The oldest due job (queued and due, or running with its lease over), now running under a new lease. */
export function claimNextJob(now: Date, leaseMs: number): ClaimedJob | null {
  return claimWhere(now, leaseMs, (tx) =>
    tx
      .select({ id: mediaJobs.id })
      .from(mediaJobs)
      .where(due(now))
      .orderBy(asc(mediaJobs.runAfter), asc(mediaJobs.id))
      .limit(1)
      .get(),
  );
}

/**
 * The waiting job of one media item, claimed whatever its `runAfter` (the seed processes its
 * demo media at once). A job another worker holds under a live lease is left alone (null).
 */
export function claimJobForMedia(mediaId: number, now: Date, leaseMs: number): ClaimedJob | null {
  return claimWhere(now, leaseMs, (tx) =>
    tx
      .select({ id: mediaJobs.id })
      .from(mediaJobs)
      .where(
        and(
          eq(mediaJobs.mediaId, mediaId),
          or(eq(mediaJobs.state, 'queued'), and(eq(mediaJobs.state, 'running'), lte(mediaJobs.lockedUntil, now))),
        ),
      )
      .orderBy(desc(mediaJobs.id))
      .limit(1)
      .get(),
  );
}

/** The claim still holds: the job runs and this is the attempt that claimed it. */
const held = (jobId: number, attempt?: number) =>
  and(
    eq(mediaJobs.id, jobId),
    eq(mediaJobs.state, 'running'),
    attempt === undefined ? undefined : eq(mediaJobs.attempts, attempt),
  );

/**
 * Records progress (0–100) and the stage, and extends the lease. False when the job is no
 * longer this worker's (its media item was deleted, or another worker took it over): stop.
 */
export function reportProgress(
  jobId: number,
  progress: number,
  stage: string,
  leaseUntil: Date,
  attempt?: number,
): boolean {
  return (
    getDb()
      .update(mediaJobs)
      .set({
        progress: Math.max(0, Math.min(100, Math.round(progress))),
        stage,
        lockedUntil: leaseUntil,
        updatedAt: new Date(),
      })
      .where(held(jobId, attempt))
      .run().changes > 0
  );
}

export interface JobOutput {
  renditions: Rendition[];
  durationMs: number;
  width: number;
  height: number;
  /** The poster made by this run (kept only when the item has none yet). */
  posterMediaId?: number | null;
}

/**
 * Finishes a job and makes its media item ready, in one transaction. `done` is false when the
 * job is no longer this worker's (deleted with its media item, or taken over); `posterUsed` is
 * false when the item got a poster meanwhile (staff chose one). The caller removes what is unused.
 */
export function completeJob(jobId: number, out: JobOutput, attempt?: number): { done: boolean; posterUsed: boolean } {
  const now = new Date();
  return getDb().transaction((tx) => {
    const job = tx.select({ mediaId: mediaJobs.mediaId }).from(mediaJobs).where(held(jobId, attempt)).get();
    if (!job) return { done: false, posterUsed: false };
    const item = tx.select({ posterMediaId: media.posterMediaId }).from(media).where(eq(media.id, job.mediaId)).get();
    const posterUsed = !!out.posterMediaId && !item?.posterMediaId;
    tx.update(mediaJobs)
      .set({ state: 'done', progress: 100, stage: '', error: '', lockedUntil: null, updatedAt: now })
      .where(eq(mediaJobs.id, jobId))
      .run();
    tx.update(media)
      .set({
        status: 'ready',
        error: '',
        renditions: out.renditions,
        durationMs: out.durationMs,
        width: out.width,
        height: out.height,
        ...(posterUsed ? { posterMediaId: out.posterMediaId } : {}),
      })
      .where(eq(media.id, job.mediaId))
      .run();
    return { done: true, posterUsed };
  });
}

/**
 * A failed attempt. With `retryAt` and attempts left, the job waits until then; otherwise it
 * fails for good and its media item shows `error`. Null when the job is no longer this worker's.
 */
export function failJob(
  jobId: number,
  error: string,
  retryAt: Date | null,
  attempt?: number,
): 'retry' | 'failed' | null {
  const now = new Date();
  return getDb().transaction((tx) => {
    const job = tx.select().from(mediaJobs).where(held(jobId, attempt)).get();
    if (!job) return null;
    if (retryAt && job.attempts < job.maxAttempts) {
      tx.update(mediaJobs)
        .set({ state: 'queued', error, stage: '', progress: 0, runAfter: retryAt, lockedUntil: null, updatedAt: now })
        .where(eq(mediaJobs.id, jobId))
        .run();
      return 'retry';
    }
    failForGood(tx, jobId, job.mediaId, error, now);
    return 'failed';
  });
}

/**
 * Gives a running job back to the queue without counting the attempt (the server is shutting
 * down and killed its ffmpeg): the next start takes it at once instead of after the lease.
 */
export function releaseJob(jobId: number, attempt: number): boolean {
  const now = new Date();
  return (
    getDb()
      .update(mediaJobs)
      .set({ state: 'queued', attempts: attempt - 1, stage: '', lockedUntil: null, runAfter: now, updatedAt: now })
      .where(held(jobId, attempt))
      .run().changes > 0
  );
}

/**
 * Staff's "retry" on a failed video or audio item: a new job with fresh attempts, and the item
 * back to processing. False unless the item exists, is video or audio, and has failed.
 */
export function requeueFailedJob(mediaId: number, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const item = tx.select({ kind: media.kind, status: media.status }).from(media).where(eq(media.id, mediaId)).get();
    if (!item || item.status !== 'failed' || (item.kind !== 'video' && item.kind !== 'audio')) return false;
    tx.update(media).set({ status: 'processing', error: '' }).where(eq(media.id, mediaId)).run();
    enqueueMediaJob(mediaId, tx, now);
    return true;
  });
}

/** The latest job of a media item, as the library shows it. */
export interface MediaJobSummary {
  jobId: number;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  stage: string;
  error: string;
  attempts: number;
  maxAttempts: number;
  /** ISO time the job waits for (a retry's backoff). */
  runAfter: string;
}

/** The latest job of each of `mediaIds` (items without a job are absent). */
export function jobsForMedia(mediaIds: number[]): Record<number, MediaJobSummary> {
  const out: Record<number, MediaJobSummary> = {};
  if (!mediaIds.length) return out;
  const rows = getDb()
    .select()
    .from(mediaJobs)
    .where(inArray(mediaJobs.mediaId, mediaIds))
    .orderBy(desc(mediaJobs.id))
    .all();
  for (const r of rows) {
    out[r.mediaId] ??= {
      jobId: r.id,
      state: r.state,
      progress: r.progress,
      stage: r.stage,
      error: r.error,
      attempts: r.attempts,
      maxAttempts: r.maxAttempts,
      runAfter: r.runAfter.toISOString(),
    };
  }
  return out;
}

/** Whether any job waits or runs (the worker polls; tests and the seed wait for this to be false). */
export function hasPendingJobs(): boolean {
  return !!getDb()
    .select({ id: mediaJobs.id })
    .from(mediaJobs)
    .where(inArray(mediaJobs.state, ['queued', 'running']))
    .limit(1)
    .get();
}

/** Whether a media item still exists (a job's item may be deleted while it runs). */
export function mediaExists(mediaId: number): boolean {
  return !!getDb().select({ id: media.id }).from(media).where(eq(media.id, mediaId)).get();
}

/** Records the poster frame of a video as a picture of the library (its WebP variants are already written). */
export function insertPosterImage(v: MediaFields & { uploadedBy: number | null }): number {
  return getDb().insert(media).values(pictureRow(v)).returning({ id: media.id }).get().id;
}

/** Removes a poster row this run made but could not use (unless something already points at it). */
export function deletePosterImage(id: number): boolean {
  try {
    return getDb().delete(media).where(eq(media.id, id)).run().changes > 0;
  } catch {
    return false;
  }
}

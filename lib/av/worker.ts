/**
 * Works the media_jobs queue in the server process, outside any request (started by
 * instrumentation.ts; page serving never waits on it). Every ~2 s it claims due jobs, up to
 * MEDIA_JOB_CONCURRENCY (default 1) at a time; ffmpeg runs at the lowest CPU priority. A job
 * holds a lease that its progress reports extend; failures that may pass (ffmpeg crashed, the
 * disk was full) are retried after 30 s and 2 min, permanent ones (not media, too long, no
 * original) fail at once with their reason. On shutdown the running ffmpeg is killed and the
 * job goes back to the queue for the next start.
 */
import fs from 'node:fs/promises';
import {
  claimJobForMedia,
  claimNextJob,
  completeJob,
  deletePosterImage,
  enqueueMediaJob,
  failJob,
  mediaExists,
  releaseJob,
  reportProgress,
  type ClaimedJob,
} from '@/db/queries/media-jobs';
import { ffmpegAvailable } from '@/lib/av/ffmpeg';
import { MediaJobError, processAudio, processVideo, type ProcessResult } from '@/lib/av/process';
import { avDir } from '@/lib/av/storage';
import { log } from '@/lib/log';
import { onShutdown } from '@/lib/shutdown';

const POLL_MS = 2000;
/** A claim lasts this long without a progress report; a dead server's job is taken again after it. */
export const LEASE_MS = 60_000;
/** Progress (and the lease) is written at most this often. */
const REPORT_EVERY_MS = 1000;
/** Even without progress (a long poster seek, a slow probe) the lease is renewed this often. */
const HEARTBEAT_MS = 15_000;
/** Waits before the 2nd and 3rd attempts. */
export const RETRY_DELAYS_MS = [30_000, 120_000];

export function jobConcurrency(): number {
  const n = Number(process.env.MEDIA_JOB_CONCURRENCY);
  return Number.isSafeInteger(n) && n > 0 ? n : 1;
}

let timer: ReturnType<typeof setInterval> | null = null;
const running = new Map<number, { controller: AbortController; attempt: number; done: Promise<void> }>();
let polling = false;
let stopping = false;

type Outcome = { ok: true; result: ProcessResult } | { ok: false; error: string; permanent: boolean; stopped: boolean };

/** Processes one claimed job and records how it ended. */
async function runJob(job: ClaimedJob, controller: AbortController, retry = true): Promise<Outcome> {
  const started = Date.now();
  let lastReport = 0;
  let percent = 0;
  let stage = 'starting';
  const report = () => {
    lastReport = Date.now();
    const ours = reportProgress(job.id, percent, stage, new Date(Date.now() + LEASE_MS), job.attempts);
    // The job is gone (its media item was deleted) or another worker took it over: stop ffmpeg.
    if (!ours) controller.abort();
  };
  report();
  const heartbeat = setInterval(report, HEARTBEAT_MS);
  heartbeat.unref();
  const opts = {
    storageKey: job.storageKey ?? '',
    title: job.title,
    uploadedBy: job.uploadedBy,
    makePoster: job.posterMediaId === null,
    signal: controller.signal,
    onProgress: (p: number, s: string) => {
      percent = p;
      stage = s;
      if (Date.now() - lastReport >= REPORT_EVERY_MS) report();
    },
  };
  let outcome: Outcome;
  try {
    if (!job.storageKey) throw new MediaJobError('The item has no stored file: upload it again.', true);
    if (job.kind !== 'video' && job.kind !== 'audio')
      throw new MediaJobError(`A ${job.kind} item needs no processing.`, true);
    const result = job.kind === 'video' ? await processVideo(opts) : await processAudio(opts);
    outcome = { ok: true, result };
  } catch (error) {
    const e = error instanceof MediaJobError ? error : new MediaJobError(String(error), false);
    outcome = { ok: false, error: e.message, permanent: e.permanent, stopped: controller.signal.aborted };
  } finally {
    clearInterval(heartbeat);
  }
  if (outcome.ok) {
    const { done, posterUsed } = completeJob(
      job.id,
      {
        renditions: outcome.result.renditions,
        durationMs: outcome.result.durationMs,
        width: outcome.result.width,
        height: outcome.result.height,
        posterMediaId: outcome.result.posterMediaId,
      },
      job.attempts,
    );
    if (!posterUsed && outcome.result.posterMediaId) deletePosterImage(outcome.result.posterMediaId);
    if (!done) {
      await dropOrphan(job);
      return { ok: false, error: 'The item was deleted while it was processed.', permanent: true, stopped: true };
    }
    log.info({ jobId: job.id, mediaId: job.mediaId, ms: Date.now() - started }, 'media job done');
  } else if (outcome.stopped) {
    if (!mediaExists(job.mediaId)) await dropOrphan(job);
    else if (stopping) releaseJob(job.id, job.attempts);
  } else {
    const delay = RETRY_DELAYS_MS[job.attempts - 1];
    const retryAt = !retry || outcome.permanent || delay === undefined ? null : new Date(Date.now() + delay);
    const state = failJob(job.id, outcome.error, retryAt, job.attempts);
    log.warn(
      { jobId: job.id, mediaId: job.mediaId, attempt: job.attempts, state, error: outcome.error },
      'media job failed',
    );
  }
  return outcome;
}

/** The item was deleted while its job ran: its folder goes too (nothing may point at it any more). */
async function dropOrphan(job: ClaimedJob): Promise<void> {
  if (job.storageKey && !mediaExists(job.mediaId))
    await fs.rm(avDir(job.storageKey), { recursive: true, force: true }).catch(() => undefined);
}

function start(job: ClaimedJob): void {
  const controller = new AbortController();
  const done = runJob(job, controller)
    .catch((error) => log.error({ err: error, jobId: job.id }, 'media job crashed'))
    .then(() => {
      running.delete(job.id);
      // A finished job frees a slot: look for the next one now rather than at the next tick.
      if (timer) void poll();
    });
  running.set(job.id, { controller, attempt: job.attempts, done });
}

async function poll(): Promise<void> {
  if (polling || stopping) return;
  polling = true;
  try {
    while (running.size < jobConcurrency()) {
      const job = claimNextJob(new Date(), LEASE_MS);
      if (!job) break;
      start(job);
    }
  } catch (error) {
    log.error({ err: error }, 'media worker: claiming a job failed');
  } finally {
    polling = false;
  }
}

export function startMediaWorker(): void {
  if (timer) return;
  stopping = false;
  timer = setInterval(() => void poll(), POLL_MS);
  timer.unref();
  void poll();
  // Jobs still run (and fail with this reason after their retries); the log says why at once.
  void ffmpegAvailable().then((ok) => {
    if (!ok) log.warn('media worker: ffmpeg is not installed (Debian package ffmpeg); video and audio stay processing');
  });
  // A graceful shutdown kills ffmpeg and gives the jobs back before the database closes (scripts/serve.ts).
  onShutdown(stopMediaWorker);
}

/** Stops polling, kills running ffmpeg and gives their jobs back to the queue. */
export async function stopMediaWorker(): Promise<void> {
  stopping = true;
  if (timer) clearInterval(timer);
  timer = null;
  const all = [...running.values()];
  for (const r of all) r.controller.abort();
  await Promise.allSettled(all.map((r) => r.done));
}

/**
 * Processes one video or audio item now, without the timer (the seed makes its demo media with
 * it): its waiting job, or a new one. One attempt, no retry; throws with the reason on failure
 * (the item is then marked failed).
 */
export async function processMediaNow(mediaId: number): Promise<void> {
  let job = claimJobForMedia(mediaId, new Date(), LEASE_MS);
  if (!job) {
    if (!mediaExists(mediaId)) throw new Error(`media ${mediaId} does not exist`);
    enqueueMediaJob(mediaId);
    job = claimJobForMedia(mediaId, new Date(), LEASE_MS);
  }
  if (!job) throw new Error(`media ${mediaId}: its job is held by a running worker`);
  // A single attempt: any failure is final, so the caller sees the reason now.
  const outcome = await runJob(job, new AbortController(), false);
  if (!outcome.ok) throw new Error(`processing media ${mediaId} failed: ${outcome.error}`);
}

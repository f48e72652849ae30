import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db';
import { makeAudio, makeVideo } from '../helpers/clips';

let t: TestDb;
let q: typeof import('@/db/queries/media-jobs');
let worker: typeof import('@/lib/av/worker');
let storage: typeof import('@/lib/av/storage');
let clips = '';
const LEASE = 60_000;

before(async () => {
  t = await createTestDb('media-jobs-');
  process.env.MEDIA_DIR = path.join(t.dir, 'media');
  clips = path.join(t.dir, 'clips');
  fs.mkdirSync(clips, { recursive: true });
  q = await import('@/db/queries/media-jobs');
  worker = await import('@/lib/av/worker');
  storage = await import('@/lib/av/storage');
});
after(async () => {
  await worker.stopMediaWorker();
  t.cleanup();
});

/** A video or audio item in processing, optionally with `source` stored as its original. */
function avItem(kind: 'video' | 'audio', source?: string): { id: number; key: string } {
  const key = storage.newStorageKey();
  if (source) {
    fs.mkdirSync(storage.avDir(key), { recursive: true });
    fs.copyFileSync(source, path.join(storage.avDir(key), `original${path.extname(source)}`));
  }
  const id = t.db
    .insert(t.schema.media)
    .values({
      file: `av-${key}`,
      mime: kind === 'video' ? 'video/mp4' : 'audio/wav',
      width: 0,
      height: 0,
      alt: '',
      kind,
      status: 'processing',
      storageKey: key,
      title: `${kind} ${key.slice(0, 4)}`,
    })
    .returning({ id: t.schema.media.id })
    .get().id;
  return { id, key };
}

const mediaRow = (id: number) => t.db.select().from(t.schema.media).where(eq(t.schema.media.id, id)).get();
const jobRow = (id: number) => t.db.select().from(t.schema.mediaJobs).where(eq(t.schema.mediaJobs.id, id)).get();
/** Leaves no due job behind a test (each test claims only its own). */
const clearJobs = () => t.db.delete(t.schema.mediaJobs).run();

async function until<T>(what: string, check: () => T | null | undefined | false, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('media job states', () => {
  it('enqueue → claim → progress → complete makes the item ready', () => {
    clearJobs();
    const { id } = avItem('video');
    const now = new Date();
    const jobId = q.enqueueMediaJob(id, undefined, now);
    assert.equal(q.hasPendingJobs(), true);
    assert.equal(q.claimNextJob(new Date(now.getTime() - 1), LEASE), null, 'not due before runAfter');

    const job = q.claimNextJob(now, LEASE)!;
    assert.equal(job.id, jobId);
    assert.deepEqual([job.mediaId, job.kind, job.attempts, job.posterMediaId], [id, 'video', 1, null]);
    assert.equal(job.lockedUntil.getTime(), now.getTime() + LEASE);
    assert.equal(q.claimNextJob(now, LEASE), null, 'a running job under its lease is not claimed again');

    const lease = new Date(now.getTime() + 2 * LEASE);
    assert.equal(q.reportProgress(jobId, 42.4, '720p', lease, 1), true);
    assert.deepEqual(q.jobsForMedia([id])[id], {
      jobId,
      state: 'running',
      progress: 42,
      stage: '720p',
      error: '',
      attempts: 1,
      maxAttempts: 3,
      runAfter: now.toISOString(),
    });
    assert.equal(jobRow(jobId)?.lockedUntil?.getTime(), lease.getTime());

    const poster = t.insertMedia({ file: 'poster-a' });
    const rendition = { file: '360.mp4', role: 'mp4' as const, mime: 'video/mp4', bytes: 10, width: 640, height: 360 };
    assert.deepEqual(
      q.completeJob(
        jobId,
        { renditions: [rendition], durationMs: 4000, width: 640, height: 360, posterMediaId: poster },
        1,
      ),
      { done: true, posterUsed: true },
    );
    const row = mediaRow(id)!;
    assert.deepEqual(
      [row.status, row.error, row.durationMs, row.width, row.height, row.posterMediaId],
      ['ready', '', 4000, 640, 360, poster],
    );
    assert.deepEqual(row.renditions, [rendition]);
    assert.deepEqual([jobRow(jobId)?.state, jobRow(jobId)?.progress, jobRow(jobId)?.lockedUntil], ['done', 100, null]);
    assert.equal(q.hasPendingJobs(), false);
  });

  it('a staff-chosen poster is kept; the run’s own poster is reported unused', () => {
    clearJobs();
    const { id } = avItem('video');
    const chosen = t.insertMedia({ file: 'chosen-poster' });
    t.db.update(t.schema.media).set({ posterMediaId: chosen }).where(eq(t.schema.media.id, id)).run();
    const jobId = q.enqueueMediaJob(id);
    const job = q.claimNextJob(new Date(), LEASE)!;
    assert.equal(job.posterMediaId, chosen);
    const made = t.insertMedia({ file: 'made-poster' });
    const out = q.completeJob(jobId, { renditions: [], durationMs: 1, width: 2, height: 2, posterMediaId: made });
    assert.deepEqual(out, { done: true, posterUsed: false });
    assert.equal(mediaRow(id)?.posterMediaId, chosen);
  });

  it('a failure that may pass is retried after its backoff; out of attempts the item fails with the reason', () => {
    clearJobs();
    const { id } = avItem('audio');
    const t0 = new Date();
    const jobId = q.enqueueMediaJob(id, undefined, t0);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const at = new Date(t0.getTime() + (attempt - 1) * 1000 * 1000);
      const job = q.claimNextJob(at, LEASE)!;
      assert.equal(job?.id, jobId);
      assert.equal(job.attempts, attempt);
      const retryAt = new Date(at.getTime() + 30_000);
      const state = q.failJob(jobId, `ffmpeg crashed (${attempt})`, retryAt, attempt);
      if (attempt < 3) {
        assert.equal(state, 'retry');
        const row = jobRow(jobId)!;
        assert.deepEqual([row.state, row.runAfter.getTime(), row.lockedUntil], ['queued', retryAt.getTime(), null]);
        assert.equal(q.claimNextJob(new Date(retryAt.getTime() - 1), LEASE), null, 'waits for its backoff');
        assert.equal(mediaRow(id)?.status, 'processing');
      } else {
        assert.equal(state, 'failed');
      }
    }
    assert.equal(jobRow(jobId)?.state, 'failed');
    assert.deepEqual([mediaRow(id)?.status, mediaRow(id)?.error], ['failed', 'ffmpeg crashed (3)']);
    assert.equal(q.jobsForMedia([id])[id].state, 'failed');
    assert.equal(q.claimNextJob(new Date(t0.getTime() + 10_000_000), LEASE), null);
  });

  it('a permanent failure fails at once; staff retry starts a new job', () => {
    clearJobs();
    const { id } = avItem('video');
    const first = q.enqueueMediaJob(id);
    q.claimNextJob(new Date(), LEASE);
    assert.equal(q.failJob(first, 'This file is not a video or audio file we can read.', null, 1), 'failed');
    assert.deepEqual([mediaRow(id)?.status, jobRow(first)?.attempts], ['failed', 1]);

    assert.equal(q.requeueFailedJob(id), true);
    assert.deepEqual([mediaRow(id)?.status, mediaRow(id)?.error], ['processing', '']);
    const latest = q.jobsForMedia([id])[id];
    assert.notEqual(latest.jobId, first);
    assert.deepEqual([latest.state, latest.attempts, latest.error], ['queued', 0, '']);
    assert.equal(q.requeueFailedJob(id), false, 'only a failed item is retried');
    const picture = t.insertMedia({ file: 'not-av' });
    assert.equal(q.requeueFailedJob(picture), false);
    assert.equal(q.requeueFailedJob(987654), false);
  });

  it('an expired lease is claimed again (a restart); the old claim can no longer write', () => {
    clearJobs();
    const { id } = avItem('video');
    const t0 = new Date();
    const jobId = q.enqueueMediaJob(id, undefined, t0);
    assert.equal(q.claimNextJob(t0, 1000)?.attempts, 1);
    assert.equal(q.claimNextJob(new Date(t0.getTime() + 999), 1000), null, 'the lease still holds');
    const again = q.claimNextJob(new Date(t0.getTime() + 1000), 1000)!;
    assert.deepEqual([again.id, again.attempts], [jobId, 2]);
    assert.equal(q.reportProgress(jobId, 50, '360p', new Date(t0.getTime() + 5000), 1), false);
    assert.deepEqual(q.completeJob(jobId, { renditions: [], durationMs: 1, width: 0, height: 0 }, 1), {
      done: false,
      posterUsed: false,
    });
    assert.equal(q.failJob(jobId, 'late', null, 1), null);
    assert.equal(mediaRow(id)?.status, 'processing');

    // A job whose server kept dying on it is failed when its last attempt's lease ends.
    q.claimNextJob(new Date(t0.getTime() + 2000), 1000);
    assert.equal(jobRow(jobId)?.attempts, 3);
    assert.equal(q.claimNextJob(new Date(t0.getTime() + 3000), 1000), null);
    assert.equal(jobRow(jobId)?.state, 'failed');
    assert.equal(mediaRow(id)?.status, 'failed');
    assert.match(mediaRow(id)?.error ?? '', /interrupted/);
  });

  it('a released job (shutdown) goes back to the queue without using an attempt', () => {
    clearJobs();
    const { id } = avItem('audio');
    const jobId = q.enqueueMediaJob(id);
    const job = q.claimNextJob(new Date(), LEASE)!;
    assert.equal(q.releaseJob(jobId, job.attempts), true);
    assert.deepEqual([jobRow(jobId)?.state, jobRow(jobId)?.attempts], ['queued', 0]);
    assert.equal(q.claimNextJob(new Date(), LEASE)?.attempts, 1);
  });

  it('a job goes with its deleted media item; its worker learns it from the next report', () => {
    clearJobs();
    const { id } = avItem('video');
    const jobId = q.enqueueMediaJob(id);
    q.claimNextJob(new Date(), LEASE);
    t.db.delete(t.schema.media).where(eq(t.schema.media.id, id)).run();
    assert.equal(jobRow(jobId), undefined);
    assert.equal(q.reportProgress(jobId, 10, '360p', new Date(Date.now() + LEASE)), false);
    assert.equal(q.mediaExists(id), false);
  });

  it('jobValues queue a job inside the caller’s transaction (all or nothing)', () => {
    clearJobs();
    const { id } = avItem('video');
    assert.throws(() =>
      t.db.transaction((tx) => {
        tx.insert(t.schema.mediaJobs).values(q.jobValues(id)).run();
        throw new Error('the upload’s write failed');
      }),
    );
    assert.equal(q.jobsForMedia([id])[id], undefined);
    t.db.transaction((tx) => q.enqueueMediaJob(id, tx));
    assert.equal(q.jobsForMedia([id])[id].state, 'queued');
  });

  it('two processes claiming at once never get the same job', async () => {
    clearJobs();
    const { id } = avItem('video');
    const now = new Date();
    const ids = Array.from({ length: 300 }, () => q.enqueueMediaJob(id, undefined, now));
    const run = promisify(execFile);
    const env = { ...process.env, CLAIM_AT: String(now.getTime()), CLAIM_START: String(Date.now() + 4000) };
    const claim = () =>
      run(process.execPath, ['--import', 'tsx', path.join(process.cwd(), 'tests/helpers/claim-jobs.ts')], {
        env,
        timeout: 60_000,
      }).then((r) => JSON.parse(r.stdout) as number[]);
    const [a, b] = await Promise.all([claim(), claim()]);
    assert.equal(a.filter((x) => b.includes(x)).length, 0, 'a job was claimed twice');
    assert.deepEqual(
      [...a, ...b].sort((x, y) => x - y),
      ids,
    );
  });
});

describe('media worker', () => {
  it('processMediaNow makes a video ready with renditions and a poster (the seed’s path)', async () => {
    clearJobs();
    const { id, key } = avItem('video', await makeVideo(path.join(clips, 'seed.mp4'), { seconds: 2 }));
    await worker.processMediaNow(id);
    const row = mediaRow(id)!;
    assert.equal(row.status, 'ready');
    assert.deepEqual(
      row.renditions.map((r) => r.file),
      ['360.mp4', 'hls/master.m3u8'],
    );
    assert.ok(row.posterMediaId);
    assert.ok(fs.existsSync(path.join(storage.avDir(key), '360.mp4')));
    assert.equal(q.jobsForMedia([id])[id].state, 'done');
  });

  it('processMediaNow fails at once with the reason, and the item shows it', async () => {
    clearJobs();
    const notes = path.join(clips, 'notes.mp4');
    fs.writeFileSync(notes, 'not a video\n'.repeat(100));
    const { id } = avItem('video', notes);
    await assert.rejects(worker.processMediaNow(id), /not a video or audio file/);
    assert.deepEqual([mediaRow(id)?.status, q.jobsForMedia([id])[id].state], ['failed', 'failed']);
  });

  it('the running worker processes queued jobs, fails a non-media one for good, and stops with nothing left', async () => {
    clearJobs();
    const audio = avItem('audio', await makeAudio(path.join(clips, 'queued.wav'), { seconds: 2 }));
    const broken = avItem('audio', path.join(clips, 'notes.mp4'));
    q.enqueueMediaJob(audio.id);
    const brokenJob = q.enqueueMediaJob(broken.id);
    worker.startMediaWorker();
    await until('the queue to empty', () => !q.hasPendingJobs());
    assert.equal(mediaRow(audio.id)?.status, 'ready');
    assert.equal(mediaRow(audio.id)?.renditions[0]?.file, 'audio.m4a');
    assert.ok(Math.abs((mediaRow(audio.id)?.durationMs ?? 0) - 2000) < 150);
    assert.deepEqual(
      [jobRow(brokenJob)?.state, jobRow(brokenJob)?.attempts],
      ['failed', 1],
      'no retry of a non-media file',
    );
    assert.match(mediaRow(broken.id)?.error ?? '', /not a video or audio file/);
    await worker.stopMediaWorker();
  });

  it('on shutdown the running ffmpeg is killed and the job waits for the next start, nothing published', async () => {
    clearJobs();
    const long = await makeVideo(path.join(clips, 'long.mp4'), { seconds: 20, size: '1280x720' });
    const { id, key } = avItem('video', long);
    const jobId = q.enqueueMediaJob(id);
    worker.startMediaWorker();
    await until('the transcode to report progress', () => (jobRow(jobId)?.progress ?? 0) > 0);
    await worker.stopMediaWorker();
    const row = jobRow(jobId)!;
    assert.deepEqual([row.state, row.attempts, row.lockedUntil], ['queued', 0, null]);
    assert.equal(mediaRow(id)?.status, 'processing');
    assert.deepEqual(fs.readdirSync(storage.avDir(key)), ['original.mp4']);
  });
});

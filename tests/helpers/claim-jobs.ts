/**
 * A second process claiming media jobs from the database named by DATABASE_URL until none is
 * left, printing the ids it got as JSON (tests/unit/media-jobs.test.ts runs two at once).
 */
import { claimNextJob } from '@/db/queries/media-jobs';

// Both processes start claiming at the same moment (CLAIM_START, ms), so their claims interleave.
const start = Number(process.env.CLAIM_START);
while (Date.now() < start) {
  /* wait */
}
const ids: number[] = [];
const now = new Date(Number(process.env.CLAIM_AT));
for (let job = claimNextJob(now, 60_000); job; job = claimNextJob(now, 60_000)) ids.push(job.id);
process.stdout.write(JSON.stringify(ids));

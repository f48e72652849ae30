import path from 'node:path';
import { expect, test } from '@playwright/test';
import { databasePath } from '@/db/client';
import { checkAcknowledgedWrites } from '@/db/tools/faults';
import { runCrashTest, summary } from '../scripts/faults/crash';

// kill -9 in the middle of staff saves and reader bookmarks: after a restart the database is
// sound and every write that was answered with success is there (the same run as `npm run crash-test`).
const PORT = Number(process.env.E2E_PORT || 3100) + 12;

test('kill -9 mid-stream loses no acknowledged save or bookmark, and integrity_check is ok', async () => {
  test.setTimeout(90_000);
  const result = await runCrashTest({
    source: databasePath(),
    distDir: process.env.NEXT_DIST_DIR || '.next-e2e',
    mediaDir: path.resolve(process.env.MEDIA_DIR || 'data/e2e-media'),
    port: PORT,
    streamMs: 2500,
  });
  console.log(summary(result));
  expect(result.integrity).toBe('ok');
  expect(result.acknowledged.saves).toBeGreaterThan(0);
  expect(result.acknowledged.bookmarks).toBeGreaterThan(0);
  expect(result.missing).toEqual({ articles: [], bookmarks: [], readers: [] });
  expect(result.healthAfterRestart).toBe(200);
  expect(result.stopCode).toBe(0);
  expect(result.ok).toBe(true);
});

test('the check finds a write that is not there', () => {
  const check = checkAcknowledgedWrites(databasePath(), {
    articles: [{ id: 987654321, title: 'Never saved' }],
    bookmarks: [{ email: 'nobody@example.test', articleId: 1 }],
    readers: ['nobody@example.test'],
  });
  expect(check.present).toEqual({ articles: 0, bookmarks: 0, readers: 0 });
  expect(check.missing.articles).toHaveLength(1);
});

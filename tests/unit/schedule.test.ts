import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';

let t: TestDb;
let q: typeof import('@/db/queries/newsroom');
let parseScheduleTime: typeof import('@/lib/newsroom/articles').parseScheduleTime;

before(async () => {
  t = await createTestDb('newsroom-schedule-');
  q = await import('@/db/queries/newsroom');
  ({ parseScheduleTime } = await import('@/lib/newsroom/articles'));
});
after(() => t.cleanup());

describe('scheduled publishing', () => {
  it('publishes exactly the due scheduled articles, with a revision each, and knows the next due time', () => {
    const section = t.insertSection({ slug: 'world' });
    const now = nowSeconds();
    const due = t.insertArticle({
      sectionId: section,
      title: 'Due',
      status: 'scheduled',
      publishedAt: new Date(now.getTime() - 1000),
    });
    const later = t.insertArticle({
      sectionId: section,
      title: 'Later',
      status: 'scheduled',
      publishedAt: new Date(now.getTime() + HOUR),
    });
    t.insertArticle({ sectionId: section, title: 'Draft', status: 'draft', publishedAt: null });
    assert.equal(q.nextScheduledAt()?.getTime(), now.getTime() - 1000);

    const published = q.publishDueArticles(now);
    assert.deepEqual(
      published.map((p) => p.after.id),
      [due],
    );
    assert.equal(published[0].before.status, 'scheduled');
    assert.equal(published[0].after.status, 'published');
    assert.equal(published[0].after.version, published[0].before.version + 1);
    assert.deepEqual(
      q.listRevisions(due).map((r) => [r.action, r.staffId, r.by]),
      [['published on schedule', null, { kind: 'scheduler' }]],
    );
    assert.equal(q.nextScheduledAt()?.getTime(), now.getTime() + HOUR);
    assert.deepEqual(q.publishDueArticles(now), [], 'nothing is published twice');
    assert.equal(q.getEditableArticle(later)?.status, 'scheduled');
  });

  it('accepts a UTC time a little ahead and at most a year ahead', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    assert.deepEqual(parseScheduleTime('2026-11-26T10:00:30', now), new Date('2026-11-26T10:00:30Z'));
    assert.deepEqual(parseScheduleTime('2026-11-26T11:00', now), new Date('2026-11-26T11:00:00Z'));
    for (const bad of [
      '2026-11-26T09:59:00',
      '2026-11-26T10:00:01',
      '2028-01-01T00:00',
      'tomorrow',
      '',
      null,
      '2026-13-40T99:99',
    ]) {
      assert.equal(typeof parseScheduleTime(bad, now), 'string', String(bad));
    }
  });
});

/**
 * The review step (lib/newsroom/review.ts, db/queries/review.ts): a contributor submits, editors
 * see the queue, leave notes and send back or publish; each step is audited; notes stay in the
 * newsroom.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let review: typeof import('@/lib/newsroom/review');
let q: typeof import('@/db/queries/newsroom');
let staff: StaffByRole;
let section = 0;
const IP = '127.0.0.1';

function draft(title: string): number {
  const f = new FormData();
  for (const [k, v] of Object.entries({
    title,
    slug: '',
    sectionId: String(section),
    lede: 'A lede.',
    body: 'A body.',
  }))
    f.append(k, v);
  const saved = nr.saveFromEditor(staff.contributor, null, f, IP);
  assert.equal(saved.status, 'saved');
  return (saved as { id: number }).id;
}
const audited = (id: number) =>
  (
    t.db.$client
      .prepare("SELECT action FROM audit_log WHERE subject_type = 'article' AND subject_id = ? ORDER BY id")
      .all(String(id)) as { action: string }[]
  ).map((r) => r.action);

before(async () => {
  t = await createTestDb('newsroom-review-');
  nr = await import('@/lib/newsroom/articles');
  review = await import('@/lib/newsroom/review');
  q = await import('@/db/queries/newsroom');
  section = t.insertSection({ slug: 'business', name: 'Business' });
  staff = await createStaffByRole();
});
after(() => t.cleanup());

describe('the review step', () => {
  it('a contributor submits; editors see it queued, note it, send it back; resubmitted, it is published and leaves the queue', () => {
    const id = draft('A contributor’s story');
    const article = () => q.getEditableArticle(id)!;
    assert.equal(review.reviewView(staff.contributor, article()).maySubmit, true);
    // Editors publish themselves: they are not offered "Submit".
    assert.equal(review.reviewView(staff.editor, article()).maySubmit, false);

    assert.deepEqual(review.submitForReview(staff.contributor, id, IP), { ok: true });
    assert.equal(review.submitForReview(staff.contributor, id, IP).ok, false);
    const version = article().version;
    assert.deepEqual(
      review.reviewQueue(staff.editor).items.map((i) => [i.id, i.by, i.state]),
      [[id, 'contributor', 'submitted']],
    );
    assert.equal(review.reviewQueue(staff.author).total, 0);
    assert.deepEqual(
      review.myInReview(staff.contributor).items.map((i) => i.id),
      [id],
    );

    assert.deepEqual(review.leaveNote(staff.editor, id, '  Check the figures in the second paragraph.  ', IP), {
      ok: true,
    });
    assert.deepEqual(review.leaveNote(staff.editor, id, '   ', IP), {
      ok: false,
      reason: 'invalid',
      message: 'Write the note first.',
    });
    assert.equal(review.leaveNote(staff.editor, id, 'x'.repeat(review.NOTE_MAX + 1), IP).ok, false);
    // Another author may neither note nor send back someone else's story.
    assert.equal(review.leaveNote(staff.otherAuthor, id, 'Not mine', IP).ok, false);
    assert.equal(review.sendBack(staff.otherAuthor, id, 'No', IP).ok, false);

    assert.deepEqual(review.sendBack(staff.editor, id, 'Source the quote, please.', IP), { ok: true });
    const view = review.reviewView(staff.contributor, article());
    assert.equal(view.state, 'returned');
    assert.deepEqual(
      view.notes.map((n) => [n.by, n.text]),
      [
        ['editor', 'Check the figures in the second paragraph.'],
        ['editor', 'Source the quote, please.'],
      ],
    );
    assert.equal(review.reviewQueue(staff.editor).total, 0);
    // The review step is not content: the story's version is unchanged, so open editors still save.
    assert.equal(article().version, version);

    assert.deepEqual(review.submitForReview(staff.contributor, id, IP), { ok: true });
    // Publishing (setArticleStatus, under changeStatus, which also expires Next's cache) clears the step.
    assert.equal(q.setArticleStatus(id, 'published', article().version, staff.editor.id, IP).ok, true);
    assert.equal(review.reviewView(staff.editor, article()).state, null);
    assert.equal(review.reviewQueue(staff.editor).total, 0);
    assert.deepEqual(
      audited(id).filter((a) => !['article.created', 'article.published'].includes(a)),
      ['article.submit', 'article.note', 'article.send-back', 'article.submit'],
    );
  });

  it('a published story cannot be submitted; an unknown one is missing', () => {
    assert.equal(review.submitForReview(staff.contributor, 999_999, IP).ok, false);
    const id = draft('Published right away');
    q.setArticleStatus(id, 'published', q.getEditableArticle(id)!.version, staff.editor.id, IP);
    const refused = review.submitForReview(staff.contributor, id, IP);
    assert.equal(!refused.ok && refused.reason, 'forbidden');
  });

  it('notes are never in what readers get: not in the article row readers read', () => {
    const id = draft('With a secret note');
    review.leaveNote(staff.contributor, id, 'Private: the source asked not to be named.', IP);
    const row = t.db.$client.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Record<string, unknown>;
    assert.ok(!JSON.stringify(row).includes('source asked'));
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';
import type { StaffUser } from '@/db/queries/staff';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let q: typeof import('@/db/queries/newsroom');
let staff: StaffByRole;
let section = 0;

/** What a status change or a restore answers when done, or when the role may not. */
const DONE = { ok: true };
const REFUSED_CHANGE = { ok: false, reason: 'forbidden', message: 'Your role may not do that.' };
const REFUSED_EDIT = { ok: false, reason: 'forbidden', message: 'Your role may not edit this article.' };

function form(values: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of [v].flat()) f.append(k, item);
  return f;
}
const draftForm = (title: string, extra: Record<string, string> = {}) =>
  form({
    title,
    slug: '',
    sectionId: String(section),
    lede: 'A lede.',
    body: 'A *body*.',
    tags: 'Ports',
    heroMediaId: '',
    ...extra,
  });

const IP = '127.0.0.1';
/** Saves the editor's form as `who`: a new draft (id null) or a change to an article. */
const save = (who: StaffUser, id: number | null, title: string, extra: Record<string, string> = {}) =>
  nr.saveFromEditor(who, id, draftForm(title, extra), IP);

before(async () => {
  t = await createTestDb('newsroom-permissions-');
  nr = await import('@/lib/newsroom/articles');
  q = await import('@/db/queries/newsroom');
  section = t.insertSection({ slug: 'business', name: 'Business' });
  staff = await createStaffByRole();
});
after(() => t.cleanup());

describe('who may write what (the checks behind the editor and its server actions)', () => {
  it('a contributor creates and edits an own draft, but cannot publish or schedule it', () => {
    const created = save(staff.contributor, null, 'Contributor draft');
    assert.equal(created.status, 'saved');
    const id = (created as { id: number }).id;
    const edited = save(staff.contributor, id, 'Contributor draft, edited', { version: '1' });
    assert.equal(edited.status, 'saved');
    assert.deepEqual(nr.changeStatus(staff.contributor, id, 'publish', 2, IP), REFUSED_CHANGE);
    assert.deepEqual(nr.changeStatus(staff.contributor, id, 'schedule', 2, IP, '2099-01-01T00:00'), REFUSED_CHANGE);
    assert.equal(q.getEditableArticle(id)?.status, 'draft');
  });

  it("nobody below editor edits someone else's article", () => {
    const created = save(staff.author, null, 'Author draft') as { id: number };
    for (const who of [staff.contributor, staff.otherAuthor]) {
      const result = save(who, created.id, 'Hijacked', { version: '1' });
      assert.equal(result.status, 'forbidden', who.email);
      assert.deepEqual(nr.changeStatus(who, created.id, 'schedule', 1, IP, '2099-01-01T00:00'), REFUSED_CHANGE);
    }
    for (const who of [staff.editor, staff.admin]) {
      const current = q.getEditableArticle(created.id)!;
      const result = save(who, created.id, `Edited by ${who.role}`, { version: String(current.version) });
      assert.equal(result.status, 'saved', who.email);
    }
    assert.equal(q.getEditableArticle(created.id)?.title, 'Edited by admin');
  });

  it('an author schedules an own draft; a stale version is a conflict, never an overwrite', () => {
    const created = save(staff.author, null, 'To schedule') as { id: number };
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16);
    assert.deepEqual(nr.changeStatus(staff.author, created.id, 'schedule', 1, IP, tomorrow), DONE);
    assert.equal(q.getEditableArticle(created.id)?.status, 'scheduled');
    const stale = save(staff.author, created.id, 'Stale', { version: '1' });
    assert.equal(stale.status, 'conflict');
    assert.equal(q.getEditableArticle(created.id)?.title, 'To schedule');
  });

  it('invalid input re-renders with field messages and writes nothing', () => {
    const before = q.listStaffArticles({ page: 1, perPage: 100 }).total;
    const result = save(staff.admin, null, '', {
      body: '![x](https://example.org/a.png)',
      slug: 'Not A Slug',
      sectionId: 'x',
    });
    assert.equal(result.status, 'invalid');
    const errors = (result as { fieldErrors: Record<string, string> }).fieldErrors;
    assert.ok(errors.title && errors.body && errors.slug && errors.sectionId, JSON.stringify(errors));
    assert.equal(q.listStaffArticles({ page: 1, perPage: 100 }).total, before);

    const unknown = save(staff.admin, null, 'Good title', { sectionId: '999', heroMediaId: '999', authorIds: '999' });
    assert.equal(unknown.status, 'invalid');
    assert.deepEqual(Object.keys((unknown as { fieldErrors: object }).fieldErrors).sort(), [
      'authorIds',
      'heroMediaId',
      'sectionId',
    ]);
    assert.equal(q.listStaffArticles({ page: 1, perPage: 100 }).total, before);
  });
});

describe('trash and revisions', () => {
  it('an author trashes and restores an own draft; a contributor cannot trash', () => {
    const created = save(staff.author, null, 'Trash me') as { id: number };
    assert.deepEqual(nr.changeStatus(staff.contributor, created.id, 'trash', 1, IP), REFUSED_CHANGE);
    assert.deepEqual(nr.changeStatus(staff.author, created.id, 'trash', 1, IP), DONE);
    assert.equal(q.getEditableArticle(created.id)?.status, 'trashed');
    assert.ok(
      !q.listStaffArticles({ page: 1, perPage: 100 }).items.some((a) => a.id === created.id),
      'the trash is not listed by default',
    );
    assert.ok(q.listStaffArticles({ status: 'trashed', page: 1, perPage: 100 }).items.some((a) => a.id === created.id));
    assert.deepEqual(nr.changeStatus(staff.author, created.id, 'restore', 2, IP), DONE);
    assert.equal(q.getEditableArticle(created.id)?.status, 'draft');
  });

  it('revisions compare field by field; restoring one brings back its headline as a new version', async () => {
    const created = save(staff.editor, null, 'First headline') as { id: number };
    save(staff.editor, created.id, 'Second headline', { version: '1' });
    const { diffRevisions } = await import('@/lib/newsroom/diff');
    const diff = diffRevisions(created.id, 1, 2)!;
    const headline = diff.find((f) => f.field === 'Headline')!;
    assert.equal(headline.changed, true);
    assert.deepEqual(
      headline.parts.filter((p) => p.removed).map((p) => p.value),
      ['First'],
    );
    assert.deepEqual(
      headline.parts.filter((p) => p.added).map((p) => p.value),
      ['Second'],
    );
    assert.equal(diff.find((f) => f.field === 'Lede')!.changed, false);
    assert.equal(diffRevisions(created.id, 1, 99), null);
    assert.deepEqual(nr.restoreRevision(staff.contributor, created.id, 1, 2, IP), REFUSED_EDIT);
    assert.deepEqual(nr.restoreRevision(staff.editor, created.id, 1, 2, IP), DONE);
    const now = q.getEditableArticle(created.id)!;
    assert.equal(now.title, 'First headline');
    assert.equal(now.version, 3);
    assert.deepEqual(
      q.listRevisions(created.id).map((r) => r.version),
      [3, 2, 1],
    );
    assert.deepEqual(nr.restoreRevision(staff.editor, created.id, 1, 2, IP), {
      ok: false,
      reason: 'conflict',
      message: 'Someone changed the article meanwhile: reload it and try again.',
    });
  });

  it('every revision names who made it: a staff member, the scheduler, or a deleted account', async () => {
    const { createStaffUser } = await import('@/db/queries/staff');
    const { eq } = await import('drizzle-orm');
    const leaver = createStaffUser({
      email: 'leaver@example.test',
      name: 'Lena Leaver',
      passwordHash: 'x',
      role: 'author',
      editions: ['en'],
    });
    const created = save(leaver, null, 'Who made which version') as { id: number };
    save(staff.editor, created.id, 'Who made which version, edited', { version: '1' });
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16);
    assert.deepEqual(nr.changeStatus(staff.editor, created.id, 'schedule', 2, IP, tomorrow), DONE);
    // Due now (only this story: the scheduler publishes what is due, by no person).
    t.db.$client.prepare('UPDATE articles SET published_at = unixepoch() - 60 WHERE id = ?').run(created.id);
    assert.deepEqual(
      q.publishDueArticles().map((p) => p.after.id),
      [created.id],
    );
    const byline = () => q.listRevisions(created.id).map((r) => [r.version, r.action, nr.revisionByline(r.by)]);
    assert.deepEqual(byline(), [
      [4, 'published on schedule', 'by the scheduler'],
      [3, 'scheduled', 'by editor'],
      [2, 'edited', 'by editor'],
      [1, 'created', 'by Lena Leaver'],
    ]);
    // An account deleted since (staff_id is set to null): its revisions stay, said to be by a deleted account.
    t.db.delete(t.schema.staffUsers).where(eq(t.schema.staffUsers.id, leaver.id)).run();
    assert.deepEqual(byline().at(-1), [1, 'created', 'by a deleted account']);
    assert.deepEqual(q.listRevisions(created.id).at(-1)?.by, { kind: 'deleted' });
    assert.deepEqual(q.listRevisions(created.id)[1].by, { kind: 'staff', name: 'editor' });
  });
});

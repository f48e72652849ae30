import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import type { StaffRole } from '@/db/schema';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let q: typeof import('@/db/queries/newsroom');
const staff = {} as Record<StaffRole | 'otherAuthor', StaffUser>;
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

before(async () => {
  t = await createTestDb('newsroom-permissions-');
  nr = await import('@/lib/newsroom/articles');
  q = await import('@/db/queries/newsroom');
  const { createStaffUser } = await import('@/db/queries/staff');
  section = t.insertSection({ slug: 'business', name: 'Business' });
  for (const role of ['contributor', 'author', 'editor', 'admin', 'otherAuthor'] as const) {
    staff[role] = createStaffUser({
      email: `${role}@example.test`,
      name: role,
      passwordHash: 'x',
      role: role === 'otherAuthor' ? 'author' : role,
    });
  }
});
after(() => t.cleanup());

describe('who may write what (the checks behind the editor and its server actions)', () => {
  it('a contributor creates and edits an own draft, but cannot publish or schedule it', () => {
    const created = nr.saveFromEditor(staff.contributor, null, draftForm('Contributor draft'), '127.0.0.1');
    assert.equal(created.status, 'saved');
    const id = (created as { id: number }).id;
    const edited = nr.saveFromEditor(
      staff.contributor,
      id,
      draftForm('Contributor draft, edited', { version: '1' }),
      '127.0.0.1',
    );
    assert.equal(edited.status, 'saved');
    assert.deepEqual(nr.changeStatus(staff.contributor, id, 'publish', 2, '127.0.0.1'), REFUSED_CHANGE);
    assert.deepEqual(
      nr.changeStatus(staff.contributor, id, 'schedule', 2, '127.0.0.1', '2099-01-01T00:00'),
      REFUSED_CHANGE,
    );
    assert.equal(q.getEditableArticle(id)?.status, 'draft');
  });

  it("nobody below editor edits someone else's article", () => {
    const created = nr.saveFromEditor(staff.author, null, draftForm('Author draft'), '127.0.0.1') as { id: number };
    for (const who of [staff.contributor, staff.otherAuthor]) {
      const result = nr.saveFromEditor(who, created.id, draftForm('Hijacked', { version: '1' }), '127.0.0.1');
      assert.equal(result.status, 'forbidden', who.email);
      assert.deepEqual(
        nr.changeStatus(who, created.id, 'schedule', 1, '127.0.0.1', '2099-01-01T00:00'),
        REFUSED_CHANGE,
      );
    }
    for (const who of [staff.editor, staff.admin]) {
      const current = q.getEditableArticle(created.id)!;
      const result = nr.saveFromEditor(
        who,
        created.id,
        draftForm(`Edited by ${who.role}`, { version: String(current.version) }),
        '127.0.0.1',
      );
      assert.equal(result.status, 'saved', who.email);
    }
    assert.equal(q.getEditableArticle(created.id)?.title, 'Edited by admin');
  });

  it('an author schedules an own draft; a stale version is a conflict, never an overwrite', () => {
    const created = nr.saveFromEditor(staff.author, null, draftForm('To schedule'), '127.0.0.1') as { id: number };
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16);
    assert.deepEqual(nr.changeStatus(staff.author, created.id, 'schedule', 1, '127.0.0.1', tomorrow), DONE);
    assert.equal(q.getEditableArticle(created.id)?.status, 'scheduled');
    const stale = nr.saveFromEditor(staff.author, created.id, draftForm('Stale', { version: '1' }), '127.0.0.1');
    assert.equal(stale.status, 'conflict');
    assert.equal(q.getEditableArticle(created.id)?.title, 'To schedule');
  });

  it('invalid input re-renders with field messages and writes nothing', () => {
    const before = q.listStaffArticles({ page: 1, perPage: 100 }).total;
    const result = nr.saveFromEditor(
      staff.admin,
      null,
      draftForm('', { body: '<script>x</script>', slug: 'Not A Slug', sectionId: 'x' }),
      '127.0.0.1',
    );
    assert.equal(result.status, 'invalid');
    const errors = (result as { fieldErrors: Record<string, string> }).fieldErrors;
    assert.ok(errors.title && errors.body && errors.slug && errors.sectionId, JSON.stringify(errors));
    assert.equal(q.listStaffArticles({ page: 1, perPage: 100 }).total, before);

    const unknown = nr.saveFromEditor(
      staff.admin,
      null,
      draftForm('Good title', { sectionId: '999', heroMediaId: '999', authorIds: '999' }),
      '127.0.0.1',
    );
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
    const created = nr.saveFromEditor(staff.author, null, draftForm('Trash me'), '127.0.0.1') as { id: number };
    assert.deepEqual(nr.changeStatus(staff.contributor, created.id, 'trash', 1, '127.0.0.1'), REFUSED_CHANGE);
    assert.deepEqual(nr.changeStatus(staff.author, created.id, 'trash', 1, '127.0.0.1'), DONE);
    assert.equal(q.getEditableArticle(created.id)?.status, 'trashed');
    assert.ok(
      !q.listStaffArticles({ page: 1, perPage: 100 }).items.some((a) => a.id === created.id),
      'the trash is not listed by default',
    );
    assert.ok(q.listStaffArticles({ status: 'trashed', page: 1, perPage: 100 }).items.some((a) => a.id === created.id));
    assert.deepEqual(nr.changeStatus(staff.author, created.id, 'restore', 2, '127.0.0.1'), DONE);
    assert.equal(q.getEditableArticle(created.id)?.status, 'draft');
  });

  it('revisions compare field by field; restoring one brings back its headline as a new version', async () => {
    const created = nr.saveFromEditor(staff.editor, null, draftForm('First headline'), '127.0.0.1') as { id: number };
    nr.saveFromEditor(staff.editor, created.id, draftForm('Second headline', { version: '1' }), '127.0.0.1');
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
    assert.deepEqual(nr.restoreRevision(staff.contributor, created.id, 1, 2, '127.0.0.1'), REFUSED_EDIT);
    assert.deepEqual(nr.restoreRevision(staff.editor, created.id, 1, 2, '127.0.0.1'), DONE);
    const now = q.getEditableArticle(created.id)!;
    assert.equal(now.title, 'First headline');
    assert.equal(now.version, 3);
    assert.deepEqual(
      q.listRevisions(created.id).map((r) => r.version),
      [3, 2, 1],
    );
    assert.deepEqual(nr.restoreRevision(staff.editor, created.id, 1, 2, '127.0.0.1'), {
      ok: false,
      reason: 'conflict',
      message: 'Someone changed the article meanwhile: reload it and try again.',
    });
  });
});

/**
 * Autosave (lib/newsroom/autosave.ts): kept per person and story, offered back, never the story;
 * a save deletes it; only those who may edit the story may autosave it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let auto: typeof import('@/lib/newsroom/autosave');
let q: typeof import('@/db/queries/newsroom');
let staff: StaffByRole;
let section = 0;

function form(values: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of [v].flat()) f.append(k, item);
  return f;
}
const editorForm = (title: string, extra: Record<string, string | string[]> = {}) =>
  form({ title, slug: '', sectionId: String(section), lede: 'A lede.', body: 'A *body*.', tags: 'Ports', ...extra });

before(async () => {
  t = await createTestDb('newsroom-autosave-');
  nr = await import('@/lib/newsroom/articles');
  auto = await import('@/lib/newsroom/autosave');
  q = await import('@/db/queries/newsroom');
  section = t.insertSection({ slug: 'business', name: 'Business' });
  staff = await createStaffByRole();
});
after(() => t.cleanup());

describe('autosave', () => {
  it('keeps what was typed for that person only, without touching the story, and offers it back', () => {
    const created = nr.saveFromEditor(staff.author, null, editorForm('Port strike ends'), '127.0.0.1');
    assert.equal(created.status, 'saved');
    const id = (created as { id: number }).id;
    const before = q.getEditableArticle(id);

    const at = new Date('2026-12-07T10:42:00Z');
    const answer = auto.autosaveFromEditor(
      staff.author,
      id,
      editorForm('Port strike ends after two weeks', { id: String(id), version: '1', authorIds: ['7'] }),
      at,
    );
    assert.deepEqual(answer, { ok: true, at: at.toISOString() });
    // The story is as it was: same version, same headline, no new revision.
    assert.deepEqual(q.getEditableArticle(id), before);
    assert.equal(q.listRevisions(id).length, 1);

    const offered = auto.autosaveToOffer(staff.author, id);
    assert.equal(offered?.values.title, 'Port strike ends after two weeks');
    assert.deepEqual(offered?.values.authorIds, ['7']);
    assert.equal(offered?.values.heroGallery, '');
    assert.equal(offered?.at, at.toISOString());
    assert.equal(offered?.baseVersion, 1);
    // Another person has none, and an editor who may edit it sees only their own.
    assert.equal(auto.autosaveToOffer(staff.editor, id), null);

    // A second autosave replaces the first.
    auto.autosaveFromEditor(staff.author, id, editorForm('Third try', { id: String(id), version: '1' }));
    assert.equal(auto.autosaveToOffer(staff.author, id)?.values.title, 'Third try');

    // The next save puts the text in the story and the autosave is gone.
    const saved = nr.saveFromEditor(staff.author, id, editorForm('Third try', { version: '1' }), '127.0.0.1');
    assert.equal(saved.status, 'saved');
    assert.equal(auto.autosaveToOffer(staff.author, id), null);
  });

  it('a story not saved yet has its own autosave, gone once it is saved', () => {
    assert.deepEqual(auto.autosaveFromEditor(staff.author, null, editorForm('Not saved yet')).ok, true);
    assert.equal(auto.autosaveToOffer(staff.author, null)?.values.title, 'Not saved yet');
    const created = nr.saveFromEditor(staff.author, null, editorForm('Not saved yet'), '127.0.0.1');
    assert.equal(created.status, 'saved');
    assert.equal(auto.autosaveToOffer(staff.author, null), null);
  });

  it('"Discard it" deletes the offer', () => {
    auto.autosaveFromEditor(staff.author, null, editorForm('To be discarded'));
    auto.discardAutosave(staff.author, null);
    assert.equal(auto.autosaveToOffer(staff.author, null), null);
  });

  it('only those who may edit the story may autosave it; an unknown story or an oversized form is refused', () => {
    const created = nr.saveFromEditor(staff.editor, null, editorForm('The editor’s own story'), '127.0.0.1');
    const id = (created as { id: number }).id;
    const refused = auto.autosaveFromEditor(staff.contributor, id, editorForm('Not theirs'));
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.reason, 'forbidden');
    assert.equal(auto.autosaveToOffer(staff.contributor, id), null);
    const missing = auto.autosaveFromEditor(staff.author, 999_999, editorForm('Nowhere'));
    assert.equal(!missing.ok && missing.reason, 'missing');
    const huge = auto.autosaveFromEditor(
      staff.author,
      null,
      editorForm('Huge', { body: 'x'.repeat(auto.AUTOSAVE_MAX_BYTES) }),
    );
    assert.equal(!huge.ok && huge.reason, 'too-large');
  });

  it('deleting the story or the person deletes their autosaves', () => {
    const created = nr.saveFromEditor(staff.admin, null, editorForm('Short-lived'), '127.0.0.1');
    const id = (created as { id: number }).id;
    auto.autosaveFromEditor(staff.admin, id, editorForm('Short-lived, edited', { id: String(id) }));
    t.db.$client.prepare('DELETE FROM articles WHERE id = ?').run(id);
    assert.equal(
      (
        t.db.$client.prepare('SELECT count(*) AS n FROM article_autosaves WHERE article_id = ?').get(id) as {
          n: number;
        }
      ).n,
      0,
    );
  });
});

/**
 * Shows (programmes, podcasts) in the newsroom: /admin/shows creates, edits and deletes them as a
 * taxonomy kind (its own fields, the artwork rule, who may, the audit, what is expired), and the
 * article editor puts a story in a show, kept in revisions and restored.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import type { FormState } from '@/lib/newsroom/forms';
import type { ReaderChange } from '@/lib/newsroom/taxonomy';

let t: TestDb;
let tx: typeof import('@/lib/newsroom/taxonomy');
let q: typeof import('@/db/queries/taxonomy');
let nr: typeof import('@/lib/newsroom/articles');
let nq: typeof import('@/db/queries/newsroom');
const staff = {} as Record<'contributor' | 'author' | 'editor' | 'admin', StaffUser>;
const IP = '192.0.2.9';
let section = 0;
const pic = { square: 0, small: 0, wide: 0 };
let video = 0;

let expired: ReaderChange[] = [];
const record = (change: ReaderChange) => {
  expired.push(change);
};

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

function send<R>(
  handler: (who: StaffUser, sent: FormData, ip: string, onChange: typeof record) => R,
  values: Record<string, string>,
  who: StaffUser = staff.editor,
): R {
  return handler(who, form(values), IP, record);
}

const count = (table: 'shows' | 'audit_log') =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function lastAudit(): { action: string; actor_id: number; subject_id: string; details: Record<string, unknown> } {
  const row = t.db.$client
    .prepare('SELECT action, actor_id, subject_id, details FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as { action: string; actor_id: number; subject_id: string; details: string };
  return { ...row, details: JSON.parse(row.details) };
}

const fieldErrors = (s: FormState) => (s.status === 'invalid' ? s.fieldErrors : {});
const show = (extra: Record<string, string> = {}) => ({
  name: 'The Morning Call',
  slug: '',
  description: 'The day’s news in twenty minutes.',
  host: 'Ana Ortiz',
  category: 'News',
  artworkMediaId: '',
  ...extra,
});
const created = (state: FormState) => {
  assert.equal(state.status, 'done', JSON.stringify(state));
  return (state as { id: number }).id;
};

before(async () => {
  t = await createTestDb('newsroom-shows-');
  tx = await import('@/lib/newsroom/taxonomy');
  q = await import('@/db/queries/taxonomy');
  nr = await import('@/lib/newsroom/articles');
  nq = await import('@/db/queries/newsroom');
  const { createStaffUser } = await import('@/db/queries/staff');
  for (const role of ['contributor', 'author', 'editor', 'admin'] as const) {
    staff[role] = createStaffUser({ email: `${role}@example.test`, name: role, passwordHash: 'x', role });
  }
  section = t.insertSection({ slug: 'world', name: 'World' });
  pic.square = t.insertMedia({ file: 'square', width: 1400, height: 1400 });
  pic.small = t.insertMedia({ file: 'small', width: 1000, height: 1000 });
  pic.wide = t.insertMedia({ file: 'wide', width: 3000, height: 1500 });
  video = t.db
    .insert(t.schema.media)
    .values({
      kind: 'video',
      storageKey: 'a'.repeat(32),
      file: `av-${'a'.repeat(32)}`,
      mime: 'video/mp4',
      width: 1400,
      height: 1400,
      variants: '',
      alt: '',
      title: 'A square clip',
      bytes: 1,
    })
    .returning({ id: t.schema.media.id })
    .get().id;
});
after(() => t.cleanup());
beforeEach(() => {
  expired = [];
});

describe('shows in the newsroom', () => {
  it('an editor creates a show: slug from the name, every field kept, audited, the feeds expired', () => {
    const id = created(
      send(
        tx.createShowFromForm,
        show({ explicit: 'yes', category: 'Society & Culture', artworkMediaId: `${pic.square}` }),
      ),
    );
    assert.deepEqual(q.getShowRow(id), {
      id,
      slug: 'the-morning-call',
      name: 'The Morning Call',
      description: 'The day’s news in twenty minutes.',
      host: 'Ana Ortiz',
      category: 'Society & Culture',
      explicit: true,
      artworkMediaId: pic.square,
      articleCount: 0,
    });
    const audit = lastAudit();
    assert.equal(audit.action, 'show.create');
    assert.equal(audit.actor_id, staff.editor.id);
    assert.equal(audit.subject_id, String(id));
    assert.deepEqual(expired, [{ feeds: true }]);
    // Without the box ticked, a show is not explicit.
    assert.equal(q.getShowRow(created(send(tx.createShowFromForm, show({ name: 'Clean' }))))!.explicit, false);
  });

  it('refuses artwork that is not a square picture of at least 1400 px, and bad fields, writing nothing', () => {
    const shows = count('shows');
    const audit = count('audit_log');
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ artworkMediaId: String(pic.small) }, 'artworkMediaId', /1000 × 1000 px.*square picture of at least 1400/],
      [{ artworkMediaId: String(pic.wide) }, 'artworkMediaId', /3000 × 1500 px/],
      [{ artworkMediaId: String(video) }, 'artworkMediaId', /not a picture \(it is a video\)/],
      [{ artworkMediaId: '999999' }, 'artworkMediaId', /no media #999999/],
      [{ artworkMediaId: 'media:12' }, 'artworkMediaId', /digits only/],
      [{ category: 'Cooking' }, 'category', /listed categories/],
      [{ name: '' }, 'name', /name/],
      [{ host: 'h'.repeat(121) }, 'host', /host under 120/],
      [{ slug: 'Not A Slug' }, 'slug', /lower-case/],
    ];
    for (const [extra, field, message] of cases) {
      const values = show({ name: `Refused ${field}`, ...extra });
      const state = send(tx.createShowFromForm, values);
      assert.equal(state.status, 'invalid', JSON.stringify(extra));
      assert.match(fieldErrors(state)[field] ?? '', message, `${JSON.stringify(extra)} → ${JSON.stringify(state)}`);
      assert.deepEqual((state as { values: Record<string, string> }).values, { ...values, explicit: '' });
    }
    assert.equal(count('shows'), shows);
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
  });

  it('an edit is audited before and after, and expires the feeds', () => {
    const id = created(send(tx.createShowFromForm, show({ name: 'Before', slug: 'before' })));
    expired = [];
    const state = send(tx.updateShowFromForm, {
      ...show({ name: 'After', slug: 'after', category: 'Technology', artworkMediaId: String(pic.square) }),
      id: String(id),
      explicit: 'yes',
    });
    assert.equal(state.status, 'done', JSON.stringify(state));
    const row = q.getShowRow(id)!;
    assert.equal(row.slug, 'after');
    assert.equal(row.category, 'Technology');
    assert.equal(row.explicit, true);
    assert.equal(row.artworkMediaId, pic.square);
    const audit = lastAudit();
    assert.equal(audit.action, 'show.update');
    assert.deepEqual(audit.details.before, {
      name: 'Before',
      slug: 'before',
      description: 'The day’s news in twenty minutes.',
      host: 'Ana Ortiz',
      category: 'News',
      explicit: false,
      artworkMediaId: null,
    });
    assert.deepEqual(audit.details.after, {
      name: 'After',
      slug: 'after',
      description: 'The day’s news in twenty minutes.',
      host: 'Ana Ortiz',
      category: 'Technology',
      explicit: true,
      artworkMediaId: pic.square,
    });
    assert.deepEqual(expired, [{ feeds: true, everything: false }]);
    // Another show's slug is refused.
    const other = created(send(tx.createShowFromForm, show({ name: 'Other' })));
    const taken = send(tx.updateShowFromForm, { ...show({ slug: 'after' }), id: String(other) });
    assert.match(fieldErrors(taken).slug ?? '', /Another show has that slug/);
  });

  it('contributors and authors may not create, edit or delete shows', () => {
    const id = created(send(tx.createShowFromForm, show({ name: 'Guarded' })));
    const shows = count('shows');
    const audit = count('audit_log');
    expired = [];
    for (const who of [staff.contributor, staff.author]) {
      const create = send(tx.createShowFromForm, show({ name: 'Nope' }), who);
      assert.match(create.status === 'invalid' ? create.message : '', /may not manage/);
      const edit = send(tx.updateShowFromForm, { ...show({ name: 'Renamed' }), id: String(id) }, who);
      assert.equal(edit.status, 'invalid');
      assert.deepEqual(send(tx.deleteShowFromForm, { id: String(id), confirm: 'yes' }, who), {
        ok: false,
        code: 'forbidden',
      });
    }
    assert.equal(q.getShowRow(id)!.name, 'Guarded');
    assert.equal(count('shows'), shows);
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
    // An admin may.
    assert.equal(
      send(tx.updateShowFromForm, { ...show({ name: 'By admin' }), id: String(id) }, staff.admin).status,
      'done',
    );
  });

  it('deletes only a show without articles (drafts count), after confirmation', () => {
    const busy = created(send(tx.createShowFromForm, show({ name: 'Busy' })));
    const article = t.insertArticle({
      sectionId: section,
      title: 'A draft episode',
      status: 'draft',
      publishedAt: null,
    });
    t.db.$client.prepare('UPDATE articles SET show_id = ? WHERE id = ?').run(busy, article);
    expired = [];
    assert.deepEqual(send(tx.deleteShowFromForm, { id: String(busy), confirm: 'yes' }), { ok: false, code: 'in-use' });
    assert.equal(q.getShowRow(busy)!.articleCount, 1);
    const empty = created(send(tx.createShowFromForm, show({ name: 'Empty' })));
    expired = [];
    assert.deepEqual(send(tx.deleteShowFromForm, { id: String(empty) }), { ok: false, code: 'confirm' });
    assert.deepEqual(expired, []);
    assert.deepEqual(send(tx.deleteShowFromForm, { id: String(empty), confirm: 'yes' }), { ok: true, code: 'deleted' });
    assert.equal(q.getShowRow(empty), null);
    assert.equal(lastAudit().action, 'show.delete');
    assert.deepEqual(expired, [{ feeds: true }]);
  });
});

describe('a story in a show', () => {
  const fields = (extra: Record<string, string> = {}) => ({
    title: `Episode ${Math.random()}`,
    slug: '',
    sectionId: String(section),
    lede: 'A lede.',
    body: 'Text.',
    tags: '',
    heroMediaId: '',
    ...extra,
  });
  const save = (extra: Record<string, string>, id: number | null = null, version?: number) =>
    nr.saveFromEditor(
      staff.editor,
      id,
      form({ ...fields(extra), ...(version ? { version: String(version) } : {}) }),
      IP,
    );

  it('is saved with the article and its revision, cleared, and restored', () => {
    const id = created(send(tx.createShowFromForm, show({ name: 'Episodes' })));
    const saved = save({ showId: String(id) }) as { status: string; id: number; version: number };
    assert.equal(saved.status, 'saved', JSON.stringify(saved));
    assert.equal(nq.getEditableArticle(saved.id)!.showId, id);
    assert.equal((nq.getRevisionSnapshot(saved.id, 1) as { showId: unknown }).showId, id);
    assert.equal(q.getShowRow(id)!.articleCount, 1);
    const cleared = save({ showId: '' }, saved.id, 1) as { version: number };
    assert.equal(nq.getEditableArticle(saved.id)!.showId, null);
    assert.deepEqual(nr.restoreRevision(staff.editor, saved.id, 1, cleared.version, IP), { ok: true });
    assert.equal(nq.getEditableArticle(saved.id)!.showId, id);
  });

  it('an unknown or malformed show is a field message, and nothing is saved', () => {
    const before = (t.db.$client.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    assert.match(
      (save({ showId: '999999' }) as { fieldErrors: Record<string, string> }).fieldErrors.showId,
      /no longer exists/,
    );
    assert.ok((save({ showId: 'the-meridian' }) as { fieldErrors: Record<string, string> }).fieldErrors.showId);
    assert.equal((t.db.$client.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, before);
  });

  it('a restored revision whose show was deleted meanwhile is outside any show', () => {
    const id = created(send(tx.createShowFromForm, show({ name: 'Short-lived' })));
    const saved = save({ showId: String(id) }) as { id: number };
    const moved = save({ showId: '' }, saved.id, 1) as { version: number };
    assert.deepEqual(send(tx.deleteShowFromForm, { id: String(id), confirm: 'yes' }), { ok: true, code: 'deleted' });
    assert.deepEqual(nr.restoreRevision(staff.editor, saved.id, 1, moved.version, IP), { ok: true });
    const restored = nq.getEditableArticle(saved.id)!;
    assert.equal(restored.showId, null);
    assert.equal(restored.version, moved.version + 1);
  });
});

/**
 * The site's own pages (About, Privacy…): the newsroom's handlers against a real database —
 * create, update, delete with their audit entries and expiry, validation that keeps the typed
 * values, slug uniqueness and reserved slugs, roles — and the seed (once, in footer order).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';
import type { FormState, Outcome } from '@/lib/newsroom/forms';

let t: TestDb;
let pages: typeof import('@/lib/newsroom/pages');
let q: typeof import('@/db/queries/info-pages');
let seed: typeof import('@/db/seed/pages');
let staff: StaffByRole;
const IP = '192.0.2.9';

let expired = 0;
const record = () => {
  expired++;
};

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

const valid = (over: Record<string, string> = {}) => ({
  title: 'Jobs at Meridian',
  slug: '',
  description: 'Work with us.',
  position: '7',
  body: '## Open roles\n\nWe are hiring a **night editor**.\n\n- London\n- Remote',
  ...over,
});

const create = (values: Record<string, string>, who = staff.editor): FormState =>
  pages.createPageFromForm(who, form(values), IP, record);
const update = (id: number, values: Record<string, string>, who = staff.editor): FormState =>
  pages.updatePageFromForm(who, form({ id: String(id), ...values }), IP, record);
const remove = (values: Record<string, string>, who = staff.editor): Outcome =>
  pages.deletePageFromForm(who, form(values), IP, record);

const fieldErrors = (s: FormState) => (s.status === 'invalid' ? s.fieldErrors : {});
const count = (table: string) => (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
function lastAudit() {
  const row = t.db.$client
    .prepare('SELECT action, actor_id, subject_type, subject_id, ip, details FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as {
    action: string;
    actor_id: number;
    subject_type: string;
    subject_id: string;
    ip: string;
    details: string;
  };
  return { ...row, details: JSON.parse(row.details) as Record<string, unknown> };
}

before(async () => {
  t = await createTestDb('info-pages-');
  pages = await import('@/lib/newsroom/pages');
  q = await import('@/db/queries/info-pages');
  seed = await import('@/db/seed/pages');
  staff = await createStaffByRole();
});
after(() => t.cleanup());
beforeEach(() => {
  expired = 0;
});

describe('seeded pages', () => {
  it('are written once, in footer order, and parse back to the Markdown staff edit', () => {
    assert.equal(seed.seedInfoPages(t.db), 6);
    assert.deepEqual(
      q.listInfoPageLinks('en').map((l) => l.slug),
      ['about', 'contact', 'editorial-standards', 'corrections', 'privacy', 'terms'],
    );
    // A second run (every start) writes nothing, even after staff deleted a page.
    const terms = q.getInfoPage('en', 'terms')!;
    t.db.$client.prepare('DELETE FROM info_pages WHERE id = ?').run(terms.id);
    assert.equal(seed.seedInfoPages(t.db), 0);
    assert.equal(q.getInfoPage('en', 'terms'), null);
    const privacy = q.getInfoPage('en', 'privacy')!;
    assert.match(pages.pageFormValues(privacy).body, /never stored/);
    assert.ok(
      privacy.body.every((b) => ['paragraph', 'heading', 'list', 'quote'].includes((b as { type: string }).type)),
    );
  });
});

describe('creating a page', () => {
  it('saves it with an audit entry, makes the slug from the title and expires the pages', () => {
    const before = count('info_pages');
    const state = create(valid());
    assert.equal(state.status, 'done', JSON.stringify(state));
    const id = (state as { id: number }).id;
    const page = q.getInfoPageById(id)!;
    assert.equal(page.slug, 'jobs-at-meridian');
    assert.equal(page.position, 7);
    assert.deepEqual(
      page.body.map((b) => (b as { type: string }).type),
      ['heading', 'paragraph', 'list'],
    );
    assert.equal(count('info_pages'), before + 1);
    assert.equal(expired, 1);
    const audit = lastAudit();
    assert.equal(audit.action, 'page.create');
    assert.equal(audit.actor_id, staff.editor.id);
    assert.equal(audit.subject_type, 'info_page');
    assert.equal(audit.subject_id, String(id));
    assert.equal(audit.ip, IP);
    assert.equal(audit.details.slug, 'jobs-at-meridian');
    assert.ok(q.listInfoPageLinks('en').some((l) => l.slug === 'jobs-at-meridian'));
  });

  it('refuses bad input with a message per field, keeps what was typed and writes nothing', () => {
    const before = count('info_pages');
    const audits = count('audit_log');
    const typed = valid({ title: '', slug: 'Bad Slug', position: 'first', body: '' });
    const state = create(typed);
    assert.equal(state.status, 'invalid');
    const errors = fieldErrors(state);
    assert.match(errors.title, /title/);
    assert.match(errors.slug, /lower-case/);
    assert.match(errors.position, /whole number/);
    assert.deepEqual((state as { values: Record<string, string> }).values, typed);
    const empty = create(valid({ slug: 'empty-body', body: '   ' }));
    assert.match(fieldErrors(empty).body, /empty/);
    // HTML is not refused (its tags go, its text stays), but a body of a script alone has no text left.
    const html = create(valid({ slug: 'with-html', body: '<script>alert(1)</script>' }));
    assert.match(fieldErrors(html).body, /no text once its HTML tags are removed/);
    const picture = create(valid({ slug: 'with-picture', body: 'Text.\n\n![A view](media:1 "Caption")' }));
    assert.match(fieldErrors(picture).body, /text only/);
    assert.equal(count('info_pages'), before);
    assert.equal(count('audit_log'), audits);
    assert.equal(expired, 0);
  });

  it('refuses a slug another page has, and the slugs kept for the site', () => {
    const taken = create(valid({ title: 'About again', slug: 'about' }));
    assert.equal(fieldErrors(taken).slug, 'Another page has that slug.');
    for (const slug of ['index', 'new', 'rss']) {
      const state = create(valid({ slug }));
      assert.match(fieldErrors(state).slug, /kept for the site/, slug);
    }
    assert.equal(q.getInfoPage('en', 'new'), null);
  });

  it('is refused to a role without pages.manage', () => {
    const before = count('info_pages');
    for (const who of [staff.contributor, staff.author]) {
      const state = create(valid({ slug: 'by-a-contributor' }), who);
      assert.equal(state.status, 'invalid');
      assert.equal((state as { message: string }).message, pages.FORBIDDEN_MESSAGE);
    }
    assert.equal(count('info_pages'), before);
    assert.equal(expired, 0);
  });
});

describe('updating a page', () => {
  it('saves the change with an audit entry naming the old slug, and expires the pages', () => {
    const page = q.getInfoPage('en', 'corrections')!;
    const values = { ...pages.pageFormValues(page), slug: 'corrections-policy' };
    values.body += '\n\nWe also correct captions.';
    const state = update(page.id, values, staff.admin);
    assert.equal(state.status, 'done', JSON.stringify(state));
    const saved = q.getInfoPageById(page.id)!;
    assert.equal(saved.slug, 'corrections-policy');
    assert.match(pages.pageFormValues(saved).body, /We also correct captions\.\s*$/);
    assert.ok(Date.parse(saved.updatedAt) >= Date.parse(page.updatedAt));
    assert.equal(expired, 1);
    const audit = lastAudit();
    assert.equal(audit.action, 'page.update');
    assert.equal(audit.actor_id, staff.admin.id);
    assert.equal(audit.details.previousSlug, 'corrections');
    assert.equal(q.getInfoPage('en', 'corrections'), null);
  });

  it('refuses another page’s slug and an unknown page, writing nothing', () => {
    const page = q.getInfoPage('en', 'contact')!;
    const taken = update(page.id, { ...pages.pageFormValues(page), slug: 'about' });
    assert.equal(fieldErrors(taken).slug, 'Another page has that slug.');
    assert.equal(q.getInfoPageById(page.id)!.slug, 'contact');
    const gone = update(999_999, { ...pages.pageFormValues(page), slug: 'nowhere' });
    assert.equal(gone.status, 'invalid');
    assert.match((gone as { message: string }).message, /does not exist/);
    const forbidden = update(page.id, { ...pages.pageFormValues(page), title: 'Hacked' }, staff.contributor);
    assert.equal((forbidden as { message: string }).message, pages.FORBIDDEN_MESSAGE);
    assert.equal(q.getInfoPageById(page.id)!.title, page.title);
    assert.equal(expired, 0);
  });

  it('keeps a page out of the footer with position −1', () => {
    const page = q.getInfoPage('en', 'editorial-standards')!;
    assert.equal(update(page.id, { ...pages.pageFormValues(page), position: '-1' }).status, 'done');
    assert.ok(!q.listInfoPageLinks('en').some((l) => l.slug === 'editorial-standards'));
    assert.ok(q.getInfoPage('en', 'editorial-standards'));
    assert.equal(update(page.id, { ...pages.pageFormValues(page), position: '-2' }).status, 'invalid');
  });
});

describe('deleting a page', () => {
  it('needs the confirmation and the permission, then deletes with an audit entry', () => {
    const page = q.getInfoPage('en', 'contact')!;
    assert.deepEqual(remove({ id: String(page.id) }), { ok: false, code: 'confirm' });
    assert.deepEqual(remove({ id: String(page.id), confirm: 'yes' }, staff.author), { ok: false, code: 'forbidden' });
    assert.ok(q.getInfoPage('en', 'contact'));
    assert.equal(expired, 0);
    assert.deepEqual(remove({ id: String(page.id), confirm: 'yes' }), { ok: true, code: 'deleted' });
    assert.equal(q.getInfoPage('en', 'contact'), null);
    assert.equal(expired, 1);
    const audit = lastAudit();
    assert.equal(audit.action, 'page.delete');
    assert.equal(audit.details.slug, 'contact');
    assert.deepEqual(remove({ id: String(page.id), confirm: 'yes' }), { ok: false, code: 'not-found' });
  });
});

import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import type { FormState, Outcome } from '@/lib/newsroom/forms';
import type { ReaderChange } from '@/lib/newsroom/taxonomy';
import { editions } from '@/lib/editions';
import { RESERVED_PATHS, SHARED_PATHS } from '@/lib/reserved-paths';

let t: TestDb;
let tx: typeof import('@/lib/newsroom/taxonomy');
let q: typeof import('@/db/queries/taxonomy');
let articlesQ: typeof import('@/db/queries/articles');
const staff = {} as Record<'author' | 'editor' | 'admin', StaffUser>;
const IP = '192.0.2.7';

/** Records what each change asked to expire (Next's revalidate functions need a request). */
let expired: ReaderChange[] = [];
const record = (change: ReaderChange) => {
  expired.push(change);
};

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

/** A form sent to one of the kind's handlers, by the editor unless someone else is named. */
function send<R>(
  handler: (who: StaffUser, sent: FormData, ip: string, onChange: typeof record) => R,
  values: Record<string, string>,
  who: StaffUser = staff.editor,
): R {
  return handler(who, form(values), IP, record);
}

function count(table: 'sections' | 'tags' | 'authors' | 'audit_log' | 'article_tags' | 'shows'): number {
  return (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function lastAudit(): {
  action: string;
  actor_id: number | null;
  subject_type: string;
  subject_id: string;
  ip: string;
  details: Record<string, unknown> | null;
} {
  const row = t.db.$client
    .prepare('SELECT action, actor_id, subject_type, subject_id, ip, details FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as {
    action: string;
    actor_id: number | null;
    subject_type: string;
    subject_id: string;
    ip: string;
    details: string | null;
  };
  return { ...row, details: row.details ? JSON.parse(row.details) : null };
}

const fieldErrors = (s: FormState) => (s.status === 'invalid' ? s.fieldErrors : {});
const tagIdsOf = (articleId: number) =>
  (
    t.db.$client.prepare('SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY tag_id').all(articleId) as {
      tag_id: number;
    }[]
  ).map((r) => r.tag_id);

before(async () => {
  t = await createTestDb('newsroom-taxonomy-');
  tx = await import('@/lib/newsroom/taxonomy');
  q = await import('@/db/queries/taxonomy');
  articlesQ = await import('@/db/queries/articles');
  const { createStaffUser } = await import('@/db/queries/staff');
  for (const role of ['author', 'editor', 'admin'] as const) {
    staff[role] = createStaffUser({
      email: `${role}@example.test`,
      name: role,
      passwordHash: 'x',
      role,
      editions: ['en', 'ru', 'ar'],
    });
  }
});
after(() => t.cleanup());
beforeEach(() => {
  expired = [];
});

describe('reserved section slugs', () => {
  // app/[edition] holds the reader routes of every edition (`/tags/…`, `/ru/tags/…`); the other
  // top-level names of app/ and public/ belong to no edition (lib/reserved-paths.ts SHARED_PATHS).
  const root = process.cwd();
  /** A folder's route names: a route group or a parallel slot is looked into, private folders are not routes. */
  const routeNames = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      if (!e.isDirectory() || e.name.startsWith('_') || e.name.startsWith('@') || e.name.startsWith('[')) return [];
      if (e.name.startsWith('(')) return routeNames(path.join(dir, e.name));
      return [decodeURIComponent(e.name)];
    });
  /** The address a metadata file at the top of app/ answers at (robots.ts: /robots.txt), or null. */
  const metadataName = (file: string): string | null => {
    if (/^(favicon|icon|apple-icon)\.\w+$/.test(file)) return file;
    if (/^robots\.(ts|txt)$/.test(file)) return 'robots.txt';
    if (/^sitemap\.(ts|xml)$/.test(file)) return 'sitemap.xml';
    if (/^manifest\.\w+$/.test(file)) return 'manifest.webmanifest';
    return null;
  };
  /** Files at the top of app/ that answer no address of their own. */
  const NOT_ROUTES = new Set([
    'fonts.ts',
    'document.ts',
    'layout.tsx',
    'not-found.tsx',
    'global-not-found.tsx',
    'global-error.tsx',
    'globals.css',
  ]);

  it('cover every name an edition answers itself (app/[edition]/, its (site) and (account) groups)', () => {
    const names = routeNames('app/[edition]');
    for (const needed of ['tags', 'authors', '_list', 'search', 'signin', '_reader', '_signed-in', 'rss.xml'])
      assert.ok(names.includes(needed), `${needed} in ${names.join(' ')}`);
    const missing = names.filter((n) => !(RESERVED_PATHS as readonly string[]).includes(n));
    assert.deepEqual(missing, [], `add these to RESERVED_PATHS in lib/reserved-paths.ts: ${missing.join(', ')}`);
  });

  it('list in SHARED_PATHS every top-level name of app/ and public/ outside the editions', () => {
    const shared = new Set<string>(SHARED_PATHS);
    const names = routeNames('app');
    const unknown: string[] = [];
    for (const e of fs.readdirSync(path.join(root, 'app'), { withFileTypes: true })) {
      if (e.isDirectory() || NOT_ROUTES.has(e.name)) continue;
      const name = metadataName(e.name);
      if (name) names.push(name);
      else unknown.push(e.name);
    }
    // A new file at the top of app/ is either a metadata route (an address) or named above.
    assert.deepEqual(unknown, [], 'a file at the top of app/ this test does not know');
    names.push(...fs.readdirSync(path.join(root, 'public')));
    for (const needed of ['admin', 'api', 'media', 'robots.txt', 'sitemap.xml', 'logo.png'])
      assert.ok(names.includes(needed), `${needed} in ${names.join(' ')}`);
    const missing = names.filter((n) => !shared.has(n));
    assert.deepEqual(missing, [], `add these to SHARED_PATHS in lib/reserved-paths.ts: ${missing.join(', ')}`);
  });

  it('keep a section off every shared name and every edition code', () => {
    // `/{slug}` of the default edition would be shadowed by a shared route or read as an edition prefix.
    const slugLike = [...SHARED_PATHS, ...editions.codes].filter((n) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(n));
    assert.ok(slugLike.includes('admin') && slugLike.includes('ru'), slugLike.join(' '));
    const open = slugLike.filter((n) => !tx.RESERVED_SECTION_SLUGS.has(n));
    assert.deepEqual(open, [], `add these to RESERVED_PATHS in lib/reserved-paths.ts: ${open.join(', ')}`);
  });

  it('are refused, whether typed or made from the name, and nothing is written', () => {
    const sections = count('sections');
    const audit = count('audit_log');
    for (const values of [
      { name: 'Admin pages', slug: 'admin' },
      { name: 'Search', slug: '' },
      { name: 'Tags', slug: '' },
      { name: 'Media', slug: 'media' },
      { name: 'Feeds', slug: 'rss' },
    ]) {
      const state = send(tx.createSectionFromForm, { ...values, description: '' });
      assert.equal(state.status, 'invalid', JSON.stringify(values));
      assert.match(fieldErrors(state).slug ?? '', /site’s own addresses/, JSON.stringify(values));
    }
    assert.equal(count('sections'), sections);
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
  });
});

describe('sections', () => {
  it('an editor creates a section: slug from the name, last in the navigation, audited, navigation expired', () => {
    const first = t.insertSection({ slug: 'world', name: 'World', position: 0 });
    const state = send(tx.createSectionFromForm, {
      name: 'Climate & Energy',
      slug: '',
      description: 'Heat, power, weather.',
    });
    assert.equal(state.status, 'done');
    const id = (state as { id: number }).id;
    const row = q.getSectionRow(id)!;
    assert.equal(row.slug, 'climate-and-energy');
    assert.equal(row.description, 'Heat, power, weather.');
    assert.ok(row.position > q.getSectionRow(first)!.position);
    assert.deepEqual(articlesQ.listSections('en').at(-1)?.slug, 'climate-and-energy');
    const audit = lastAudit();
    assert.equal(audit.action, 'section.create');
    assert.equal(audit.actor_id, staff.editor.id);
    assert.equal(audit.subject_type, 'section');
    assert.equal(audit.subject_id, String(id));
    assert.equal(audit.ip, IP);
    assert.deepEqual(expired, [{ sections: true, sectionSlugs: ['climate-and-energy'] }]);
  });

  it('invalid input re-renders with field messages and the typed values, and writes nothing', () => {
    t.insertSection({ slug: 'taken', name: 'Taken' });
    const sections = count('sections');
    const audit = count('audit_log');
    const cases: [Record<string, string>, string][] = [
      [{ name: '', slug: '', description: '' }, 'name'],
      [{ name: 'Fine', slug: 'Not A Slug', description: '' }, 'slug'],
      [{ name: 'Fine', slug: 'double--hyphen', description: '' }, 'slug'],
      [{ name: 'Fine', slug: '-edge', description: '' }, 'slug'],
      [{ name: 'Fine', slug: 'taken', description: '' }, 'slug'],
      [{ name: '!!!', slug: '', description: '' }, 'slug'],
      [{ name: 'x'.repeat(61), slug: '', description: '' }, 'name'],
      [{ name: 'Fine', slug: '', description: 'd'.repeat(301) }, 'description'],
    ];
    for (const [values, field] of cases) {
      const state = send(tx.createSectionFromForm, values);
      assert.equal(state.status, 'invalid', JSON.stringify(values));
      assert.ok(fieldErrors(state)[field], `${JSON.stringify(values)} → ${JSON.stringify(fieldErrors(state))}`);
      assert.deepEqual((state as { values: Record<string, string> }).values, values);
    }
    assert.equal(count('sections'), sections);
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
  });

  it('an author may not create, edit, move or delete sections', () => {
    const id = t.insertSection({ slug: 'author-proof', name: 'Author proof' });
    const sections = count('sections');
    const audit = count('audit_log');
    assert.equal(
      send(tx.createSectionFromForm, { name: 'Nope', slug: '', description: '' }, staff.author).status,
      'invalid',
    );
    const edit = send(
      tx.updateSectionFromForm,
      { id: String(id), name: 'Renamed', slug: 'renamed', description: '' },
      staff.author,
    );
    assert.equal(edit.status, 'invalid');
    assert.deepEqual(send(tx.moveSectionFromForm, { id: String(id), direction: 'up' }, staff.author), {
      ok: false,
      code: 'forbidden',
    });
    assert.deepEqual(send(tx.deleteSectionFromForm, { id: String(id), confirm: 'yes' }, staff.author), {
      ok: false,
      code: 'forbidden',
    });
    assert.equal(q.getSectionRow(id)?.name, 'Author proof');
    assert.equal(count('sections'), sections);
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
  });

  it('a new slug moves every article of the section to new URLs, found by id; everything is expired', () => {
    const id = t.insertSection({ slug: 'old-name', name: 'Old name' });
    const article = t.insertArticle({ sectionId: id, title: 'Moved story' });
    const state = send(tx.updateSectionFromForm, {
      id: String(id),
      name: 'New name',
      slug: 'new-name',
      description: 'x',
    });
    assert.equal(state.status, 'done');
    // The article route reads the article by id whatever the section segment, then 308s to this.
    assert.equal(articlesQ.getPublishedArticle(article)?.section.slug, 'new-name');
    assert.equal(articlesQ.getArticleRouting(article)?.sectionSlug, 'new-name');
    assert.equal(articlesQ.getSectionBySlug('en', 'old-name'), null);
    assert.deepEqual(expired, [{ sections: true, everything: true, sectionSlugs: ['old-name', 'new-name'] }]);
    const audit = lastAudit();
    assert.equal(audit.action, 'section.update');
    assert.deepEqual(audit.details, {
      before: { name: 'Old name', slug: 'old-name', description: '' },
      after: { name: 'New name', slug: 'new-name', description: 'x' },
    });

    expired = [];
    assert.equal(
      send(tx.updateSectionFromForm, { id: String(id), name: 'New name', slug: 'new-name', description: 'only this' })
        .status,
      'done',
    );
    assert.deepEqual(
      expired,
      [{ sections: true, everything: false, sectionSlugs: ['new-name'] }],
      'a description alone is not a rename',
    );

    const reserved = send(tx.updateSectionFromForm, { id: String(id), name: 'New name', slug: 'api', description: '' });
    assert.ok(fieldErrors(reserved).slug);
    const missing = send(tx.updateSectionFromForm, { id: '99999', name: 'Ghost', slug: 'ghost', description: '' });
    assert.equal(missing.status, 'invalid');
    assert.equal(q.getSectionRow(id)?.slug, 'new-name');
  });

  it('moves up and down without JavaScript-only state, renumbering positions', () => {
    for (const s of q.listSectionsWithCounts())
      t.db.$client.prepare('DELETE FROM articles WHERE section_id = ?').run(s.id);
    t.db.$client.prepare('DELETE FROM sections').run();
    const a = t.insertSection({ slug: 'a', position: 5 });
    const b = t.insertSection({ slug: 'b', position: 5 });
    const c = t.insertSection({ slug: 'c', position: 9 });
    const order = () =>
      q
        .listSectionsWithCounts()
        .map((s) => s.slug)
        .join(',');
    assert.equal(order(), 'a,b,c');
    assert.deepEqual(send(tx.moveSectionFromForm, { id: String(c), direction: 'up' }), {
      ok: true,
      code: 'moved',
    });
    assert.equal(order(), 'a,c,b');
    assert.deepEqual(
      q.listSectionsWithCounts().map((s) => s.position),
      [0, 1, 2],
    );
    send(tx.moveSectionFromForm, { id: String(a), direction: 'down' });
    assert.equal(order(), 'c,a,b');
    assert.equal(lastAudit().action, 'section.move');
    assert.deepEqual(expired, [{ sections: true }, { sections: true }]);
    expired = [];
    // The first cannot go up, the last cannot go down: nothing changes, nothing is expired.
    assert.deepEqual(send(tx.moveSectionFromForm, { id: String(c), direction: 'up' }), {
      ok: true,
      code: 'moved',
    });
    send(tx.moveSectionFromForm, { id: String(b), direction: 'down' });
    assert.equal(order(), 'c,a,b');
    assert.deepEqual(expired, []);
    assert.deepEqual(send(tx.moveSectionFromForm, { id: String(b), direction: 'sideways' }), {
      ok: false,
      code: 'not-found',
    });
  });

  it('moves a section among its own edition only: another edition between two is not a neighbour', () => {
    for (const s of q.listSectionsWithCounts())
      t.db.$client.prepare('DELETE FROM articles WHERE section_id = ?').run(s.id);
    t.db.$client.prepare('DELETE FROM sections').run();
    t.insertSection({ slug: 'x', position: 0 });
    const y = t.insertSection({ slug: 'y', position: 1, edition: 'ru' });
    const z = t.insertSection({ slug: 'z', position: 2 });
    send(tx.moveSectionFromForm, { id: String(z), direction: 'up' });
    const english = q.listSectionsWithCounts().filter((s) => s.edition === 'en');
    assert.deepEqual(
      english.map((s) => s.slug),
      ['z', 'x'],
    );
    const russian = t.db.$client.prepare('SELECT position FROM sections WHERE id = ?').get(y) as { position: number };
    assert.equal(russian.position, 1);
  });

  it('deletes only a section without articles (drafts and the trash count), after confirmation', () => {
    const busy = t.insertSection({ slug: 'busy' });
    t.insertArticle({ sectionId: busy, title: 'In the trash', status: 'trashed', publishedAt: null });
    const audit = count('audit_log');
    assert.deepEqual(send(tx.deleteSectionFromForm, { id: String(busy), confirm: 'yes' }), {
      ok: false,
      code: 'in-use',
    });
    assert.ok(q.getSectionRow(busy));
    const empty = t.insertSection({ slug: 'empty' });
    assert.deepEqual(send(tx.deleteSectionFromForm, { id: String(empty) }), {
      ok: false,
      code: 'confirm',
    });
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
    assert.deepEqual(send(tx.deleteSectionFromForm, { id: String(empty), confirm: 'yes' }), {
      ok: true,
      code: 'deleted',
    });
    assert.equal(q.getSectionRow(empty), null);
    assert.equal(lastAudit().action, 'section.delete');
    assert.deepEqual(expired, [{ sections: true, sectionSlugs: ['empty'] }]);
    assert.deepEqual(send(tx.deleteSectionFromForm, { id: String(empty), confirm: 'yes' }), {
      ok: false,
      code: 'not-found',
    });
  });
});

describe('tags', () => {
  let section = 0;
  before(() => {
    section = t.insertSection({ slug: 'tags-home' });
  });

  it('creates, lists with counts, filters and pages', () => {
    const state = send(tx.createTagFromForm, { name: 'Élections 2026', slug: '', description: '' });
    assert.equal(state.status, 'done');
    const tag = q.getTagRow((state as { id: number }).id)!;
    assert.equal(tag.slug, 'elections-2026');
    assert.equal(lastAudit().action, 'tag.create');
    assert.deepEqual(expired, [{ tagSlugs: ['elections-2026'] }]);
    const dup = send(tx.createTagFromForm, { name: 'Elections 2026', slug: '', description: '' });
    assert.equal(fieldErrors(dup).slug, 'Another tag has that slug.');

    for (let i = 0; i < 25; i++)
      t.insertTag({ slug: `bulk-${String(i).padStart(2, '0')}`, name: `Bulk ${String(i).padStart(2, '0')}` });
    const used = t.insertTag({ slug: 'bulk-used', name: 'Bulk used' });
    t.insertArticle({ sectionId: section, title: 'Tagged once', tagIds: [used] });
    t.insertArticle({ sectionId: section, title: 'Tagged twice', tagIds: [used], status: 'draft', publishedAt: null });
    const page1 = q.listTagsWithCounts({ q: 'bulk', page: 1, perPage: 10 });
    assert.equal(page1.total, 26);
    assert.equal(page1.items.length, 10);
    assert.equal(page1.items[0].name, 'Bulk 00');
    const page3 = q.listTagsWithCounts({ q: 'bulk', page: 3, perPage: 10 });
    assert.equal(page3.items.length, 6);
    assert.equal(page3.items.find((x) => x.slug === 'bulk-used')?.articleCount, 2);
    // LIKE wildcards in the filter are taken literally.
    assert.equal(q.listTagsWithCounts({ q: '%', page: 1, perPage: 10 }).total, 0);
    assert.equal(q.listTagsWithCounts({ q: 'bulk_0', page: 1, perPage: 10 }).total, 0);
  });

  it('a rename expires everything; a description alone only the tag', () => {
    const id = t.insertTag({ slug: 'oil', name: 'Oil' });
    assert.equal(
      send(tx.updateTagFromForm, { id: String(id), name: 'Oil & gas', slug: 'oil-and-gas', description: '' }).status,
      'done',
    );
    assert.deepEqual(expired, [{ everything: true, tagSlugs: ['oil', 'oil-and-gas'] }]);
    expired = [];
    assert.equal(
      send(tx.updateTagFromForm, { id: String(id), name: 'Oil & gas', slug: 'oil-and-gas', description: 'Energy.' })
        .status,
      'done',
    );
    assert.deepEqual(expired, [{ everything: false, tagSlugs: ['oil-and-gas'] }]);
    assert.equal(lastAudit().action, 'tag.update');
    const other = t.insertTag({ slug: 'gas', name: 'Gas' });
    const clash = send(tx.updateTagFromForm, { id: String(other), name: 'Gas', slug: 'oil-and-gas', description: '' });
    assert.equal(fieldErrors(clash).slug, 'Another tag has that slug.');
    assert.equal(q.getTagRow(other)?.slug, 'gas');
  });

  it('merges one tag into another: articles move, no duplicate links, the source is gone', () => {
    const source = t.insertTag({ slug: 'climate-change', name: 'Climate change' });
    const target = t.insertTag({ slug: 'climate', name: 'Climate' });
    const other = t.insertTag({ slug: 'weather', name: 'Weather' });
    const onlySource = t.insertArticle({ sectionId: section, title: 'Only source', tagIds: [other, source] });
    const both = t.insertArticle({ sectionId: section, title: 'Both', tagIds: [source, target] });
    const onlyTarget = t.insertArticle({ sectionId: section, title: 'Only target', tagIds: [target] });
    const links = count('article_tags');
    const state = send(tx.mergeTagFromForm, { id: String(source), into: 'climate', confirm: 'yes' });
    assert.equal(state.status, 'done', JSON.stringify(state));
    assert.equal((state as { id: number }).id, target);
    assert.equal(q.getTagRow(source), null);
    assert.deepEqual(
      tagIdsOf(onlySource),
      [other, target].sort((a, b) => a - b),
    );
    assert.deepEqual(tagIdsOf(both), [target]);
    assert.deepEqual(tagIdsOf(onlyTarget), [target]);
    assert.equal(count('article_tags'), links - 1, 'the article with both tags keeps one link');
    assert.equal(q.getTagRow(target)?.articleCount, 3);
    // The tag keeps its place in the first article's list.
    assert.deepEqual(
      articlesQ.tagsOfArticle(onlySource).map((x) => x.slug),
      ['weather', 'climate'],
    );
    const audit = lastAudit();
    assert.equal(audit.action, 'tag.merge');
    assert.equal(audit.subject_id, String(target));
    assert.equal((audit.details as { moved: number }).moved, 1);
    assert.deepEqual(expired, [{ everything: true, tagSlugs: ['climate-change', 'climate'] }]);
  });

  it('refuses a merge into itself, into nothing, or unconfirmed — and changes nothing', () => {
    const source = t.insertTag({ slug: 'refugees', name: 'Refugees' });
    const target = t.insertTag({ slug: 'migration', name: 'Migration' });
    t.insertArticle({ sectionId: section, title: 'Camp', tagIds: [source] });
    const links = count('article_tags');
    const audit = count('audit_log');
    const cases: [Record<string, string>, string][] = [
      [{ into: 'refugees', confirm: 'yes' }, 'into'],
      [{ into: 'no-such-tag', confirm: 'yes' }, 'into'],
      [{ into: '', confirm: 'yes' }, 'into'],
      [{ into: 'migration' }, 'confirm'],
    ];
    for (const [values, field] of cases) {
      const state = send(tx.mergeTagFromForm, { id: String(source), ...values });
      assert.equal(state.status, 'invalid', JSON.stringify(values));
      assert.ok(fieldErrors(state)[field], `${JSON.stringify(values)} → ${JSON.stringify(fieldErrors(state))}`);
    }
    assert.equal(
      send(tx.mergeTagFromForm, { id: String(source), into: 'migration', confirm: 'yes' }, staff.author).status,
      'invalid',
    );
    assert.ok(q.getTagRow(source));
    assert.equal(q.getTagRow(target)?.articleCount, 0);
    assert.equal(count('article_tags'), links);
    assert.equal(count('audit_log'), audit);
    assert.deepEqual(expired, []);
    // The name works as well as the slug.
    assert.equal(send(tx.mergeTagFromForm, { id: String(source), into: 'Migration', confirm: 'yes' }).status, 'done');
  });

  it('deleting a tag removes it from its articles, which stay', () => {
    const tag = t.insertTag({ slug: 'doomed', name: 'Doomed' });
    const article = t.insertArticle({ sectionId: section, title: 'Keeps going', tagIds: [tag] });
    const outcome: Outcome = send(tx.deleteTagFromForm, { id: String(tag), confirm: 'yes' });
    assert.deepEqual(outcome, { ok: true, code: 'deleted' });
    assert.equal(q.getTagRow(tag), null);
    assert.deepEqual(tagIdsOf(article), []);
    assert.ok(articlesQ.getPublishedArticle(article));
    assert.equal(lastAudit().action, 'tag.delete');
    assert.deepEqual(expired, [{ everything: true, tagSlugs: ['doomed'] }]);
  });
});

describe('tag aliases', () => {
  let section = 0;
  let ruSection = 0;
  let nr: typeof import('@/lib/newsroom/articles');
  before(async () => {
    nr = await import('@/lib/newsroom/articles');
    section = t.insertSection({ slug: 'aliases-home' });
    ruSection = t.insertSection({ slug: 'psevdonimy', name: 'Псевдонимы', edition: 'ru' });
  });

  const rename = (id: number, name: string, slug: string) =>
    send(tx.updateTagFromForm, { id: String(id), name, slug, description: '' });
  const aliasesOf = (id: number) => q.listTagAliases(id).map((a) => `${a.slug}:${a.name}`);
  let stories = 0;
  /** A draft saved from the editor with the Tags field typed so; its tags' ids in order. */
  const typed = (tagsField: string, sectionId = section) => {
    const state = nr.saveFromEditor(
      staff.editor,
      null,
      form({
        title: `Tagged story ${++stories}`,
        slug: '',
        sectionId: String(sectionId),
        lede: '',
        body: 'Text.',
        tags: tagsField,
        heroMediaId: '',
      }),
      IP,
    );
    assert.equal(state.status, 'saved', JSON.stringify(state));
    return articlesQ.tagsOfArticle((state as { id: number }).id).map((x) => x.id);
  };

  it('a new slug keeps the old slug and name as an alias that resolves to the tag', () => {
    const id = t.insertTag({ slug: 'petrol', name: 'Petrol' });
    assert.equal(rename(id, 'Oil products', 'oil-products').status, 'done');
    assert.deepEqual(aliasesOf(id), ['petrol:Petrol']);
    assert.deepEqual(q.resolveTagSlug('en', 'petrol'), {
      id,
      edition: 'en',
      slug: 'oil-products',
      name: 'Oil products',
    });
    assert.equal(q.resolveTagSlug('en', 'oil-products')?.id, id, 'its own slug');
    assert.equal(q.resolveTagSlug('en', 'no-such-tag'), null);
    assert.equal(q.resolveTagSlug('ru', 'petrol'), null, 'an alias is of its own edition');
    // Renamed again: every old slug leads to it.
    assert.equal(rename(id, 'Fuels', 'fuels').status, 'done');
    assert.deepEqual(aliasesOf(id).sort(), ['oil-products:Oil products', 'petrol:Petrol']);
    assert.equal(q.resolveTagSlug('en', 'petrol')?.slug, 'fuels');
    // A new name alone (the slug kept) makes no alias; back to an old slug takes it from the aliases.
    assert.equal(rename(id, 'Fuel', 'fuels').status, 'done');
    assert.equal(rename(id, 'Petrol', 'petrol').status, 'done');
    assert.deepEqual(aliasesOf(id).sort(), ['fuels:Fuel', 'oil-products:Oil products']);
    assert.equal(q.resolveTagSlug('en', 'fuels')?.slug, 'petrol');
  });

  it('the editor typing an old name or slug gets the renamed tag, not the old one back', () => {
    const id = t.insertTag({ slug: 'drought', name: 'Drought' });
    assert.equal(rename(id, 'Water scarcity', 'dry-spells').status, 'done');
    const tags = count('tags');
    assert.deepEqual(typed('Drought'), [id], 'the old name');
    assert.deepEqual(typed('drought'), [id], 'the old slug');
    assert.deepEqual(typed('DROUGHT'), [id], 'any case');
    // The editor shows the tag's name; saved again, it is the same tag (its slug is not the name's).
    assert.deepEqual(typed('Water scarcity'), [id], 'the new name');
    assert.deepEqual(typed('dry-spells'), [id], 'the new slug');
    assert.deepEqual(typed('Drought, Water scarcity'), [id], 'one tag typed twice is one link');
    assert.equal(count('tags'), tags, 'no tag was made');
    const [again, fresh] = typed('drought, Sea level');
    assert.equal(again, id);
    assert.equal(q.getTagRow(fresh)?.slug, 'sea-level', 'an unknown name is a new tag');
    // Another edition's same name is that edition's own tag.
    const [ru] = typed('Drought', ruSection);
    assert.notEqual(ru, id);
    assert.equal(q.getTagRow(ru)?.edition, 'ru');
  });

  it('a merge gives the target the merged tag’s slug, name and aliases', () => {
    const source = t.insertTag({ slug: 'gales', name: 'Gales' });
    assert.equal(rename(source, 'Storms', 'storms').status, 'done');
    const target = t.insertTag({ slug: 'severe-weather', name: 'Severe weather' });
    const article = t.insertArticle({ sectionId: section, title: 'Blown away', tagIds: [source] });
    const state = send(tx.mergeTagFromForm, { id: String(source), into: 'severe-weather', confirm: 'yes' });
    assert.equal(state.status, 'done', JSON.stringify(state));
    assert.deepEqual(aliasesOf(target).sort(), ['gales:Gales', 'storms:Storms']);
    assert.equal(q.resolveTagSlug('en', 'storms')?.slug, 'severe-weather');
    assert.equal(q.resolveTagSlug('en', 'gales')?.slug, 'severe-weather');
    assert.deepEqual(tagIdsOf(article), [target]);
    assert.deepEqual((lastAudit().details as { aliases: string[] }).aliases.sort(), ['gales', 'storms']);
    assert.deepEqual(typed('Storms'), [target]);
    assert.deepEqual(typed('Gales'), [target]);
    // A merge may name the tag to keep by a former slug too.
    const other = t.insertTag({ slug: 'hail', name: 'Hail' });
    assert.equal(send(tx.mergeTagFromForm, { id: String(other), into: 'Gales', confirm: 'yes' }).status, 'done');
    assert.deepEqual(aliasesOf(target).sort(), ['gales:Gales', 'hail:Hail', 'storms:Storms']);
    // Tags of two editions are not merged (the form only finds its own edition's).
    const ru = t.insertTag({ slug: 'grad', name: 'Град', edition: 'ru' });
    assert.deepEqual(q.mergeTags(ru, target, { actorId: staff.admin.id, ip: IP }), {
      ok: false,
      reason: 'other-edition',
    });
  });

  it('a tag that takes an alias’s slug wins: the alias goes', () => {
    const renamed = t.insertTag({ slug: 'budget', name: 'Budget' });
    assert.equal(rename(renamed, 'Public finances', 'public-finances').status, 'done');
    const created = send(tx.createTagFromForm, { name: 'Budget', slug: '', description: '' });
    assert.equal(created.status, 'done', 'the slug is free for a new tag');
    const budget = (created as { id: number }).id;
    assert.deepEqual(aliasesOf(renamed), []);
    assert.deepEqual(q.resolveTagSlug('en', 'budget'), { id: budget, edition: 'en', slug: 'budget', name: 'Budget' });
    assert.deepEqual(typed('Budget'), [budget]);
    // A rename onto another tag's alias takes it as well.
    const taxes = t.insertTag({ slug: 'taxes', name: 'Taxes' });
    assert.equal(rename(taxes, 'Tax', 'tax').status, 'done');
    const levies = t.insertTag({ slug: 'levies', name: 'Levies' });
    assert.equal(rename(levies, 'Levies', 'taxes').status, 'done');
    assert.deepEqual(aliasesOf(taxes), []);
    assert.equal(q.resolveTagSlug('en', 'taxes')?.id, levies);
    // A deleted tag's aliases go with it.
    assert.equal(send(tx.deleteTagFromForm, { id: String(taxes), confirm: 'yes' }).ok, true);
    assert.equal(q.resolveTagSlug('en', 'tax'), null);
  });
});

describe('people (bylines)', () => {
  it('creates and edits a byline; a rename of someone with articles expires everything', () => {
    const state = send(
      tx.createAuthorFromForm,
      { name: 'Olga Petrova', slug: '', jobTitle: 'Kyiv correspondent', bio: 'Reports.' },
      staff.admin,
    );
    assert.equal(state.status, 'done');
    const id = (state as { id: number }).id;
    assert.equal(q.getAuthorRow(id)?.slug, 'olga-petrova');
    assert.equal(lastAudit().action, 'author.create');
    const section = t.insertSection({ slug: 'people-home' });
    t.insertArticle({ sectionId: section, title: 'Signed', authorIds: [id] });
    expired = [];
    const edit = send(tx.updateAuthorFromForm, {
      id: String(id),
      name: 'Olga Petrova',
      slug: 'olga-petrova',
      jobTitle: 'Europe editor',
      bio: 'Reports.',
    });
    assert.equal(edit.status, 'done');
    assert.deepEqual(expired, [{ everything: true, authorSlugs: ['olga-petrova'] }]);
    assert.equal(lastAudit().action, 'author.update');
    const invalid = send(tx.updateAuthorFromForm, {
      id: String(id),
      name: '',
      slug: 'Bad Slug',
      jobTitle: 'j'.repeat(121),
      bio: '',
    });
    assert.deepEqual(Object.keys(fieldErrors(invalid)).sort(), ['jobTitle', 'name', 'slug']);
    assert.equal(q.getAuthorRow(id)?.jobTitle, 'Europe editor');
  });

  it('deletes only a byline on no article; a linked staff account is unlinked', async () => {
    const section = t.insertSection({ slug: 'bylines-home' });
    const busy = t.insertAuthor({ slug: 'busy-writer', name: 'Busy Writer' });
    t.insertArticle({
      sectionId: section,
      title: 'Draft by busy',
      authorIds: [busy],
      status: 'draft',
      publishedAt: null,
    });
    assert.deepEqual(send(tx.deleteAuthorFromForm, { id: String(busy), confirm: 'yes' }), {
      ok: false,
      code: 'in-use',
    });
    assert.ok(q.getAuthorRow(busy));

    const idle = t.insertAuthor({ slug: 'idle-writer', name: 'Idle Writer' });
    const { createStaffUser, getStaffAccount } = await import('@/db/queries/staff');
    const linked = createStaffUser({
      email: 'idle@example.test',
      name: 'Idle',
      passwordHash: 'x',
      role: 'author',
      editions: ['en'],
      authorId: idle,
    });
    assert.deepEqual(send(tx.deleteAuthorFromForm, { id: String(idle) }), {
      ok: false,
      code: 'confirm',
    });
    assert.deepEqual(send(tx.deleteAuthorFromForm, { id: String(idle), confirm: 'yes' }), {
      ok: true,
      code: 'deleted',
    });
    assert.equal(q.getAuthorRow(idle), null);
    assert.equal(getStaffAccount(linked.id)?.authorId, null);
    assert.equal(lastAudit().action, 'author.delete');
    assert.deepEqual(expired, [{ authorSlugs: ['idle-writer'] }]);
  });
});

describe('shows (programmes, podcasts)', () => {
  const pic = { square: 0, small: 0, wide: 0 };
  let video = 0;
  let section = 0;
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

  before(() => {
    section = t.insertSection({ slug: 'shows-section' });
    pic.square = t.insertMedia({ file: 'square', width: 1400, height: 1400 });
    pic.small = t.insertMedia({ file: 'small', width: 1000, height: 1000 });
    pic.wide = t.insertMedia({ file: 'wide', width: 3000, height: 1500 });
    const storageKey = 'a'.repeat(32);
    video = t.db
      .insert(t.schema.media)
      .values({
        kind: 'video',
        storageKey,
        file: `av-${storageKey}`,
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

  it('an editor creates a show: slug from the name, every field kept, audited, the feeds expired', () => {
    const id = created(
      send(
        tx.createShowFromForm,
        show({ explicit: 'yes', category: 'Society & Culture', artworkMediaId: `${pic.square}` }),
      ),
    );
    assert.deepEqual(q.getShowRow(id), {
      id,
      edition: 'en',
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
    const showCount = count('shows');
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
    assert.equal(count('shows'), showCount);
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
    assert.deepEqual(audit.details?.before, {
      name: 'Before',
      slug: 'before',
      description: 'The day’s news in twenty minutes.',
      host: 'Ana Ortiz',
      category: 'News',
      explicit: false,
      artworkMediaId: null,
    });
    assert.deepEqual(audit.details?.after, {
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

  it('authors may not create, edit or delete shows', () => {
    const id = created(send(tx.createShowFromForm, show({ name: 'Guarded' })));
    const showCount = count('shows');
    const audit = count('audit_log');
    expired = [];
    for (const who of [staff.author]) {
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
    assert.equal(count('shows'), showCount);
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

describe('forms whose session has ended', () => {
  it('keep every typed value except passwords and Next’s own fields', async () => {
    const { sessionEnded, SESSION_ENDED } = await import('@/lib/newsroom/forms');
    const state = sessionEnded(
      form({ id: '4', name: 'Typed name', description: 'Typed text', password: 'secret secret', $ACTION_ID_abc: '' }),
    );
    assert.deepEqual(state, {
      status: 'invalid',
      message: SESSION_ENDED,
      fieldErrors: {},
      values: { id: '4', name: 'Typed name', description: 'Typed text' },
    });
  });
});

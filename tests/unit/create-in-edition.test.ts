/**
 * Creating in any edition (issue 20): the newsroom's create forms (sections, tags, people, shows,
 * site pages, banners) take an Edition; the server checks it (unknown: a field error; no role
 * there: the form's forbidden message; nothing written either way, the typed values kept),
 * writes the item in it and expires that edition's pages only.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';
import type { FormState } from '@/lib/newsroom/forms';
import type { ReaderChange } from '@/lib/cache';

let t: TestDb;
let tx: typeof import('@/lib/newsroom/taxonomy');
let q: typeof import('@/db/queries/taxonomy');
let pages: typeof import('@/lib/newsroom/pages');
let infoQ: typeof import('@/db/queries/info-pages');
let banners: typeof import('@/lib/newsroom/banners');
let bannerQ: typeof import('@/db/queries/banners');
let field: typeof import('@/lib/newsroom/edition-field');
let ruEditor: StaffUser;
let admin: StaffUser;
let enWorld: number;
const IP = '192.0.2.44';

let expired: ReaderChange[] = [];
const record = (change: ReaderChange) => void expired.push(change);
let pagesExpired: string[] = [];
const recordPages = (edition: string) => void pagesExpired.push(edition);
let bannersExpired: string[] = [];
const recordBanners = (edition: string) => void bannersExpired.push(edition);

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

const count = (table: string, where = '1', ...args: unknown[]) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;
const lastAuditDetails = () =>
  JSON.parse(
    t.db.$client.prepare('SELECT details FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string,
  ) as Record<string, unknown>;
const invalidState = (s: FormState) => {
  assert.equal(s.status, 'invalid');
  return s as Extract<FormState, { status: 'invalid' }>;
};

before(async () => {
  t = await createTestDb('create-in-edition-');
  tx = await import('@/lib/newsroom/taxonomy');
  q = await import('@/db/queries/taxonomy');
  pages = await import('@/lib/newsroom/pages');
  infoQ = await import('@/db/queries/info-pages');
  banners = await import('@/lib/newsroom/banners');
  bannerQ = await import('@/db/queries/banners');
  field = await import('@/lib/newsroom/edition-field');
  const { createStaffUser } = await import('@/db/queries/staff');
  ruEditor = createStaffUser({
    email: 'ru-desk@example.test',
    name: 'RU desk',
    passwordHash: 'x',
    role: 'editor',
    editions: ['ru'],
  });
  admin = createStaffUser({
    email: 'chief@example.test',
    name: 'Chief',
    passwordHash: 'x',
    role: 'admin',
    editions: [],
  });
  enWorld = t.insertSection({ slug: 'world', name: 'World' });
  t.insertTag({ slug: 'oil', name: 'Oil' });
});
after(() => t.cleanup());
beforeEach(() => {
  expired = [];
  pagesExpired = [];
  bannersExpired = [];
});

describe('the Edition field', () => {
  it('offers the editions where the person holds the permission, labelled in English', () => {
    assert.deepEqual(field.editionsToCreateIn(ruEditor, 'taxonomy.manage'), ['ru']);
    assert.deepEqual(field.editionsToCreateIn(admin, 'pages.manage'), ['en', 'ru', 'ar']);
    assert.deepEqual(field.editionOptions(['en', 'ru', 'ar']), [
      { value: 'en', label: 'English (EN)' },
      { value: 'ru', label: 'Russian (RU)' },
      { value: 'ar', label: 'Arabic (AR)' },
    ]);
  });

  it('starts on the list’s edition filter when allowed, else the person’s first edition (English for an administrator)', () => {
    assert.equal(field.preselectedEdition(['en', 'ru', 'ar']), 'en');
    assert.equal(field.preselectedEdition(['en', 'ru', 'ar'], 'ar'), 'ar');
    assert.equal(field.preselectedEdition(['ru']), 'ru');
    assert.equal(field.preselectedEdition(['ru'], 'en'), 'ru');
    assert.equal(field.preselectedEdition(['ru'], 'de'), 'ru');
  });
});

describe('sections, tags, people and shows in the chosen edition', () => {
  it('a Russian-desk editor creates a Russian section with the slug of an English one; only Russian pages expire', () => {
    const state = tx.createSectionFromForm(
      ruEditor,
      form({ edition: 'ru', name: 'Мир', slug: 'world', description: 'Новости мира' }),
      IP,
      record,
    );
    assert.equal(state.status, 'done', JSON.stringify(state));
    const row = q.getSectionRow((state as { id: number }).id)!;
    assert.equal(row.edition, 'ru');
    assert.equal(row.slug, 'world');
    assert.equal(q.getSectionRow(enWorld)?.edition, 'en', 'the English one is untouched');
    assert.deepEqual(lastAuditDetails(), { name: 'Мир', slug: 'world', edition: 'ru' });
    assert.deepEqual(expired, [{ edition: 'ru', sections: true, sectionSlugs: ['world'] }]);
    // Unique within the edition still.
    const again = invalidState(
      tx.createSectionFromForm(
        ruEditor,
        form({ edition: 'ru', name: 'Мир 2', slug: 'world', description: '' }),
        IP,
        record,
      ),
    );
    assert.match(again.fieldErrors.slug, /Another section has that slug/);
  });

  it('a Russian tag, person and show; the same slug as an English tag', () => {
    const tag = tx.createTagFromForm(
      ruEditor,
      form({ edition: 'ru', name: 'Нефть', slug: 'oil', description: '' }),
      IP,
      record,
    );
    assert.equal(tag.status, 'done', JSON.stringify(tag));
    assert.equal(q.getTagRow((tag as { id: number }).id)?.edition, 'ru');
    assert.equal(count('tags', "slug = 'oil'"), 2);
    assert.deepEqual(expired, [{ edition: 'ru', tagSlugs: ['oil'] }]);

    const person = tx.createAuthorFromForm(
      ruEditor,
      form({ edition: 'ru', name: 'Ольга Петрова', slug: 'olga-petrova', jobTitle: '', bio: '' }),
      IP,
      record,
    );
    assert.equal(q.getAuthorRow((person as { id: number }).id)?.edition, 'ru');
    const show = tx.createShowFromForm(
      ruEditor,
      form({
        edition: 'ru',
        name: 'Утро',
        slug: 'utro',
        description: '',
        host: '',
        category: 'News',
        artworkMediaId: '',
      }),
      IP,
      record,
    );
    assert.equal(q.getShowRow((show as { id: number }).id)?.edition, 'ru');
    assert.deepEqual(expired.slice(1), [
      { edition: 'ru', authorSlugs: ['olga-petrova'] },
      { edition: 'ru', feeds: true },
    ]);
  });

  it('the Russian desk may not create in English: the form’s message, nothing written', () => {
    const before = { sections: count('sections'), tags: count('tags'), audit: count('audit_log') };
    const values = { edition: 'en', name: 'Sneaky', slug: '', description: 'Kept.' };
    for (const create of [tx.createSectionFromForm, tx.createTagFromForm]) {
      const state = invalidState(create(ruEditor, form(values), IP, record));
      assert.match(state.message, /may not change this edition’s/);
      assert.deepEqual(state.values, values);
    }
    assert.deepEqual({ sections: count('sections'), tags: count('tags'), audit: count('audit_log') }, before);
    assert.deepEqual(expired, []);
  });

  it('an unknown edition is a field error, with every other field’s problem and the values kept', () => {
    const before = { sections: count('sections'), audit: count('audit_log') };
    for (const edition of ['de', '', 'constructor']) {
      const values = { edition, name: '', slug: '', description: 'Kept.' };
      const state = invalidState(tx.createSectionFromForm(admin, form(values), IP, record));
      assert.equal(state.fieldErrors.edition, field.UNKNOWN_EDITION, edition);
      assert.ok(state.fieldErrors.name, 'the name is reported too');
      assert.deepEqual(state.values, values);
    }
    assert.deepEqual({ sections: count('sections'), audit: count('audit_log') }, before);
    assert.deepEqual(expired, []);
  });

  it('a reserved slug names the edition’s own address', () => {
    const state = invalidState(
      tx.createSectionFromForm(
        ruEditor,
        form({ edition: 'ru', name: 'Search', slug: '', description: '' }),
        IP,
        record,
      ),
    );
    assert.match(state.fieldErrors.slug, /\(\/ru\/search\)/);
  });

  it('editing expires the item’s edition, and keeps slugs unique within it', () => {
    const id = t.insertSection({ slug: 'sport-ru', name: 'Спорт', edition: 'ru' });
    const state = tx.updateSectionFromForm(
      ruEditor,
      form({ id: String(id), name: 'Спорт', slug: 'sport', description: '' }),
      IP,
      record,
    );
    assert.equal(state.status, 'done');
    assert.deepEqual(expired, [
      { edition: 'ru', sections: true, everything: true, sectionSlugs: ['sport-ru', 'sport'] },
    ]);
    assert.equal(q.getSectionRow(id)?.edition, 'ru', 'an edit never moves it to another edition');
    // `world` is taken in Russian (above), not by the English section alone.
    const taken = invalidState(
      tx.updateSectionFromForm(ruEditor, form({ id: String(id), name: 'Спорт', slug: 'world', description: '' }), IP),
    );
    assert.match(taken.fieldErrors.slug, /Another section has that slug/);
  });

  it('merging a tag looks for the tag to keep in the same edition', () => {
    const ruOil = q.getTagRowBySlug('ru', 'oil')!;
    const gas = t.insertTag({ slug: 'oil-and-gas', name: 'Нефть и газ', edition: 'ru' });
    const state = tx.mergeTagFromForm(ruEditor, form({ id: String(gas), into: 'oil', confirm: 'yes' }), IP, record);
    assert.equal(state.status, 'done', JSON.stringify(state));
    assert.equal((state as { id: number }).id, ruOil.id);
    assert.equal(q.getTagRowBySlug('en', 'oil')?.edition, 'en', 'the English tag is untouched');
    assert.deepEqual(expired, [{ edition: 'ru', everything: true, tagSlugs: ['oil-and-gas', 'oil'] }]);
  });
});

describe('site pages in the chosen edition', () => {
  const page = (over: Record<string, string> = {}) => ({
    title: 'О нас',
    slug: 'about',
    description: '',
    position: '0',
    body: 'Мы — редакция.',
    ...over,
  });

  it('a Russian page beside an English one with the same slug; only the Russian pages expire', () => {
    const en = pages.createPageFromForm(admin, form(page({ title: 'About' })), IP, recordPages);
    assert.equal(en.status, 'done');
    assert.equal(infoQ.getInfoPageById((en as { id: number }).id)?.edition, 'en', 'no field: the default edition');
    pagesExpired = [];
    const ru = pages.createPageFromForm(ruEditor, form({ edition: 'ru', ...page() }), IP, recordPages);
    assert.equal(ru.status, 'done', JSON.stringify(ru));
    const row = infoQ.getInfoPage('ru', 'about')!;
    assert.equal(row.id, (ru as { id: number }).id);
    assert.equal(row.title, 'О нас');
    assert.deepEqual(lastAuditDetails(), { slug: 'about', title: 'О нас', edition: 'ru' });
    assert.deepEqual(pagesExpired, ['ru']);
    assert.equal(pages.nextPosition('ru'), 1);
    // Saving it expires its own edition too.
    pagesExpired = [];
    const saved = pages.updatePageFromForm(
      ruEditor,
      form({ id: String(row.id), edition: 'en', ...page() }),
      IP,
      recordPages,
    );
    assert.equal(saved.status, 'done');
    assert.equal(infoQ.getInfoPageById(row.id)?.edition, 'ru', 'a sent edition does not move a saved page');
    assert.deepEqual(pagesExpired, ['ru']);
  });

  it('refused in an edition without the role, and for an unknown edition; nothing written', () => {
    const before = { pages: count('info_pages'), audit: count('audit_log') };
    const forbidden = invalidState(
      pages.createPageFromForm(ruEditor, form({ edition: 'en', ...page({ slug: 'jobs' }) }), IP, recordPages),
    );
    assert.match(forbidden.message, /may not edit this edition’s pages/);
    assert.equal(forbidden.values.edition, 'en');
    const unknown = invalidState(
      pages.createPageFromForm(admin, form({ edition: 'xx', ...page({ slug: 'jobs', body: '' }) }), IP, recordPages),
    );
    assert.equal(unknown.fieldErrors.edition, field.UNKNOWN_EDITION);
    assert.ok(unknown.fieldErrors.body, 'the body is reported too');
    assert.equal(unknown.values.title, 'О нас');
    const taken = invalidState(pages.createPageFromForm(ruEditor, form({ edition: 'ru', ...page() }), IP, recordPages));
    assert.match(taken.fieldErrors.slug, /Another page has that slug/);
    assert.deepEqual({ pages: count('info_pages'), audit: count('audit_log') }, before);
    assert.deepEqual(pagesExpired, []);
  });
});

describe('banners in the chosen edition', () => {
  const banner = (over: Record<string, string>) => ({
    label: 'Breaking',
    text: 'Срочно: новости',
    url: '/ru',
    scope: 'site',
    expiresIn: '1h',
    expiresAt: '',
    ...over,
  });

  it('a Russian site-wide banner shows on Russian pages only; a Russian section’s on that section', () => {
    const mir = t.insertSection({ slug: 'mir', name: 'Мир', edition: 'ru' });
    const site = banners.createBannerFromForm(ruEditor, form(banner({ edition: 'ru' })), IP, new Date(), recordBanners);
    assert.equal(site.status, 'done', JSON.stringify(site));
    const ruPages = bannerQ.listLiveBanners('ru', null).map((b) => b.id);
    assert.deepEqual(ruPages, [(site as { id: number }).id]);
    assert.deepEqual(bannerQ.listLiveBanners('en', null), []);
    assert.equal(lastAuditDetails().edition, 'ru');
    const section = banners.createBannerFromForm(
      ruEditor,
      form(banner({ edition: 'ru', scope: String(mir), text: 'Мир: срочно' })),
      IP,
      new Date(),
      recordBanners,
    );
    assert.equal(section.status, 'done', JSON.stringify(section));
    assert.ok(bannerQ.listLiveBanners('ru', 'mir').some((b) => b.id === (section as { id: number }).id));
    assert.deepEqual(bannerQ.listLiveBanners('en', 'world'), []);
    assert.deepEqual(bannersExpired, ['ru', 'ru']);
  });

  it('refuses another edition’s section, an edition without the role and an unknown one; nothing written', () => {
    const before = count('banners');
    const wrongSection = invalidState(
      banners.createBannerFromForm(
        admin,
        form(banner({ edition: 'ru', scope: String(enWorld) })),
        IP,
        new Date(),
        recordBanners,
      ),
    );
    assert.ok(wrongSection.fieldErrors.scope);
    const forbidden = invalidState(
      banners.createBannerFromForm(ruEditor, form(banner({ edition: 'en' })), IP, new Date(), recordBanners),
    );
    assert.equal(forbidden.message, banners.BANNER_FORBIDDEN);
    const unknown = invalidState(
      banners.createBannerFromForm(admin, form(banner({ edition: 'zz', text: '' })), IP, new Date(), recordBanners),
    );
    assert.equal(unknown.fieldErrors.edition, field.UNKNOWN_EDITION);
    assert.ok(unknown.fieldErrors.text, 'the text is reported too');
    assert.equal(unknown.values.edition, 'zz');
    assert.equal(count('banners'), before);
    assert.deepEqual(bannersExpired, []);
  });
});

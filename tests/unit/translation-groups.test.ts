/**
 * Editing a story's translation group in the newsroom (issue 20, "the translation group is
 * visible and editable"): linking an existing story by id or address, unlinking a member or
 * leaving, the refusals that write nothing, the group's renaming when its namesake leaves, the
 * audit entries, and which reader pages expire.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';
import type { StaffUser } from '@/db/queries/staff';

let t: TestDb;
let tr: typeof import('@/lib/newsroom/translations');
let staff: StaffByRole;
let ruEditor: StaffUser;
let sections: { en: number; ru: number; ar: number };
const IP = '192.0.2.21';

let expired: number[][] = [];
const record = (ids: number[]) => void expired.push([...ids].sort((a, b) => a - b));

const story = (edition: keyof typeof sections, title: string, status: 'draft' | 'published' = 'draft') =>
  t.insertArticle({ sectionId: sections[edition], title, status, publishedAt: status === 'draft' ? null : undefined });
const groupOf = (id: number) =>
  (t.db.$client.prepare('SELECT translation_group AS g FROM articles WHERE id = ?').get(id) as { g: number | null }).g;
const setGroup = (group: number | null, ...ids: number[]) =>
  ids.forEach((id) => t.db.$client.prepare('UPDATE articles SET translation_group = ? WHERE id = ?').run(group, id));
/** Every story's group and the audit log's length: what a refusal must leave as it was. */
const state = () => ({
  groups: t.db.$client.prepare('SELECT id, translation_group FROM articles ORDER BY id').all(),
  audit: (t.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
});
const lastAudit = () =>
  t.db.$client
    .prepare('SELECT action, subject_id AS subject, details, actor_id AS actor FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as { action: string; subject: string; details: string; actor: number };

before(async () => {
  t = await createTestDb('translation-groups-');
  tr = await import('@/lib/newsroom/translations');
  staff = await createStaffByRole();
  const { createStaffUser } = await import('@/db/queries/staff');
  ruEditor = createStaffUser({
    email: 'ru-desk@example.test',
    name: 'RU desk',
    passwordHash: 'x',
    role: 'editor',
    editions: ['ru'],
  });
  sections = {
    en: t.insertSection({ slug: 'world', name: 'World' }),
    ru: t.insertSection({ slug: 'mir', name: 'Мир', edition: 'ru' }),
    ar: t.insertSection({ slug: 'alam', name: 'العالم', edition: 'ar' }),
  };
});
after(() => t.cleanup());
beforeEach(() => {
  expired = [];
});

describe('parseStoryReference: an id or a reader address', () => {
  it('reads ids and the id before the first hyphen of an address’s last segment', () => {
    assert.equal(tr.parseStoryReference('123'), 123);
    assert.equal(tr.parseStoryReference(' #123 '), 123);
    assert.equal(tr.parseStoryReference('/ru/mir/123-novosti-dnya'), 123);
    assert.equal(tr.parseStoryReference('/mir/45-'), 45);
    assert.equal(tr.parseStoryReference('https://news.example/ar/alam/678-khabar?utm=x#top'), 678);
    assert.equal(tr.parseStoryReference('https://news.example/world/9-a-b-c/'), 9);
    assert.equal(tr.parseStoryReference('/admin/articles/31'), 31);
  });
  it('refuses anything else', () => {
    for (const raw of ['', 'abc', '0', '0123', '12a', '/ru/mir/', '/ru/mir/abc-12', 'https://news.example/', '-1'])
      assert.equal(tr.parseStoryReference(raw), null, raw);
  });
});

describe('linking an existing story', () => {
  it('by id: two stories without a group start one named by the page’s story, audited', () => {
    const en = story('en', 'Link by id');
    const ru = story('ru', 'Связь по номеру');
    assert.deepEqual(tr.linkTranslation(staff.editor, en, String(ru), IP, record), { ok: true });
    assert.equal(groupOf(en), en);
    assert.equal(groupOf(ru), en);
    const audit = lastAudit();
    assert.equal(audit.action, 'article.translation-linked');
    assert.equal(audit.subject, String(en));
    assert.equal(audit.actor, staff.editor.id);
    assert.deepEqual(JSON.parse(audit.details), {
      article: en,
      edition: 'en',
      linked: ru,
      linkedEdition: 'ru',
      group: en,
    });
    assert.deepEqual(expired, [], 'drafts have no reader pages');
  });

  it('by address: the story joins the page’s group; every published member’s page and the sitemaps expire', () => {
    const en = story('en', 'Link by address', 'published');
    const ru = story('ru', 'Связь по адресу', 'published');
    setGroup(ru, en, ru); // a group named by its Russian original
    const ar = story('ar', 'ربط بالعنوان', 'published');
    const result = tr.linkTranslation(staff.admin, ru, `https://news.example/ar/alam/${ar}-rabt?x=1`, IP, record);
    assert.deepEqual(result, { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru), groupOf(ar)], [ru, ru, ru]);
    assert.deepEqual(expired, [[en, ru, ar].sort((a, b) => a - b)]);
    assert.deepEqual(JSON.parse(lastAudit().details), {
      article: ru,
      edition: 'ru',
      linked: ar,
      linkedEdition: 'ar',
      group: ru,
    });
  });

  it('a story left alone in a stale group of one may be linked (its old number is dropped)', () => {
    const en = story('en', 'Fresh');
    const ru = story('ru', 'Одинокая');
    setGroup(ru, ru);
    assert.deepEqual(tr.linkTranslation(staff.editor, en, String(ru), IP, record), { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru)], [en, en]);
    assert.equal(JSON.parse(lastAudit().details).linkedPreviousGroup, ru);
  });
});

describe('refusals write nothing', () => {
  const refused = (result: ReturnType<typeof tr.linkTranslation>, pattern: RegExp, reason = 'invalid') => {
    assert.equal(result.ok, false);
    const r = result as Extract<typeof result, { ok: false }>;
    assert.equal(r.reason, reason, r.message);
    assert.match(r.message, pattern);
  };

  it('same edition, edition taken, another group, bad input, itself, no such story', () => {
    const en = story('en', 'Refusals source');
    const ruLinked = story('ru', 'Уже переведено');
    setGroup(en, en, ruLinked);
    const enOther = story('en', 'Another English');
    const ruOther = story('ru', 'Другой русский');
    const ruElsewhere = story('ru', 'В другой группе');
    const arElsewhere = story('ar', 'في مجموعة أخرى');
    setGroup(ruElsewhere, ruElsewhere, arElsewhere);
    const before = state();
    refused(tr.linkTranslation(staff.admin, en, String(enOther), IP, record), /English \(EN\) edition too/);
    refused(
      tr.linkTranslation(staff.admin, en, `/ru/mir/${ruOther}-x`, IP, record),
      new RegExp(`already has a Russian \\(RU\\) version: “Уже переведено” \\(#${ruLinked}\\)`),
    );
    refused(
      tr.linkTranslation(staff.admin, en, String(ruElsewhere), IP, record),
      new RegExp(`#${ruElsewhere} is already linked with other translations \\(#${arElsewhere}, Arabic \\(AR\\)\\)`),
    );
    refused(tr.linkTranslation(staff.admin, en, String(ruLinked), IP, record), /already linked to this story/);
    refused(tr.linkTranslation(staff.admin, en, 'the Russian one', IP, record), /newsroom id/);
    refused(tr.linkTranslation(staff.admin, en, String(en), IP, record), /That is this story/);
    refused(tr.linkTranslation(staff.admin, en, '999999', IP, record), /There is no story #999999/);
    refused(tr.linkTranslation(staff.admin, 999999, String(ruOther), IP, record), /does not exist/, 'missing');
    assert.deepEqual(state(), before);
    assert.deepEqual(expired, []);
  });

  it('without article.edit in one of the two editions', () => {
    const en = story('en', 'English for the desk');
    const ru = story('ru', 'Русская для отдела');
    const before = state();
    // On the Russian story's page: the English story is the one they may not edit (a message).
    refused(
      tr.linkTranslation(ruEditor, ru, String(en), IP, record),
      /may not edit story #\d+ in the English \(EN\) edition/,
    );
    // On the English story's page: no right there at all (403).
    refused(tr.linkTranslation(ruEditor, en, String(ru), IP, record), /may not edit this article/, 'forbidden');
    // A contributor and an author: only their own stories (these are nobody's).
    refused(tr.linkTranslation(staff.contributor, en, String(ru), IP, record), /may not/, 'forbidden');
    refused(tr.linkTranslation(staff.author, en, String(ru), IP, record), /may not/, 'forbidden');
    assert.deepEqual(state(), before);
  });

  it('a contributor may link two drafts of their own', () => {
    const en = story('en', 'Contributor English');
    const ru = story('ru', 'Черновик автора');
    t.db.$client.prepare('UPDATE articles SET created_by = ? WHERE id IN (?, ?)').run(staff.contributor.id, en, ru);
    assert.deepEqual(tr.linkTranslation(staff.contributor, en, String(ru), IP, record), { ok: true });
    assert.equal(groupOf(ru), en);
  });

  it('a new group never takes a number other stories still carry', () => {
    const en = story('en', 'Number taken');
    const ru = story('ru', 'Чужой номер');
    const ar = story('ar', 'رقم');
    const ar2 = story('ar', 'رقم آخر');
    setGroup(en, ru, ar); // a key no member holds: these writes never leave one
    const before = state();
    refused(tr.linkTranslation(staff.admin, en, String(ar2), IP, record), /number is taken/, 'failed');
    assert.deepEqual(state(), before);
  });

  it('a trashed story is not linked', () => {
    const en = story('en', 'Trash source');
    const ru = story('ru', 'В корзине');
    t.db.$client.prepare("UPDATE articles SET status = 'trashed' WHERE id = ?").run(ru);
    const before = state();
    refused(tr.linkTranslation(staff.admin, en, String(ru), IP, record), /in the trash/);
    assert.deepEqual(state(), before);
  });
});

describe('unlinking', () => {
  const trio = (status: 'draft' | 'published' = 'draft') => {
    const en = story('en', 'Trio', status);
    const ru = story('ru', 'Трио', status);
    const ar = story('ar', 'ثلاثي', status);
    setGroup(en, en, ru, ar);
    return { en, ru, ar };
  };

  it('an ordinary member leaves; the others stay in the group; audited; published pages expire', () => {
    const { en, ru, ar } = trio('published');
    assert.deepEqual(tr.unlinkFromGroup(staff.editor, ru, en, IP, record), { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru), groupOf(ar)], [en, null, en]);
    const audit = lastAudit();
    assert.equal(audit.action, 'article.translation-unlinked');
    assert.equal(audit.subject, String(ru));
    assert.deepEqual(JSON.parse(audit.details), {
      article: ru,
      edition: 'ru',
      group: en,
      from: [
        { id: en, edition: 'en' },
        { id: ar, edition: 'ar' },
      ],
      newGroup: en,
    });
    assert.deepEqual(expired, [[en, ru, ar]]);
  });

  it('the story naming the group leaves: the rest are renamed to the smallest remaining id', () => {
    const { en, ru, ar } = trio();
    assert.deepEqual(tr.unlinkFromGroup(staff.admin, en, en, IP, record), { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru), groupOf(ar)], [null, ru, ru]);
    assert.equal(JSON.parse(lastAudit().details).newGroup, ru);
    // The old number may start a new group later without joining them.
    const ru2 = story('ru', 'Новая');
    assert.deepEqual(tr.linkTranslation(staff.admin, en, String(ru2), IP, record), { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru2), groupOf(ru), groupOf(ar)], [en, en, ru, ru]);
  });

  it('a group of two unlinked leaves both in no group, from either side', () => {
    const en = story('en', 'Pair');
    const ru = story('ru', 'Пара');
    setGroup(en, en, ru);
    assert.deepEqual(tr.unlinkFromGroup(staff.editor, ru, en, IP, record), { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru)], [null, null]);
    assert.equal(JSON.parse(lastAudit().details).newGroup, null);
    setGroup(en, en, ru);
    assert.deepEqual(tr.unlinkFromGroup(staff.editor, en, en, IP, record), { ok: true });
    assert.deepEqual([groupOf(en), groupOf(ru)], [null, null]);
  });

  it('refused without article.edit in the unlinked story’s edition, or when the group changed meanwhile', () => {
    const { en, ru } = trio();
    const before = state();
    const forbidden = tr.unlinkFromGroup(ruEditor, en, en, IP, record);
    assert.equal(forbidden.ok || forbidden.reason, 'forbidden');
    assert.equal(tr.unlinkFromGroup(staff.author, ru, en, IP, record).ok, false);
    const stale = tr.unlinkFromGroup(staff.editor, ru, ru, IP, record);
    assert.equal(stale.ok || stale.reason, 'invalid');
    assert.match((stale as { message: string }).message, /no longer in this group/);
    assert.equal(tr.unlinkFromGroup(staff.editor, 999999, en, IP, record).ok, false);
    assert.deepEqual(state(), before);
    assert.deepEqual(expired, []);
    // The Russian desk may take the Russian version out.
    assert.deepEqual(tr.unlinkFromGroup(ruEditor, ru, en, IP, record), { ok: true });
    assert.equal(groupOf(ru), null);
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import type { ArticleInput } from '@/db/queries/newsroom';
import type { StaffUser } from '@/db/queries/staff';

// The newsroom's home (/admin): its lists' queries on a real database, and who sees what.
let t: TestDb;
let q: typeof import('@/db/queries/newsroom');
let av: typeof import('@/db/queries/av-library');
let dash: typeof import('@/lib/newsroom/dashboard');
let en = 0;
let ru = 0;
let bylineId = 0;
type Who = 'author' | 'contributor' | 'editor' | 'ruEditor' | 'mixed' | 'other';
const who = {} as Record<Who, StaffUser>;

const input = (title: string, sectionId = en, authorIds: number[] = []): ArticleInput => ({
  title,
  slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  sectionId,
  lede: '',
  body: [],
  heroMediaId: null,
  heroGallery: [],
  showId: null,
  tags: [],
  authorIds,
  seo: q.NO_SEO,
});

/** A draft saved through the newsroom's write (with its revision), optionally with bylines. */
function draft(by: StaffUser, title: string, sectionId = en, authorIds: number[] = []): number {
  const result = q.saveArticle(null, input(title, sectionId, authorIds), null, by.id, '127.0.0.1');
  assert.ok(result.ok);
  return result.id;
}

/** A story in `status` (scheduled or published at `at`), created by `by`. */
function story(by: StaffUser, title: string, status: 'scheduled' | 'published', at: Date, sectionId = en): number {
  const id = t.insertArticle({ sectionId, title, status, publishedAt: at });
  t.db.$client.prepare('UPDATE articles SET created_by = ? WHERE id = ?').run(by.id, id);
  return id;
}

/** Sets when an article's revisions were written (the drafts list orders by its newest). */
function editedAt(id: number, at: Date): void {
  t.db.$client
    .prepare('UPDATE article_revisions SET created_at = ? WHERE article_id = ?')
    .run(Math.floor(at.getTime() / 1000), id);
}

/** A video or audio item in `status`, uploaded by `by`. */
function avItem(
  kind: 'video' | 'audio' | 'image',
  status: 'processing' | 'ready' | 'failed',
  by: StaffUser | null,
  title: string,
): number {
  return t.db
    .insert(t.schema.media)
    .values({
      file: `av-${title.replace(/\W+/g, '-')}`,
      mime: kind === 'audio' ? 'audio/mpeg' : kind === 'video' ? 'video/mp4' : 'image/webp',
      width: 0,
      height: 0,
      alt: '',
      kind,
      status,
      title,
      uploadedBy: by?.id ?? null,
    })
    .returning({ id: t.schema.media.id })
    .get().id;
}

const titles = (list: { items: { title: string }[] }) => list.items.map((a) => a.title);

before(async () => {
  t = await createTestDb('newsroom-dashboard-');
  q = await import('@/db/queries/newsroom');
  av = await import('@/db/queries/av-library');
  dash = await import('@/lib/newsroom/dashboard');
  const { createStaffUser } = await import('@/db/queries/staff');
  en = t.insertSection({ slug: 'business', name: 'Business' });
  ru = t.insertSection({ slug: 'mir', name: 'Мир', edition: 'ru' });
  bylineId = t.insertAuthor({ slug: 'ada-author', name: 'Ada Author' });
  const make = (key: Who, role: 'author' | 'contributor' | 'editor', editions: string[], authorId?: number) => {
    who[key] = createStaffUser({
      email: `${key}@example.test`,
      name: key,
      passwordHash: 'x',
      role,
      editions,
      authorId,
    });
  };
  make('author', 'author', ['en', 'ru'], bylineId);
  make('contributor', 'contributor', ['en']);
  make('editor', 'editor', ['en', 'ru']);
  make('ruEditor', 'editor', ['ru']);
  make('other', 'author', ['en']);
  // An author in English who edits the Russian desk.
  make('mixed', 'author', ['en']);
  t.db.$client
    .prepare("INSERT INTO staff_editions (staff_id, edition, role) VALUES (?, 'ru', 'editor')")
    .run(who.mixed.id);
  who.mixed = { ...who.mixed, role: 'editor', editions: { en: 'author', ru: 'editor' } };
});
after(() => t.cleanup());

describe('the dashboard: my drafts', () => {
  it("lists the person's own drafts (created, or with their byline), last edited first", () => {
    const now = nowSeconds();
    const older = draft(who.author, 'Older draft');
    const newer = draft(who.author, 'Newer draft');
    const byline = draft(who.editor, 'Drafted for Ada', en, [bylineId]);
    draft(who.other, 'Someone else’s draft');
    const sent = draft(who.author, 'Sent to the trash');
    t.db.$client.prepare("UPDATE articles SET status = 'trashed' WHERE id = ?").run(sent);
    editedAt(older, new Date(now.getTime() - 3 * HOUR));
    editedAt(newer, new Date(now.getTime() - 2 * HOUR));
    editedAt(byline, new Date(now.getTime() - HOUR));
    const drafts = dash.loadDashboard(who.author).drafts;
    assert.deepEqual(titles(drafts), ['Drafted for Ada', 'Newer draft', 'Older draft']);
    assert.equal(drafts.total, 3);
    assert.equal(drafts.items[0].editedAt, new Date(now.getTime() - HOUR).toISOString());

    // A new save puts a draft on top: its newest revision is what counts.
    assert.ok(q.saveArticle(older, input('Older draft, edited'), 1, who.author.id, '127.0.0.1').ok);
    assert.equal(dash.loadDashboard(who.author).drafts.items[0].title, 'Older draft, edited');

    // Everyone's drafts are their own: an editor's are not the author's, the editor sees only theirs.
    assert.deepEqual(titles(dash.loadDashboard(who.editor).drafts), ['Drafted for Ada']);
    assert.deepEqual(titles(dash.loadDashboard(who.contributor).drafts), []);
  });

  it('shows at most ten, with the total for the link to the rest, and only in the editions the person works in', () => {
    for (let i = 0; i < 12; i++) draft(who.other, `Other draft ${i}`);
    draft(who.other, 'A Russian draft', ru);
    const drafts = dash.loadDashboard(who.other).drafts;
    assert.equal(drafts.items.length, dash.DASHBOARD_LIMITS.drafts);
    // `other` has no role in the Russian edition: its editor would answer 403, so it is not listed.
    assert.equal(drafts.total, 13);
    assert.ok(!titles(drafts).includes('A Russian draft'));
  });
});

describe('the dashboard: scheduled and recently published', () => {
  it('editors see the whole desk, soonest publication first with its time; authors and contributors their own', () => {
    const now = nowSeconds();
    const inHours = (h: number) => new Date(now.getTime() + h * HOUR);
    story(who.other, 'Scheduled in 3 h', 'scheduled', inHours(3));
    story(who.author, 'Scheduled in 1 h', 'scheduled', inHours(1));
    story(who.other, 'Scheduled in 2 h', 'scheduled', inHours(2));
    story(who.other, 'Russian, in 4 h', 'scheduled', inHours(4), ru);

    const forEditor = dash.loadDashboard(who.editor).scheduled;
    assert.deepEqual(titles(forEditor), [
      'Scheduled in 1 h',
      'Scheduled in 2 h',
      'Scheduled in 3 h',
      'Russian, in 4 h',
    ]);
    assert.equal(forEditor.items[0].publishedAt, inHours(1).toISOString());
    assert.deepEqual(titles(dash.loadDashboard(who.author).scheduled), ['Scheduled in 1 h']);
    assert.deepEqual(titles(dash.loadDashboard(who.contributor).scheduled), []);
    assert.deepEqual(titles(dash.loadDashboard(who.ruEditor).scheduled), ['Russian, in 4 h']);
    // Editor in Russian, author in English: the Russian desk's, and their own English ones (none).
    assert.deepEqual(titles(dash.loadDashboard(who.mixed).scheduled), ['Russian, in 4 h']);
    assert.deepEqual(dash.dashboardScope(who.mixed).ownOnlyIn, ['en']);
  });

  it('recently published: the last ten, newest first, scoped like the scheduled list', () => {
    const now = nowSeconds();
    for (let i = 1; i <= 12; i++)
      story(who.other, `Published ${i} h ago`, 'published', new Date(now.getTime() - i * HOUR));
    story(who.author, 'Author’s, 90 min ago', 'published', new Date(now.getTime() - 1.5 * HOUR));
    story(who.mixed, 'Mixed’s English story', 'published', new Date(now.getTime() - 30 * HOUR));
    const forEditor = dash.loadDashboard(who.editor).published;
    assert.equal(forEditor.items.length, 10);
    assert.equal(forEditor.total, 14);
    assert.deepEqual(titles(forEditor).slice(0, 3), ['Published 1 h ago', 'Author’s, 90 min ago', 'Published 2 h ago']);
    assert.deepEqual(titles(dash.loadDashboard(who.author).published), ['Author’s, 90 min ago']);
    assert.deepEqual(titles(dash.loadDashboard(who.mixed).published), ['Mixed’s English story']);
  });

  it('listStaffArticles: `owner` limited to some editions keeps everyone’s stories in the others', () => {
    const owner = { staffId: who.mixed.id, authorId: null, onlyIn: ['en'] };
    const rows = q.listStaffArticles({ status: 'scheduled', owner, order: 'due', page: 1, perPage: 50 }).items;
    assert.deepEqual(
      rows.map((r) => r.edition),
      ['ru'],
    );
    const everywhere = q.listStaffArticles({
      status: 'scheduled',
      owner: { ...owner, onlyIn: [] },
      order: 'due',
      page: 1,
      perPage: 50,
    });
    assert.equal(everywhere.total, 4, 'no edition limited to own stories: everyone’s');
  });
});

describe('the dashboard: media still processing', () => {
  it('video and audio not yet ready, oldest first: everyone’s for editors, own uploads for authors, none for contributors', () => {
    const first = avItem('video', 'processing', who.other, 'Harbour video');
    const second = avItem('audio', 'processing', who.author, 'Interview audio');
    avItem('video', 'ready', who.author, 'Finished video');
    avItem('audio', 'failed', who.author, 'Broken audio');
    avItem('image', 'processing', who.author, 'Not a video');
    const forEditor = dash.loadDashboard(who.editor).media!;
    assert.deepEqual(
      forEditor.items.map((m) => [m.id, m.kind, m.title]),
      [
        [first, 'video', 'Harbour video'],
        [second, 'audio', 'Interview audio'],
      ],
    );
    assert.deepEqual(
      dash.loadDashboard(who.author).media!.items.map((m) => m.id),
      [second],
    );
    assert.equal(dash.loadDashboard(who.contributor).media, null);
    assert.deepEqual(av.listProcessingAv({ uploadedBy: who.contributor.id, limit: 10 }), { items: [], total: 0 });
  });

  it('carries each item’s latest job, for its progress', async () => {
    const { enqueueMediaJob } = await import('@/db/queries/media-jobs');
    const id = avItem('video', 'processing', who.editor, 'Queued video');
    enqueueMediaJob(id);
    const media = dash.loadDashboard(who.editor).media!;
    assert.equal(media.jobs[id]?.state, 'queued');
  });
});

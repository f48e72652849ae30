import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import type { ArticleStatus } from '@/db/schema';
import type { ArticleCard, MediaItem, Paged } from '@/db/types';

type Q = typeof import('@/db/queries/articles');

let t: TestDb;
let q: Q;
let base: Date;
const ago = (hours: number) => new Date(base.getTime() - hours * HOUR);
const ahead = (hours: number) => new Date(base.getTime() + hours * HOUR);

interface Rec {
  id: number;
  sectionId: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  featured: number;
  hero: boolean;
}
/** Every article of the fixture, to compute expectations independently of the queries. */
const recs: Rec[] = [];

const sec = {} as Record<'world' | 'business' | 'sport' | 'culture', number>;
const tag = {} as Record<'oil' | 'war' | 'tech', number>;
const au = {} as Record<'alice' | 'bob' | 'carol' | 'dave', number>;
const med = {} as Record<'hero' | 'inline1' | 'inline2' | 'unused', number>;
const art = {} as Record<string, number>;
const business: number[] = []; // published business articles, newest first by construction

function add(key: string | null, v: Parameters<TestDb['insertArticle']>[0]): number {
  const id = t.insertArticle({ title: key ? `Story ${key}` : undefined, ...v });
  if (key) art[key] = id;
  recs.push({
    id,
    sectionId: v.sectionId,
    status: v.status ?? 'published',
    publishedAt: v.publishedAt === undefined ? ago(1) : v.publishedAt,
    featured: v.featured ?? 0,
    hero: v.heroMediaId != null,
  });
  return id;
}

function isVisible(r: Rec): boolean {
  return r.status === 'published' && r.publishedAt !== null && r.publishedAt.getTime() <= Date.now();
}

/** Visible articles newest first (ties: higher id first). */
function visibleNewestFirst(filter: (r: Rec) => boolean = () => true): number[] {
  return recs
    .filter((r) => isVisible(r) && filter(r))
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id)
    .map((r) => r.id);
}

/** The body of the full article: text, repeated and missing images, a heading; stored as written. */
const fullBody = () => [
  { type: 'paragraph', content: [{ text: 'Hello' }] },
  { type: 'image', mediaId: med.inline1 },
  { type: 'image', mediaId: med.inline2, caption: 'override' },
  { type: 'image', mediaId: med.inline1 },
  { type: 'image', mediaId: 99_999 },
  { type: 'heading', level: 2, text: 'More' },
];

before(async () => {
  t = await createTestDb('articles-queries-test-');
  q = await import('@/db/queries/articles');
  base = nowSeconds();

  sec.world = t.insertSection({ slug: 'world', name: 'World', position: 0 });
  sec.culture = t.insertSection({ slug: 'culture', name: 'Culture', position: 3 });
  sec.sport = t.insertSection({ slug: 'sport', name: 'Sport', position: 2 });
  sec.business = t.insertSection({ slug: 'business', name: 'Business', position: 1 });
  for (const slug of ['oil', 'war', 'tech'] as const) tag[slug] = t.insertTag({ slug, name: slug.toUpperCase() });
  au.alice = t.insertAuthor({ slug: 'alice', name: 'Alice A', jobTitle: 'Moscow correspondent' });
  au.bob = t.insertAuthor({ slug: 'bob', name: 'Bob B', jobTitle: 'Editor' });
  au.carol = t.insertAuthor({ slug: 'carol', name: 'Carol C' });
  au.dave = t.insertAuthor({ slug: 'dave', name: 'Dave D' });
  med.hero = t.insertMedia({
    file: 'hero',
    variants: '1280,320,640',
    alt: 'Hero alt',
    caption: 'Hero media caption',
    credit: 'Reuters',
  });
  med.inline1 = t.insertMedia({
    file: 'inline-one',
    width: 800,
    height: 600,
    variants: '320,640',
    alt: 'One',
    caption: 'First',
  });
  med.inline2 = t.insertMedia({ file: 'inline-two', width: 1200, height: 800, variants: '', alt: 'Two', credit: 'AP' });
  med.unused = t.insertMedia({ file: 'unused', alt: 'Unused' });

  // The full article: authors and tags inserted out of position order.
  add('full', {
    sectionId: sec.world,
    title: 'Full story',
    slug: 'full-story',
    lede: 'The lede.',
    publishedAt: ago(2),
    updatedAt: ago(1),
    heroMediaId: med.hero,
    heroCaption: 'Article hero caption',
    body: fullBody(),
  });
  t.addAuthor(art.full, au.alice, 1);
  t.addAuthor(art.full, au.carol, 2);
  t.addAuthor(art.full, au.bob, 0);
  t.tagArticle(art.full, tag.war, 1);
  t.tagArticle(art.full, tag.tech, 2);
  t.tagArticle(art.full, tag.oil, 0);

  // Articles readers must not see, all tagged tech (most by Bob), so tag and author pages must skip them too.
  const hidden = (key: string, v: Parameters<TestDb['insertArticle']>[0]) =>
    add(key, { tagIds: [tag.tech], authorIds: [au.bob], ...v });
  hidden('draft', { sectionId: sec.world, status: 'draft', publishedAt: null, featured: 2, heroMediaId: med.hero });
  hidden('draftDated', {
    sectionId: sec.business,
    status: 'draft',
    publishedAt: ago(0.5),
    featured: 2,
    heroMediaId: med.hero,
  });
  hidden('unpublished', { sectionId: sec.business, status: 'unpublished', publishedAt: ago(0.6), featured: 1 });
  hidden('scheduled', { sectionId: sec.business, status: 'scheduled', publishedAt: ahead(5) });
  hidden('scheduledPast', { sectionId: sec.sport, status: 'scheduled', publishedAt: ago(0.7), authorIds: [] });
  hidden('future', { sectionId: sec.business, publishedAt: ahead(3), featured: 2, heroMediaId: med.hero });
  hidden('noDate', { sectionId: sec.sport, publishedAt: null, authorIds: [] });

  // Home page editorial picks.
  add('lead', { sectionId: sec.world, featured: 2, heroMediaId: med.hero, publishedAt: ago(3) });
  add('top1', { sectionId: sec.business, featured: 1, publishedAt: ago(4) });
  add('top2', { sectionId: sec.sport, featured: 1, publishedAt: ago(5) });
  add('top3', { sectionId: sec.world, featured: 1, publishedAt: ago(6) });
  add('staleTop', { sectionId: sec.world, featured: 1, publishedAt: ago(24 * 5) });
  add('staleLead', { sectionId: sec.sport, featured: 2, heroMediaId: med.hero, publishedAt: ago(24 * 6) });

  // 25 published business stories, an hour apart; two share a timestamp.
  for (let i = 0; i < 25; i++) {
    const when = i === 8 ? ago(10 + 7) : ago(10 + i);
    const id = add(null, {
      sectionId: sec.business,
      title: `Business ${i}`,
      publishedAt: when,
      tagIds: i < 7 ? [tag.tech] : [],
      authorIds: i < 5 ? [au.bob] : [],
    });
    business.push(id);
  }
  // Sport and world filler.
  for (let i = 0; i < 6; i++) add(null, { sectionId: sec.sport, title: `Sport ${i}`, publishedAt: ago(7 + i * 3) });
  for (let i = 0; i < 3; i++) add(null, { sectionId: sec.world, title: `World ${i}`, publishedAt: ago(40 + i) });

  t.tagArticle(art.lead, tag.tech, 0);
  t.addAuthor(art.lead, au.alice, 0);
});

after(() => {
  t?.cleanup();
});

function assertPage(
  p: Paged<ArticleCard>,
  expectIds: number[],
  meta: { page: number; perPage: number; total: number; pageCount: number },
) {
  assert.deepEqual({ page: p.page, perPage: p.perPage, total: p.total, pageCount: p.pageCount }, meta);
  assert.deepEqual(
    p.items.map((a) => a.id),
    expectIds,
  );
  for (let i = 1; i < p.items.length; i++) {
    assert.ok(p.items[i - 1].publishedAt >= p.items[i].publishedAt, 'newest first');
  }
}

/**
 * Walks every page of `expected` at `perPage` a page, and the empty page after the last: each holds
 * its slice, newest first, with the page, size, total and page count.
 */
function assertPages(list: (page: number, perPage: number) => Paged<ArticleCard>, expected: number[], perPage: number) {
  const total = expected.length;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  for (let page = 1; page <= pageCount + 1; page++) {
    assertPage(list(page, perPage), expected.slice((page - 1) * perPage, page * perPage), {
      page,
      perPage,
      total,
      pageCount,
    });
  }
}

// Pictures come back with their focal point (centre unless moved).
const mediaItem = (id: number, m: Omit<MediaItem, 'id' | 'mime'>): MediaItem => ({
  id,
  mime: 'image/webp',
  focalX: 0.5,
  focalY: 0.5,
  ...m,
});

describe('getPublishedArticle', () => {
  it('returns the full article: authors and tags in position order, hero, body media', () => {
    const a = q.getPublishedArticle(art.full);
    assert.ok(a);
    assert.deepEqual(a, {
      id: art.full,
      edition: 'en',
      slug: 'full-story',
      title: 'Full story',
      lede: 'The lede.',
      section: { id: sec.world, slug: 'world', name: 'World' },
      publishedAt: ago(2).toISOString(),
      updatedAt: ago(1).toISOString(),
      hero: mediaItem(med.hero, {
        file: 'hero',
        width: 1600,
        height: 900,
        variants: [320, 640, 1280],
        alt: 'Hero alt',
        caption: 'Hero media caption',
        credit: 'Reuters',
      }),
      body: fullBody(),
      heroCaption: 'Article hero caption',
      authors: [
        { id: au.bob, slug: 'bob', name: 'Bob B', jobTitle: 'Editor' },
        { id: au.alice, slug: 'alice', name: 'Alice A', jobTitle: 'Moscow correspondent' },
        { id: au.carol, slug: 'carol', name: 'Carol C', jobTitle: '' },
      ],
      tags: [
        { id: tag.oil, slug: 'oil', name: 'OIL' },
        { id: tag.war, slug: 'war', name: 'WAR' },
        { id: tag.tech, slug: 'tech', name: 'TECH' },
      ],
      media: {
        [med.inline1]: mediaItem(med.inline1, {
          file: 'inline-one',
          width: 800,
          height: 600,
          variants: [320, 640],
          alt: 'One',
          caption: 'First',
          credit: '',
        }),
        [med.inline2]: mediaItem(med.inline2, {
          file: 'inline-two',
          width: 1200,
          height: 800,
          variants: [],
          alt: 'Two',
          caption: '',
          credit: 'AP',
        }),
      },
      av: {},
      heroVideo: null,
      heroGallery: [],
      seo: { metaTitle: '', metaDescription: '', socialTitle: '', socialDescription: '', socialImage: null },
      translations: [],
      isOriginal: false,
    });
  });

  it('returns an article without hero, authors, tags or images with empty values', () => {
    const a = q.getPublishedArticle(business[0]);
    assert.ok(a);
    assert.equal(a.hero, null);
    assert.deepEqual(a.authors, [{ id: au.bob, slug: 'bob', name: 'Bob B', jobTitle: 'Editor' }]);
    assert.deepEqual(a.tags, [{ id: tag.tech, slug: 'tech', name: 'TECH' }]);
    assert.deepEqual(a.media, {});
    assert.deepEqual(a.body, []);
    assert.equal(a.updatedAt, null);
    const plain = q.getPublishedArticle(business[20]);
    assert.ok(plain);
    assert.deepEqual(plain.authors, []);
    assert.deepEqual(plain.tags, []);
  });

  for (const key of ['draft', 'draftDated', 'unpublished', 'scheduled', 'scheduledPast', 'future', 'noDate']) {
    it(`returns null for a ${key} article`, () => {
      assert.ok(art[key] > 0);
      assert.equal(q.getPublishedArticle(art[key]), null);
    });
  }

  it('returns null for an unknown id', () => {
    assert.equal(q.getPublishedArticle(999_999), null);
    assert.equal(q.getPublishedArticle(0), null);
    assert.equal(q.getPublishedArticle(-1), null);
  });
});

describe('listSectionArticles', () => {
  it('pages through published section articles, newest first', () => {
    const expected = visibleNewestFirst((r) => r.sectionId === sec.business);
    // 25 business stories + top1.
    assert.equal(expected.length, 26);
    for (const perPage of [10, 20, 26]) {
      assertPages((page, size) => q.listSectionArticles(sec.business, page, size), expected, perPage);
    }
  });

  it('orders stories with the same timestamp by id, so pages never overlap', () => {
    const [b7, b8] = [business[7], business[8]]; // both published 17 hours ago
    const all = q.listSectionArticles(sec.business, 1, 100).items.map((a) => a.id);
    assert.ok(all.indexOf(b8) < all.indexOf(b7), 'higher id first on a tie');
    const paged: number[] = [];
    for (let page = 1; page <= 9; page++)
      paged.push(...q.listSectionArticles(sec.business, page, 3).items.map((a) => a.id));
    assert.deepEqual(paged, all);
  });

  it('returns cards with section and ISO dates', () => {
    const [first] = q.listSectionArticles(sec.business, 1, 1).items;
    assert.equal(first.id, art.top1);
    assert.deepEqual(first.section, { id: sec.business, slug: 'business', name: 'Business' });
    assert.equal(first.publishedAt, ago(4).toISOString());
    assert.equal(first.title, 'Story top1');
  });

  it('gives an empty section one empty page', () => {
    assertPages((page, perPage) => q.listSectionArticles(sec.culture, page, perPage), [], 20);
  });
});

describe('listTagArticles', () => {
  it('pages through published articles with the tag only', () => {
    const tagged = new Set([art.full, art.lead, ...business.slice(0, 7)]);
    const expected = visibleNewestFirst((r) => tagged.has(r.id));
    assert.equal(expected.length, 9);
    assertPages((page, perPage) => q.listTagArticles(tag.tech, page, perPage), expected, 4);
    assertPages((page, perPage) => q.listTagArticles(tag.oil, page, perPage), [art.full], 20);
  });

  it('gives an unknown or unused tag one empty page', () => {
    assertPages((page, perPage) => q.listTagArticles(999_999, page, perPage), [], 20);
  });
});

describe('listAuthorArticles', () => {
  it('pages through published articles by the author only', () => {
    const bobs = new Set([art.full, ...business.slice(0, 5)]);
    const expected = visibleNewestFirst((r) => bobs.has(r.id));
    assert.equal(expected.length, 6);
    assertPages((page, perPage) => q.listAuthorArticles(au.bob, page, perPage), expected, 4);
    assertPages((page, perPage) => q.listAuthorArticles(au.alice, page, perPage), [art.full, art.lead], 20);
  });

  it('gives an author without stories one empty page', () => {
    assertPages((page, perPage) => q.listAuthorArticles(au.dave, page, perPage), [], 20);
  });
});

describe('taxonomy look-ups', () => {
  it('lists sections in position order', () => {
    assert.deepEqual(
      q.listSections('en').map((s) => s.slug),
      ['world', 'business', 'sport', 'culture'],
    );
    assert.equal(q.getSectionBySlug('en', 'sport')?.id, sec.sport);
    assert.equal(q.getSectionBySlug('en', 'nope'), null);
  });

  it('finds tags and authors by slug', () => {
    assert.deepEqual(q.getTagBySlug('en', 'oil'), { id: tag.oil, slug: 'oil', name: 'OIL', description: '' });
    assert.equal(q.getTagBySlug('en', 'nope'), null);
    assert.deepEqual(q.getAuthorBySlug('en', 'alice'), {
      id: au.alice,
      slug: 'alice',
      name: 'Alice A',
      jobTitle: 'Moscow correspondent',
      bio: '',
    });
    assert.equal(q.getAuthorBySlug('en', 'nope'), null);
  });
});

describe('getHomeFeed', () => {
  function allIds(feed: ReturnType<Q['getHomeFeed']>): number[] {
    return [
      ...(feed.lead ? [feed.lead.id] : []),
      ...feed.top.map((a) => a.id),
      ...feed.sections.flatMap((s) => s.items.map((a) => a.id)),
    ];
  }

  function assertWellFormed(feed: ReturnType<Q['getHomeFeed']>, topCount = 6, perSection = 4) {
    const ids = allIds(feed);
    assert.equal(new Set(ids).size, ids.length, `duplicates in ${ids}`);
    const visible = new Set(visibleNewestFirst());
    for (const id of ids) assert.ok(visible.has(id), `article ${id} is not published`);
    assert.ok(feed.top.length <= topCount);
    const shown = new Set([...(feed.lead ? [feed.lead.id] : []), ...feed.top.map((a) => a.id)]);
    for (const { section, items } of feed.sections) {
      assert.ok(items.length > 0 && items.length <= perSection, section.slug);
      for (const a of items) assert.equal(a.section.id, section.id);
      // The newest stories of the section not already shown above.
      assert.deepEqual(
        items.map((a) => a.id),
        visibleNewestFirst((r) => r.sectionId === section.id && !shown.has(r.id)).slice(0, perSection),
        section.slug,
      );
    }
  }

  it('shows no story twice across lead, top stories and sections', () => {
    const feed = q.getHomeFeed('en');
    assertWellFormed(feed);
    assert.equal(feed.lead?.id, art.lead, 'the newest visible lead story with a picture');
    // Recent top stories first, then the newest of the rest.
    assert.deepEqual(
      feed.top.slice(0, 3).map((a) => a.id),
      [art.top1, art.top2, art.top3],
    );
    const rest = visibleNewestFirst((r) => ![art.lead, art.top1, art.top2, art.top3].includes(r.id)).slice(0, 3);
    assert.deepEqual(
      feed.top.slice(3).map((a) => a.id),
      rest,
    );
    assert.ok(!feed.top.some((a) => a.id === art.staleTop), 'stale top story is not a top story');
    // Sections in navigation order; the empty one is left out.
    assert.deepEqual(
      feed.sections.map((s) => s.section.slug),
      ['world', 'business', 'sport'],
    );
  });

  it('keeps stories unique with other counts', () => {
    for (const [topCount, perSection] of [
      [1, 1],
      [3, 10],
      [12, 2],
      [40, 40],
    ]) {
      const feed = q.getHomeFeed('en', { topCount, perSection });
      assertWellFormed(feed, topCount, perSection);
    }
    // With room for everything, every visible story appears exactly once.
    const everything = q.getHomeFeed('en', { topCount: 100, perSection: 100 });
    assert.deepEqual(
      allIds(everything).sort((a, b) => a - b),
      visibleNewestFirst().sort((a, b) => a - b),
    );
  });

  it('falls back to the newest story with a picture when the lead story has none', () => {
    const { articles } = t.schema;
    t.db.update(articles).set({ heroMediaId: null }).where(eq(articles.id, art.lead)).run();
    try {
      const feed = q.getHomeFeed('en');
      assertWellFormed(feed);
      assert.equal(feed.lead?.id, art.full);
      assert.ok(feed.lead?.hero);
    } finally {
      t.db.update(articles).set({ heroMediaId: med.hero }).where(eq(articles.id, art.lead)).run();
    }
  });
});

describe('editions', () => {
  it('keep their sections, tags, authors and stories apart, slugs included', () => {
    // The same slugs as the English fixtures, in the Russian edition.
    const ruWorld = t.insertSection({ slug: 'world', name: 'Мир', edition: 'ru' });
    const ruOil = t.insertTag({ slug: 'oil', name: 'Нефть', edition: 'ru' });
    const ruAlice = t.insertAuthor({ slug: 'alice', name: 'Алиса', edition: 'ru' });
    const story = t.insertArticle({ sectionId: ruWorld, title: 'Ru story', publishedAt: ago(0.5), featured: 2 });
    t.tagArticle(story, ruOil, 0);
    t.addAuthor(story, ruAlice, 0);

    assert.deepEqual(
      q.listSections('ru').map((s) => [s.id, s.edition]),
      [[ruWorld, 'ru']],
    );
    assert.ok(q.listSections('en').every((s) => s.edition === 'en' && s.id !== ruWorld));
    assert.deepEqual(
      q.listAllSections().map((s) => s.id),
      [...q.listSections('en').map((s) => s.id), ruWorld],
      'every edition, edition by edition',
    );
    assert.equal(q.getSectionBySlug('ru', 'world')?.id, ruWorld);
    assert.equal(q.getSectionBySlug('en', 'world')?.id, sec.world);
    assert.equal(q.getSectionBySlug('ar', 'world'), null);
    assert.equal(q.getTagBySlug('ru', 'oil')?.id, ruOil);
    assert.equal(q.getTagBySlug('en', 'oil')?.id, tag.oil);
    assert.equal(q.getAuthorBySlug('ru', 'alice')?.id, ruAlice);
    assert.equal(q.getAuthorBySlug('en', 'alice')?.id, au.alice);

    assert.deepEqual(
      q.listLatest({ edition: 'ru', limit: 10 }).map((a) => [a.id, a.edition]),
      [[story, 'ru']],
    );
    assert.ok(!q.listLatest({ edition: 'en', limit: 100 }).some((a) => a.id === story));
    const home = q.getHomeFeed('ru');
    assert.equal(home.lead?.id, story);
    assert.deepEqual(home.top, []);
    assert.deepEqual(q.listHotArticleRefs('ru', 10), [
      { id: story, slug: 'ru-story', sectionSlug: 'world', edition: 'ru' },
    ]);
    assert.ok(q.listHotArticleRefs('en', 100).every((r) => r.edition === 'en'));
    assert.equal(q.getArticleRouting(story)?.edition, 'ru');
    assert.deepEqual(q.getHomeFeed('ar'), { lead: null, top: [], sections: [] });
  });

  it('link a story to its published translations only, and back', () => {
    const ruWorld = q.getSectionBySlug('ru', 'world')!.id;
    const arWorld = t.insertSection({ slug: 'world', name: 'العالم', edition: 'ar' });
    const ru = t.insertArticle({ sectionId: ruWorld, title: 'Full story ru', slug: 'polnaya' });
    const arDraft = t.insertArticle({ sectionId: arWorld, title: 'Draft ar', status: 'draft', publishedAt: null });
    const group = t.db.$client.prepare('UPDATE articles SET translation_group = ? WHERE id = ?');
    try {
      for (const id of [art.full, ru, arDraft]) group.run(art.full, id);
      const original = q.getPublishedArticle(art.full)!;
      assert.equal(original.isOriginal, true);
      // The Arabic draft is never linked.
      assert.deepEqual(original.translations, [
        { id: ru, edition: 'ru', slug: 'polnaya', sectionSlug: 'world', title: 'Full story ru', original: false },
      ]);
      const translation = q.getPublishedArticle(ru)!;
      assert.equal(translation.isOriginal, false);
      assert.deepEqual(
        translation.translations.map((x) => [x.id, x.edition, x.original]),
        [[art.full, 'en', true]],
      );
      assert.deepEqual(q.translationIdsOf(art.full).sort(), [ru, arDraft].sort(), 'invalidation reaches every one');
    } finally {
      t.db.$client
        .prepare('UPDATE articles SET translation_group = NULL WHERE id IN (?, ?, ?)')
        .run(art.full, ru, arDraft);
    }
    assert.deepEqual(q.getPublishedArticle(art.full)!.translations, []);
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import type { ArticleStatus } from '@/db/schema';

type RelatedModule = typeof import('@/db/queries/related');

let t: TestDb;
let getRelatedStories: RelatedModule['getRelatedStories'];
let related: RelatedModule;
let getPublishedCards: (typeof import('@/db/queries/articles'))['getPublishedCards'];
let RELATED_MAX: number;

/** Fixture ids, by letter. */
const id: Record<string, number> = {};
let base: Date;
const ago = (hours: number) => new Date(base.getTime() - hours * HOUR);
let heroId: number;
let sec: Record<'world' | 'business' | 'sport', number>;

before(async () => {
  // Sets DATABASE_URL to a temp file, then imports the db modules.
  t = await createTestDb('related-test-');
  related = await import('@/db/queries/related');
  ({ getRelatedStories, RELATED_MAX } = related);
  ({ getPublishedCards } = await import('@/db/queries/articles'));
  base = nowSeconds();

  sec = {
    world: t.insertSection({ slug: 'world', position: 0 }),
    business: t.insertSection({ slug: 'business', position: 1 }),
    sport: t.insertSection({ slug: 'sport', position: 2 }),
  };
  const [T1, T2, T3, T4] = ['oil', 'sanctions', 'china', 'lonely'].map((slug) => t.insertTag({ slug }));
  heroId = t.insertMedia({ file: 'hero-a', variants: '1280,320,640', alt: 'Hero A', caption: 'Cap', credit: 'Cred' });

  const add = (key: string, v: Parameters<TestDb['insertArticle']>[0]) => {
    id[key] = t.insertArticle({ title: `Article ${key}`, ...v });
  };

  // The article whose related stories we rank.
  add('M', { sectionId: sec.world, tagIds: [T1, T2, T3], publishedAt: ago(100) });

  // Expected ranking for M:
  add('A', { sectionId: sec.business, tagIds: [T1, T2, T3], publishedAt: ago(50), heroMediaId: heroId }); // 3 shared
  add('B', { sectionId: sec.world, tagIds: [T1, T2], publishedAt: ago(60) }); // 2 shared, same section
  add('C', { sectionId: sec.business, tagIds: [T2, T1], publishedAt: ago(10) }); // 2 shared, newer but other section
  add('F', { sectionId: sec.world, tagIds: [T1, T4], publishedAt: ago(90) }); // 1 shared, same section, old
  add('E', { sectionId: sec.business, tagIds: [T2], publishedAt: ago(5) }); // 1 shared, newest of the 1-shared others
  add('D', { sectionId: sec.sport, tagIds: [T3], publishedAt: ago(20) }); // 1 shared
  add('G', { sectionId: sec.world, tagIds: [T4], publishedAt: ago(1) }); // 0 shared, same section
  add('H', { sectionId: sec.sport, publishedAt: ago(0.5) }); // 0 shared, newest on the site
  add('I', { sectionId: sec.business, publishedAt: ago(200) }); // 0 shared, oldest

  // Never related: they all share every tag with M and sit in its section.
  const all = [T1, T2, T3];
  const hidden = (key: string, status: ArticleStatus, publishedAt: Date | null) =>
    add(key, { sectionId: sec.world, tagIds: all, status, publishedAt });
  hidden('draft', 'draft', null);
  hidden('draftDated', 'draft', ago(2));
  hidden('unpublished', 'unpublished', ago(3));
  hidden('scheduled', 'scheduled', ago(-5));
  hidden('scheduledPast', 'scheduled', ago(4));
  hidden('future', 'published', ago(-5));
  hidden('noDate', 'published', null);
});

after(() => {
  t?.cleanup();
});

const ids = (keys: string) => keys.split(' ').map((k) => id[k]);
const names = (stories: { id: number }[]) =>
  stories.map((s) => Object.keys(id).find((k) => id[k] === s.id) ?? `#${s.id}`).join(' ');

describe('getRelatedStories', () => {
  it('ranks by shared tags, then same section, then newest; at most 6 by default', () => {
    assert.equal(RELATED_MAX, 6);
    const related = getRelatedStories(id.M);
    assert.equal(names(related), 'A B C F E D');
    assert.deepEqual(
      related.map((r) => r.id),
      ids('A B C F E D'),
    );
  });

  it('reports sharedTags and sameSection for each story', () => {
    const related = getRelatedStories(id.M, 20);
    assert.deepEqual(
      related.map((r) => [r.id, r.sharedTags, r.sameSection]),
      [
        [id.A, 3, false],
        [id.B, 2, true],
        [id.C, 2, false],
        [id.F, 1, true],
        [id.E, 1, false],
        [id.D, 1, false],
        [id.G, 0, true],
        [id.H, 0, false],
        [id.I, 0, false],
      ],
    );
    for (const r of related) {
      assert.equal(typeof r.sharedTags, 'number');
      assert.equal(typeof r.sameSection, 'boolean');
    }
  });

  it('fills with untagged stories after the tag matches: same section first, then newest', () => {
    assert.equal(names(getRelatedStories(id.M, 8)), 'A B C F E D G H');
    assert.equal(names(getRelatedStories(id.M, 9)), 'A B C F E D G H I');
  });

  it('respects limit', () => {
    assert.equal(names(getRelatedStories(id.M, 1)), 'A');
    assert.equal(names(getRelatedStories(id.M, 3)), 'A B C');
    assert.equal(getRelatedStories(id.M, 0).length, 0);
  });

  it('never includes the article itself, drafts, unpublished, scheduled or future-dated stories', () => {
    const excluded = ids('M draft draftDated unpublished scheduled scheduledPast future noDate');
    for (const articleId of [id.M, id.A, id.G, id.H]) {
      const related = getRelatedStories(articleId, 100);
      assert.ok(!related.some((r) => r.id === articleId), 'not itself');
      for (const r of related) {
        if (r.id === id.M) continue; // M is a normal published story for the others
        assert.ok(!excluded.includes(r.id), `${names([r])} must not be related to ${names([{ id: articleId }])}`);
      }
    }
    // Everything published and visible, once each.
    const all = getRelatedStories(id.M, 100);
    assert.equal(all.length, 9);
    assert.equal(new Set(all.map((r) => r.id)).size, 9);
  });

  it('fills the block by same section then recency when no other story shares a tag', () => {
    // G's only tag (lonely) is shared with F: F first; then world (B, M) newest first; then the newest elsewhere.
    const related = getRelatedStories(id.G);
    assert.equal(names(related), 'F B M H E C');
    assert.deepEqual(
      related.map((r) => [r.sharedTags, r.sameSection]),
      [
        [1, true],
        [0, true],
        [0, true],
        [0, false],
        [0, false],
        [0, false],
      ],
    );
    // H has no tags at all and is alone in sport with D: D, then the newest anywhere.
    assert.equal(names(getRelatedStories(id.H)), 'D G E C A B');
  });

  it('uses `now` to decide what is published', () => {
    // Thirty hours ago, E, C, D, G and H were not out yet.
    assert.equal(names(getRelatedStories(id.M, 20, ago(30))), 'A B F I');
    // Ten hours from now the future-dated story (3 shared tags, same section) is out and leads;
    // scheduled stays out because its status is not 'published'.
    assert.equal(names(getRelatedStories(id.M, 20, new Date(base.getTime() + 10 * HOUR))), 'future A B C F E D G H I');
  });

  it('returns cards with section, ISO dates and the hero image', () => {
    const [a] = getRelatedStories(id.M, 1);
    assert.equal(a.id, id.A);
    assert.equal(a.title, 'Article A');
    assert.equal(a.slug, 'article-a');
    assert.deepEqual(a.section, { id: sec.business, slug: 'business', name: 'business' });
    assert.equal(a.publishedAt, ago(50).toISOString());
    assert.equal(a.updatedAt, null);
    assert.deepEqual(a.hero, {
      id: heroId,
      file: 'hero-a',
      mime: 'image/webp',
      width: 1600,
      height: 900,
      variants: [320, 640, 1280],
      alt: 'Hero A',
      caption: 'Cap',
      credit: 'Cred',
      focalX: 0.5,
      focalY: 0.5,
    });
    const b = getRelatedStories(id.M, 2)[1];
    assert.equal(b.hero, null);
  });

  it('breaks full ties by the higher id', () => {
    // A fresh section where five untagged stories share one timestamp (more than the limit + 1
    // candidates the query pre-selects per section).
    const section = t.insertSection({ slug: 'ties' });
    const when = ago(0.25);
    const x = t.insertArticle({ sectionId: section, title: 'tie x', publishedAt: ago(300) });
    const tied = [1, 2, 3, 4, 5].map((n) =>
      t.insertArticle({ sectionId: section, title: `tie ${n}`, publishedAt: when }),
    );
    try {
      assert.deepEqual(
        getRelatedStories(x, 2).map((r) => r.id),
        [tied[4], tied[3]],
      );
    } finally {
      t.db.$client.prepare(`DELETE FROM articles WHERE section_id = ?`).run(section);
      t.db.$client.prepare(`DELETE FROM sections WHERE id = ?`).run(section);
    }
  });

  it('ranks without the cards; the cards follow the ranking and leave out a story readers can no longer see', () => {
    const ranks = related.rankRelatedStories(id.M, 3);
    assert.deepEqual(
      ranks.map((r) => r.id),
      [id.A, id.B, id.C],
    );
    assert.deepEqual(ranks[0], { id: id.A, sharedTags: 3, sameSection: false });
    // A ranking kept from before a story was unpublished (reader pages cache the two apart).
    t.db.$client.prepare(`UPDATE articles SET status = 'unpublished' WHERE id = ?`).run(id.B);
    try {
      const cards = getPublishedCards([id.C, id.B, id.A]);
      assert.deepEqual(
        cards.map((c) => c.id),
        [id.C, id.A],
      );
      assert.deepEqual(
        related.withCards(ranks, cards).map((s) => [s.id, s.title, s.sharedTags]),
        [
          [id.A, 'Article A', 3],
          [id.C, 'Article C', 2],
        ],
      );
    } finally {
      t.db.$client.prepare(`UPDATE articles SET status = 'published' WHERE id = ?`).run(id.B);
    }
    assert.deepEqual(getPublishedCards([]), []);
  });

  it('for an unknown article id, returns no stories', () => {
    assert.deepEqual(getRelatedStories(999_999), []);
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';

// Every query a reader page, feed or sitemap runs, checked with EXPLAIN QUERY PLAN on the demo
// newsroom: no table is read from end to end, so pages stay flat as the archive grows. The
// statements are the ones the queries really ran (SQL_TRACE records them with their values).
process.env.SQL_TRACE = '1';

let t: TestDb;
let client: typeof import('@/db/client');
let q: typeof import('@/db/queries/articles');
let feeds: typeof import('@/db/queries/feeds');
let related: typeof import('@/db/queries/related');

/** Tables small by nature (the site's sections, tags and authors): reading them whole is fine. */
const SMALL = new Set(['sections', 'tags', 'authors', 'site_meta', 'media']);

before(async () => {
  t = await createTestDb('newsroom-plans-');
  client = t.client;
  const { seedDatabase } = await import('@/db/seed');
  const mediaDir = path.join(t.dir, 'media');
  fs.mkdirSync(mediaDir);
  await seedDatabase(t.db, { articles: 600, mediaDir, now: new Date() });
  q = await import('@/db/queries/articles');
  feeds = await import('@/db/queries/feeds');
  related = await import('@/db/queries/related');
});
after(() => t.cleanup());

function plansOf(run: () => unknown): { sql: string; steps: string[] }[] {
  client.drainSqlTrace();
  run();
  const statements = client.drainSqlTrace().filter((s) => /^\s*(select|with)\b/i.test(s));
  assert.ok(statements.length > 0, 'the query ran at least one SELECT');
  return statements.map((sql) => ({
    sql,
    steps: (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail),
  }));
}

function assertIndexed(name: string, run: () => unknown) {
  const tables = new Set(
    (t.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  for (const { sql, steps } of plansOf(run)) {
    for (const step of steps) {
      // "SCAN x" without an index reads a whole table; "SCAN x USING INDEX" walks an index in
      // its order (and stops at the LIMIT); CTEs and subqueries are the statement's own rows.
      const scan = step.match(/^SCAN (\w+)(?: AS \w+)?( USING (?:COVERING )?INDEX \w+)?/);
      if (!scan || scan[2]) continue;
      const aliased = new RegExp(`\\b(\\w+)["\\s]+(?:AS\\s+)?"?${scan[1]}"?\\b`, 'i').exec(sql)?.[1]?.replace(/"/g, '');
      const table = tables.has(scan[1]) ? scan[1] : aliased && tables.has(aliased) ? aliased : null;
      if (!table || SMALL.has(table)) continue;
      assert.fail(`${name}: full scan of ${table} (${step})\n${sql}`);
    }
  }
}

describe('every reader query uses an index', () => {
  // Each edition's pages run the same queries with its code: every edition is checked.
  for (const edition of ['en', 'ru', 'ar']) {
    it(`article, related, home and lists (${edition})`, () => {
      const [newest] = q.listLatest({ edition, limit: 1 });
      assert.ok(newest, `the demo newsroom has ${edition} stories`);
      const sections = q.listSections(edition);
      const tag = t.db.$client
        .prepare('SELECT id, slug FROM tags WHERE edition = ? ORDER BY id LIMIT 1')
        .get(edition) as {
        id: number;
        slug: string;
      };
      const author = t.db.$client
        .prepare('SELECT id, slug FROM authors WHERE edition = ? ORDER BY id LIMIT 1')
        .get(edition) as { id: number; slug: string };
      assertIndexed('article', () => q.getPublishedArticle(newest.id));
      assertIndexed('related', () => related.getRelatedStories(newest.id));
      assertIndexed('related ranking', () => related.rankRelatedStories(newest.id));
      assertIndexed('cards by id', () => q.getPublishedCards(related.rankRelatedStories(newest.id).map((r) => r.id)));
      assertIndexed('home', () => q.getHomeFeed(edition));
      assertIndexed('section page 1', () => q.listSectionArticles(sections[0].id, 1, 20));
      assertIndexed('section page 5', () => q.listSectionArticles(sections[0].id, 5, 20));
      assertIndexed('tag page', () => q.listTagArticles(tag.id, 1, 20));
      assertIndexed('author page', () => q.listAuthorArticles(author.id, 1, 20));
      assertIndexed('section by slug', () => q.getSectionBySlug(edition, sections[0].slug));
      assertIndexed('tag by slug', () => q.getTagBySlug(edition, tag.slug));
      assertIndexed('author by slug', () => q.getAuthorBySlug(edition, author.slug));
      assertIndexed('hot articles', () => q.listHotArticleRefs(edition, 60));
      assertIndexed('article routing', () => q.getArticleRouting(newest.id));
    });

    it(`feeds and the news sitemap (${edition})`, () => {
      const section = q.listSections(edition)[0];
      assertIndexed('site feed', () => feeds.listFeedArticles({ edition, limit: 50 }));
      assertIndexed('section feed', () => feeds.listFeedArticles({ limit: 50, sectionId: section.id }));
      assertIndexed('news sitemap', () =>
        feeds.listArticlesPublishedSince(edition, new Date(Date.now() - 48 * 3600_000), 1000),
      );
    });
  }

  it('sitemaps (every edition at once)', () => {
    assertIndexed('count', () => feeds.countPublishedArticles());
    assertIndexed('latest', () => feeds.latestPublicationTime());
    assertIndexed('sitemap chunk', () => feeds.listSitemapArticles(0, 5_000));
    assertIndexed('section lastmods', () => feeds.listSectionLastmods());
    assertIndexed('tag lastmods', () => feeds.listTagLastmods());
    assertIndexed('author lastmods', () => feeds.listAuthorLastmods());
  });
});

describe('curated fronts use indexes', () => {
  it('the home front and a section front, automatic and with pins', async () => {
    const fronts = await import('@/lib/fronts/load');
    const home = fronts.frontTarget('home')!;
    const [section] = q.listSections('en');
    const sectionFront = fronts.frontTarget(section.slug)!;
    const pinned = q.listLatest({ edition: 'en', limit: 40 }).slice(-3);
    assertIndexed('home front', () => fronts.buildFrontView(home, fronts.loadFrontSource(home).live));
    for (const key of ['ru.home', 'ar.home', `ru.${q.listSections('ru')[0].slug}`]) {
      const other = fronts.frontTarget(key)!;
      assert.ok(other, key);
      assertIndexed(`${key} front`, () => fronts.buildFrontView(other, fronts.loadFrontSource(other).live));
    }
    assertIndexed('section front', () =>
      fronts.buildFrontView(sectionFront, fronts.loadFrontSource(sectionFront).live),
    );
    assertIndexed('front with pins', () =>
      fronts.buildFrontView(home, {
        containers: [
          { id: 'lead', style: 'lead', title: '', href: '', slots: [{ kind: 'pinned', articleId: pinned[0].id }] },
          {
            id: 'top',
            style: 'top',
            title: 'Top',
            href: '',
            slots: [
              { kind: 'pinned', articleId: pinned[1].id },
              { kind: 'auto', sectionId: section.id },
              { kind: 'pinned', articleId: pinned[2].id, until: new Date(0).toISOString() },
            ],
          },
        ],
      }),
    );
  });
});

describe('the staff pages use indexes', () => {
  it('last sign-in: a search of the audit log by action and subject, grouped in index order', async () => {
    const staff = await import('@/db/queries/staff');
    const { writeAudit } = await import('@/db/queries/shared');
    const account = staff.createStaffUser({
      email: 'plans@example.test',
      name: 'Plans',
      passwordHash: 'x',
      role: 'admin',
      editions: [],
    });
    // A log with other actions and subjects around the sign-ins, as the live one has.
    for (let i = 0; i < 50; i++) {
      writeAudit(
        t.db,
        { actorId: account.id, ip: '' },
        i % 5 ? 'article.edited' : 'sign-in',
        i % 5 ? 'article' : 'staff',
        i % 5 ? i : account.id,
      );
    }
    const reads = [
      ['every account', () => staff.listStaffAccounts()],
      ['one account', () => staff.getStaffAccount(account.id)],
    ] as const;
    for (const [name, read] of reads) {
      // Listing every account reads the (small) staff table whole: the audit log is what grows.
      const plans = plansOf(read).filter(({ sql }) => /\baudit_log\b/.test(sql));
      assert.equal(plans.length, 1, `${name}: one read of the audit log`);
      const [{ sql, steps }] = plans;
      assert.ok(
        steps.some((s) =>
          /^SEARCH audit_log USING (COVERING )?INDEX audit_log_action_subject_idx \(action=\? AND subject_type=\?/.test(
            s,
          ),
        ),
        `${name}: ${steps.join(' | ')}\n${sql}`,
      );
      assert.ok(
        !steps.some((s) => /^SCAN audit_log\b/.test(s)),
        `${name}: no scan of the audit log (${steps.join(' | ')})`,
      );
      assert.ok(
        !steps.some((s) => /TEMP B-TREE/.test(s)),
        `${name}: grouped in the index's order (${steps.join(' | ')})`,
      );
    }
    assert.ok(staff.getStaffAccount(account.id)?.lastSignInAt, 'the sign-ins are read');
  });
});

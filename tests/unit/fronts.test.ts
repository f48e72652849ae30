import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';
import type { FrontLayoutJson, FrontView } from '@/db/types';

type Load = typeof import('@/lib/fronts/load');
type Layout = typeof import('@/lib/fronts/layout');
type Queries = typeof import('@/db/queries/fronts');

let t: TestDb;
let load: Load;
let layoutLib: Layout;
let q: Queries;
let staff: StaffByRole;
let base: Date;
const ago = (hours: number) => new Date(base.getTime() - hours * HOUR);
const sec = {} as Record<'world' | 'sport' | 'oped', number>;
const art = {} as Record<string, number>;

const ids = (view: FrontView, container: string) =>
  view.containers.find((c) => c.id === container)?.cards.map((c) => c.id) ?? [];
const allIds = (view: FrontView) => view.containers.flatMap((c) => c.cards.map((card) => card.id));
const home = () => load.frontTarget('home')!;

before(async () => {
  t = await createTestDb('fronts-test-');
  load = await import('@/lib/fronts/load');
  layoutLib = await import('@/lib/fronts/layout');
  q = await import('@/db/queries/fronts');
  staff = await createStaffByRole();
  base = nowSeconds();
  sec.world = t.insertSection({ slug: 'world', name: 'World', position: 1 });
  sec.sport = t.insertSection({ slug: 'sport', name: 'Sport', position: 2 });
  sec.oped = t.insertSection({ slug: 'op-ed', name: 'Opinion', position: 3 });
  const pic = t.insertMedia({ file: 'a.webp' });
  const face = t.insertMedia({ file: 'face.webp' });
  const columnist = t.insertAuthor({ slug: 'columnist', name: 'Col Umnist' });
  t.db.update(t.schema.authors).set({ avatarMediaId: face }).run();
  // World: an old picture story that once led (featured), then fresh ones.
  art.oldLead = t.insertArticle({
    sectionId: sec.world,
    title: 'Old lead',
    publishedAt: ago(17),
    featured: 2,
    heroMediaId: pic,
  });
  for (let i = 1; i <= 8; i++)
    art[`w${i}`] = t.insertArticle({
      sectionId: sec.world,
      title: `World ${i}`,
      publishedAt: ago(11 - i),
      heroMediaId: pic,
    });
  for (let i = 1; i <= 6; i++)
    art[`s${i}`] = t.insertArticle({ sectionId: sec.sport, title: `Sport ${i}`, publishedAt: ago(12 - i) });
  for (let i = 1; i <= 5; i++)
    art[`o${i}`] = t.insertArticle({
      sectionId: sec.oped,
      title: `Column ${i}`,
      publishedAt: ago(20 - i),
      authorIds: [columnist],
    });
  art.draft = t.insertArticle({ sectionId: sec.world, title: 'Draft', status: 'draft', publishedAt: null });
  // A minute ago, without a picture: must still lead an uncurated home page.
  art.fresh = t.insertArticle({
    sectionId: sec.sport,
    title: 'A minute ago',
    publishedAt: new Date(base.getTime() - 60_000),
  });
});

after(() => t?.cleanup());

describe('default fronts', () => {
  it('the uncurated home page leads with the story published a minute ago, and never repeats a story', () => {
    const source = load.loadFrontSource(home());
    assert.equal(source.curated, false);
    const { view } = load.buildFrontView(home(), source.live, new Date());
    assert.deepEqual(ids(view, 'lead'), [art.fresh]);
    assert.equal(ids(view, 'top-stories').length, 6);
    assert.deepEqual(ids(view, 'top-stories').slice(0, 2), [art.w8, art.w7]);
    const all = allIds(view);
    assert.equal(new Set(all).size, all.length);
    assert.deepEqual(
      view.containers.map((c) => c.id),
      ['lead', 'top-stories', 'opinion', 'most-read', `section-${sec.world}`, `section-${sec.sport}`],
    );
    const opinion = view.containers.find((c) => c.id === 'opinion')!;
    assert.equal(opinion.href, '/op-ed');
    assert.equal(opinion.cards[0].byline?.name, 'Col Umnist');
    assert.equal(opinion.cards[0].byline?.avatar?.file, 'face.webp');
    assert.ok(!all.includes(art.draft));
  });

  it('a lead prefers a picture among the three newest when published within two hours of the newest', async () => {
    const { planFront, resolveFront } = await import('@/lib/fronts/resolve');
    const story = (id: number, minutesAgo: number, hero: boolean) => ({
      id,
      edition: 'en',
      slug: `s${id}`,
      title: `S${id}`,
      lede: '',
      section: { id: 1, slug: 'world', name: 'World' },
      publishedAt: new Date(base.getTime() - minutesAgo * 60_000).toISOString(),
      updatedAt: null,
      hero: hero
        ? {
            id: 1,
            file: 'a.webp',
            mime: 'image/webp',
            width: 1,
            height: 1,
            variants: [],
            alt: '',
            caption: '',
            credit: '',
          }
        : null,
      byline: null,
      format: 'text' as const,
    });
    const layout: FrontLayoutJson = {
      containers: [
        { id: 'lead', style: 'lead', title: '', href: '', slots: [{ kind: 'auto', sectionId: null }] },
        { id: 'top', style: 'top', title: 'Top', href: '', slots: [{ kind: 'auto', sectionId: null }] },
      ],
    };
    const plan = planFront(layout, new Map(), base, null);
    const leadOf = (pool: ReturnType<typeof story>[]) => {
      const view = resolveFront('home', plan, new Map([['all', pool]]));
      return [ids(view, 'lead')[0], ids(view, 'top')[0]];
    };
    // The third newest has a picture and is 90 minutes older than the newest: it leads.
    assert.deepEqual(leadOf([story(1, 1, false), story(2, 30, false), story(3, 91, true)]), [3, 1]);
    // Too old (over two hours older than the newest), or fourth: the newest leads without a picture.
    assert.deepEqual(leadOf([story(1, 1, false), story(2, 30, false), story(3, 200, true)]), [1, 2]);
    assert.deepEqual(leadOf([story(1, 1, false), story(2, 2, false), story(3, 3, false), story(4, 4, true)]), [1, 2]);
    // The newest has a picture: it leads.
    assert.deepEqual(leadOf([story(1, 1, true), story(2, 2, true)]), [1, 2]);
  });

  it('a section front: lead and top stories from that section, newest first', () => {
    const target = load.frontTarget('sport')!;
    const { view } = load.buildFrontView(target, load.loadFrontSource(target).live);
    assert.deepEqual(ids(view, 'lead'), [art.fresh]);
    assert.deepEqual(ids(view, 'top-stories'), [art.s6, art.s5, art.s4, art.s3]);
    assert.equal(load.frontTarget('nowhere'), null);
  });
});

describe('the default home layout of a large newsroom', () => {
  it('keeps a row per section only as far as a front holds blocks, so the editor can save it as it is', async () => {
    const { defaultHomeLayout } = await import('@/lib/fronts/defaults');
    const { MAX_CONTAINERS } = await import('@/lib/fronts/limits');
    const many = Array.from({ length: MAX_CONTAINERS + 10 }, (_, i) => ({ id: i + 1, slug: `s${i}`, name: `S ${i}` }));
    const layout = defaultHomeLayout('en', many);
    assert.equal(layout.containers.length, MAX_CONTAINERS);
    assert.equal(layoutLib.checkLayout(layout).ok, true);
  });
});

describe('resolving a curated layout', () => {
  const slotsOf = (view: FrontView, id: string) => view.containers.find((c) => c.id === id)!.cards;

  it('pins first, autos never repeat a pinned story, overrides apply to that front only', () => {
    const layout: FrontLayoutJson = {
      containers: [
        {
          id: 'top',
          style: 'top',
          title: 'Top',
          href: '',
          slots: [
            { kind: 'auto', sectionId: null },
            { kind: 'auto', sectionId: null },
          ],
        },
        {
          id: 'lead',
          style: 'lead',
          title: '',
          href: '',
          slots: [
            {
              kind: 'pinned',
              articleId: art.fresh,
              headline: 'Overridden headline',
              standfirst: 'Overridden standfirst',
              crop: { ratio: '1:1', focusX: 20, focusY: 80 },
            },
          ],
        },
      ],
    };
    const { view } = load.buildFrontView(home(), layout);
    const lead = slotsOf(view, 'lead')[0];
    assert.equal(lead.id, art.fresh);
    assert.equal(lead.headline, 'Overridden headline');
    assert.equal(lead.title, 'A minute ago');
    assert.equal(lead.standfirst, 'Overridden standfirst');
    assert.deepEqual(lead.crop, { ratio: '1:1', focusX: 20, focusY: 80 });
    // The autos above the pin skip the pinned story, although it is the newest.
    assert.deepEqual(ids(view, 'top'), [art.w8, art.w7]);
    assert.equal(slotsOf(view, 'top')[0].headline, 'World 8');
  });

  it('a pin past its `until` becomes "latest from its section"; an unpublished pin is filled from the front', () => {
    const layout: FrontLayoutJson = {
      containers: [
        {
          id: 'top',
          style: 'top',
          title: 'Top',
          href: '',
          slots: [
            { kind: 'pinned', articleId: art.s1, until: ago(1).toISOString(), headline: 'Gone' },
            { kind: 'pinned', articleId: art.draft },
            { kind: 'pinned', articleId: art.w1, until: new Date(base.getTime() + HOUR).toISOString() },
          ],
        },
      ],
    };
    const target = load.frontTarget('world')!;
    const { view } = load.buildFrontView(target, layout);
    const cards = slotsOf(view, 'top');
    assert.equal(cards.length, 3);
    assert.equal(cards[0].id, art.fresh, 'the expired sport pin gives the newest sport story');
    assert.equal(cards[0].headline, 'A minute ago', 'and its override is gone');
    assert.equal(cards[1].id, art.w8, 'the unpublished pin gives the newest story of the front’s section');
    assert.equal(cards[2].id, art.w1, 'a pin still in force stays');
  });
});

describe('layout validation', () => {
  it('refuses bad input with a message per field', () => {
    const now = new Date();
    const result = layoutLib.checkLayout(
      {
        containers: [
          {
            id: 'Lead!',
            style: 'lead',
            title: '',
            href: '',
            slots: [
              { kind: 'auto', sectionId: null },
              { kind: 'auto', sectionId: null },
            ],
          },
          {
            id: 'top',
            style: 'top',
            title: 'Top',
            href: 'http://evil.example',
            slots: [
              {
                kind: 'pinned',
                articleId: 3,
                headline: 'x'.repeat(201),
                until: new Date(now.getTime() - 1000).toISOString(),
              },
              { kind: 'pinned', articleId: 3, crop: { ratio: '3:2', focusX: 120, focusY: 0 } },
            ],
          },
          { id: 'top', style: 'most-read', title: 'Most read', href: '', slots: [{ kind: 'auto', sectionId: null }] },
        ],
      },
      now,
    );
    assert.equal(result.ok, false);
    const errors = result.ok ? {} : result.errors;
    assert.match(errors['c0.id'], /Lowercase/);
    assert.match(errors['c0.slots'], /At most 1/);
    assert.match(errors['c1.href'], /path on this site/);
    assert.match(errors['c1.s0.headline'], /200/);
    assert.match(errors['c1.s1.crop.ratio'], /crop ratio/);
    assert.match(errors['c1.s1.crop.focusX'], /0–100/);
    assert.match(errors['c2.slots'], /no slots/);
    // Checks across blocks run once every block is well formed.
    const twice = layoutLib.checkLayout({
      containers: [
        { id: 'top', style: 'top', title: 'Top', href: '/', slots: [{ kind: 'pinned', articleId: 3 }] },
        { id: 'top', style: 'row', title: 'Row', href: '/world', slots: [{ kind: 'pinned', articleId: 3 }] },
      ],
    });
    const twiceErrors = twice.ok ? {} : twice.errors;
    assert.match(twiceErrors['c1.id'], /share/);
    assert.match(twiceErrors['c1.s0.articleId'], /already pinned/);
  });

  it('refuses an `until` that has passed, and accepts a good layout tidied', () => {
    const now = new Date();
    const past = layoutLib.checkLayout(
      {
        containers: [
          {
            id: 'lead',
            style: 'lead',
            title: '',
            href: '',
            slots: [{ kind: 'pinned', articleId: 1, until: new Date(now.getTime() - 60_000).toISOString() }],
          },
        ],
      },
      now,
    );
    assert.equal(past.ok, false);
    assert.match(past.ok ? '' : past.errors['c0.s0.until'], /future/);
    const good = layoutLib.checkLayout(
      {
        containers: [
          {
            id: 'lead',
            style: 'lead',
            title: '',
            href: '',
            slots: [{ kind: 'pinned', articleId: 1, headline: '', standfirst: '  ', crop: null }],
          },
        ],
      },
      now,
    );
    assert.deepEqual(good, {
      ok: true,
      layout: {
        containers: [{ id: 'lead', style: 'lead', title: '', href: '', slots: [{ kind: 'pinned', articleId: 1 }] }],
      },
    });
  });
});

describe('publishing, drafts, revisions', () => {
  const who = () => ({ actorId: staff.editor.id, ip: '203.0.113.9' });
  const pinLead = (articleId: number): FrontLayoutJson => ({
    containers: [{ id: 'lead', style: 'lead', title: '', href: '', slots: [{ kind: 'pinned', articleId }] }],
  });

  it('publishes with a version check, a revision and an audit entry; a stale version is refused', () => {
    const first = q.publishFront('home', pinLead(art.w1), 0, who());
    assert.deepEqual(first.ok && first.version, 1);
    const stale = q.publishFront('home', pinLead(art.w2), 0, who());
    assert.equal(stale.ok, false);
    assert.equal(!stale.ok && stale.current?.version, 1);
    const second = q.publishFront('home', pinLead(art.w2), 1, who());
    assert.equal(second.ok && second.version, 2);
    const source = load.loadFrontSource(home());
    assert.equal(source.curated, true);
    assert.equal(source.row?.updatedBy, 'editor');
    assert.deepEqual(
      q.listFrontRevisions('home').map((r) => [r.version, r.staffName]),
      [
        [2, 'editor'],
        [1, 'editor'],
      ],
    );
    const audit = t.db
      .select()
      .from(t.schema.auditLog)
      .all()
      .filter((a) => a.action === 'front.publish');
    assert.equal(audit.length, 2);
    assert.equal(audit[0].subjectType, 'front');
    assert.equal(audit[0].ip, '203.0.113.9');
  });

  it('a draft does not change what readers see until published; discard clears it', () => {
    const draft = q.saveFrontDraft('home', pinLead(art.w3), 2, who());
    assert.equal(draft.ok, true);
    const source = load.loadFrontSource(home());
    assert.deepEqual(layoutLib.pinnedIds(source.live), [art.w2]);
    assert.deepEqual(layoutLib.pinnedIds(source.draft!), [art.w3]);
    assert.equal(q.saveFrontDraft('home', pinLead(art.w4), 1, who()).ok, false, 'stale draft refused');
    q.saveFrontDraft('home', null, 2, who());
    assert.equal(load.loadFrontSource(home()).draft, null);
  });

  it('a draft on a front never published keeps readers on the default', () => {
    const target = load.frontTarget('sport')!;
    assert.equal(q.saveFrontDraft(target.dbKey, pinLead(art.s1), 0, who()).ok, true);
    const source = load.loadFrontSource(target);
    assert.equal(source.curated, false);
    assert.deepEqual(layoutLib.pinnedIds(source.draft!), [art.s1]);
    assert.equal(q.publishFront(target.dbKey, source.draft!, 0, who()).ok, true);
    assert.equal(load.loadFrontSource(target).curated, true);
  });

  it('restores a revision as a new version, audited', () => {
    const old = q.getFrontRevision('home', 1)!;
    const restored = q.restoreFrontRevision('home', 1, old, 2, who());
    assert.equal(restored.ok && restored.version, 3);
    assert.deepEqual(layoutLib.pinnedIds(load.loadFrontSource(home()).live), [art.w1]);
    const entry = t.db
      .select()
      .from(t.schema.auditLog)
      .all()
      .find((a) => a.action === 'front.restore');
    assert.deepEqual(entry?.details, { key: 'home', version: 3, restored: 1 });
    assert.equal(q.getFrontRevision('home', 99), null);
  });
});

describe('the editor form', () => {
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };
  const twoSlots = {
    key: 'home',
    version: '3',
    containers: '1',
    'c0.uid': 'c-top',
    'c0.id': 'top',
    'c0.style': 'top',
    'c0.title': 'Top',
    'c0.href': '',
    'c0.slots': '2',
    'c0.s0.uid': 'a',
    'c0.s0.kind': 'pinned',
    'c0.s0.articleId': '0',
    'c0.s0.headline': 'Mine',
    'c0.s0.cropRatio': '4:3',
    'c0.s0.focusX': '10',
    'c0.s0.focusY': '90',
    'c0.s1.uid': 'b',
    'c0.s1.kind': 'auto',
    'c0.s1.sectionId': '',
  };

  it('reads a posted form, moves and adds slots and blocks, within the limits', async () => {
    const f = await import('@/lib/fronts/form');
    const containers = f.readEditorForm(form({ ...twoSlots, 'c0.s0.articleId': String(art.w1) }));
    assert.equal(containers[0].slots[0].headline, 'Mine');
    const down = f.applyOp(containers, f.parseOp('slot-down:0:0'));
    assert.deepEqual(
      down.containers[0].slots.map((s) => s.uid),
      ['b', 'a'],
    );
    assert.equal(down.focus, 'a');
    const lead = f.applyOp(down.containers, f.parseOp('container-add:lead'));
    assert.equal(lead.containers[1].style, 'lead');
    assert.equal(lead.containers[1].id, 'lead');
    const full = f.applyOp(lead.containers, f.parseOp('slot-add:1'));
    assert.match(full.message ?? '', /at most 1/);
    const moved = f.moveSlot(lead.containers, { i: 0, j: 0 }, { i: 1, j: 0 });
    assert.match(moved.message ?? '', /at most 1/);
    const { layout, errors } = f.layoutFromEditor(down.containers);
    assert.deepEqual(errors, {});
    const checked = layoutLib.checkLayout(layout);
    assert.ok(checked.ok);
    assert.deepEqual(checked.ok && checked.layout.containers[0].slots[1], {
      kind: 'pinned',
      articleId: art.w1,
      headline: 'Mine',
      crop: { ratio: '4:3', focusX: 10, focusY: 90 },
    });
    assert.equal(f.parseOp('slot-up:x:1').op, 'refresh');
    assert.equal(f.parseOp('container-add:bogus').op, 'refresh');
  });

  it('a posted editor: a stale version keeps the arrangement with a message; bad fields come back marked', async () => {
    const editor = await import('@/lib/fronts/editor');
    const stale = editor.handleEditorPost(
      staff.editor,
      '203.0.113.9',
      form({ ...twoSlots, 'c0.s0.articleId': String(art.w1), version: '1', op: 'draft' }),
    );
    assert.ok('state' in stale);
    assert.equal(stale.state.status, 'conflict');
    assert.match(stale.state.message, /Someone else changed this front/);
    assert.equal(stale.state.containers[0].slots[0].headline, 'Mine');
    const bad = editor.handleEditorPost(
      staff.editor,
      '203.0.113.9',
      form({
        ...twoSlots,
        'c0.s0.articleId': String(art.draft),
        'c0.s0.focusX': '101',
        'c0.s0.until': 'soon',
        op: 'draft',
      }),
    );
    assert.ok('state' in bad);
    assert.equal(bad.state.status, 'invalid');
    assert.match(bad.state.errors['c0.s0.focusX'], /0 to 100/);
    assert.match(bad.state.errors['c0.s0.until'], /valid date/);
    const unpublished = editor.handleEditorPost(
      staff.editor,
      '203.0.113.9',
      form({ ...twoSlots, 'c0.s0.articleId': String(art.draft), op: 'draft' }),
    );
    assert.ok('state' in unpublished);
    assert.match(unpublished.state.errors['c0.s0.articleId'], /not published/);
    const found = editor.handleEditorPost(
      staff.editor,
      '203.0.113.9',
      form({ ...twoSlots, op: 'search:0', 'c0.q': 'Column' }),
    );
    assert.ok('state' in found);
    assert.equal(found.state.search?.items.length, 5);
    const saved = editor.handleEditorPost(
      staff.editor,
      '203.0.113.9',
      form({ ...twoSlots, 'c0.s0.articleId': String(art.w1), op: 'draft' }),
    );
    assert.deepEqual(saved, { redirect: '/admin/fronts/home/preview' });
  });
});

describe('expiry at a pin’s end', () => {
  it('queues the front’s expiry at each future `until`, which the scheduler’s run recognises', async () => {
    const cache = await import('@/lib/cache');
    const followups = await import('@/db/queries/cache-followups');
    const now = base.getTime();
    const soon = new Date(now + HOUR);
    const later = new Date(now + 2 * HOUR);
    const layout: FrontLayoutJson = {
      containers: [
        {
          id: 'top',
          style: 'top',
          title: 'Top',
          href: '',
          slots: [
            { kind: 'pinned', articleId: art.w1, until: later.toISOString() },
            { kind: 'pinned', articleId: art.w2, until: soon.toISOString() },
            { kind: 'pinned', articleId: art.w3, until: new Date(now - HOUR).toISOString() },
            { kind: 'pinned', articleId: art.w4 },
          ],
        },
      ],
    };
    const until = layoutLib.futureUntils(layout, base);
    assert.deepEqual(until, [soon, later]);
    const queued = cache.frontFollowups(['home'], until, now);
    assert.deepEqual(
      queued.map((f) => f.dueAt.getTime() - now),
      [cache.FOLLOWUP_DELAY_MS, HOUR, HOUR + cache.FOLLOWUP_DELAY_MS, 2 * HOUR, 2 * HOUR + cache.FOLLOWUP_DELAY_MS],
    );
    for (const f of queued) followups.queueFollowup(f.payload, f.dueAt);
    // Due at the pin's end, not before: what the scheduler takes then names the home front only.
    assert.deepEqual(followups.takeDueFollowups(new Date(now + HOUR - 1000)), [{ fronts: ['home'] }]);
    const due = followups.takeDueFollowups(new Date(now + HOUR));
    assert.deepEqual(due, [{ fronts: ['home'] }]);
    assert.ok(due.every(cache.isFrontChange));
    assert.equal(cache.isFrontChange({ fronts: [1] }), false);
  });
});

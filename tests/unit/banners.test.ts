/**
 * The breaking-news banner: the newsroom form's checks, which banners are live where (scope and
 * expiry), ending one, and the audit entries.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, HOUR, nowSeconds, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

type Banners = typeof import('@/lib/newsroom/banners');
type Queries = typeof import('@/db/queries/banners');

let t: TestDb;
let B: Banners;
let q: Queries;
let staff: StaffByRole;
let sec: { world: number; sport: number };

const form = (v: Partial<Record<import('@/lib/newsroom/banners').BannerField, string>> = {}) => ({
  label: 'Breaking',
  text: 'Earthquake hits the coast',
  url: '/world/12-earthquake',
  scope: 'site',
  expiresIn: '1h',
  expiresAt: '',
  tz: '',
  ...v,
});

before(async () => {
  t = await createTestDb('banners-test-');
  B = await import('@/lib/newsroom/banners');
  q = await import('@/db/queries/banners');
  staff = await createStaffByRole();
  sec = { world: t.insertSection({ slug: 'world' }), sport: t.insertSection({ slug: 'sport' }) };
});

after(() => t.cleanup());

describe('the banner form', () => {
  const now = new Date('2026-12-07T10:00:00.000Z');
  const sectionIds = new Set<number>();
  before(() => {
    sectionIds.add(sec.world);
    sectionIds.add(sec.sport);
  });
  const check = (v: Parameters<typeof form>[0]) => B.checkBanner(form(v), { now, sectionIds });
  const errors = (v: Parameters<typeof form>[0]) => {
    const r = check(v);
    assert.equal(r.ok, false, JSON.stringify(v));
    return r.ok ? {} : r.errors;
  };

  it('accepts a site-wide banner ending in 1, 3 or 12 hours, or at a time (UTC)', () => {
    for (const [expiresIn, hours] of [
      ['1h', 1],
      ['3h', 3],
      ['12h', 12],
    ] as const) {
      const r = check({ expiresIn });
      assert.ok(r.ok);
      assert.equal(r.input.expiresAt.getTime() - now.getTime(), hours * HOUR);
      assert.equal(r.input.sectionId, null);
    }
    const at = check({ expiresIn: 'at', expiresAt: '2026-12-07T18:30', scope: String(sec.sport), label: 'Live' });
    assert.ok(at.ok);
    assert.equal(at.input.expiresAt.toISOString(), '2026-12-07T18:30:00.000Z');
    // The end time is a wall time in the form's zone (My account's, else the browser's).
    const moscow = check({ expiresIn: 'at', expiresAt: '2026-12-07T18:30', tz: 'Europe/Moscow' });
    assert.ok(moscow.ok);
    assert.equal(moscow.input.expiresAt.toISOString(), '2026-12-07T15:30:00.000Z');
    const nowhere = check({ expiresIn: 'at', expiresAt: '2026-12-07T18:30', tz: 'Mars/Olympus' });
    assert.ok(!nowhere.ok);
    assert.match(nowhere.errors.expiresAt ?? '', /not a time zone/);
    assert.equal(at.input.sectionId, sec.sport);
    assert.equal(at.input.label, 'Live');
    const spaced = check({ text: '  Two   spaces  ', url: 'https://example.org/live?x=1' });
    assert.ok(spaced.ok);
    assert.equal(spaced.input.text, 'Two spaces');
  });

  it('refuses each bad field with its own message', () => {
    assert.ok(errors({ label: 'Exclusive' }).label);
    assert.ok(errors({ text: '   ' }).text);
    assert.ok(errors({ text: 'x'.repeat(161) }).text);
    assert.ok(check({ text: 'é'.repeat(160) }).ok, '160 characters, not bytes');
    for (const url of [
      '',
      'world/1',
      '//evil.example/x',
      'http://example.org',
      'javascript:alert(1)',
      '/a b',
      'https://',
    ])
      assert.ok(errors({ url }).url, url);
    assert.ok(errors({ scope: '999' }).scope);
    assert.ok(errors({ scope: 'abc' }).scope);
    assert.ok(errors({ expiresIn: '2h' }).expiresIn);
    assert.ok(errors({ expiresIn: 'at', expiresAt: '' }).expiresAt);
    assert.ok(errors({ expiresIn: 'at', expiresAt: '2026-12-07T09:59' }).expiresAt, 'past');
    assert.ok(errors({ expiresIn: 'at', expiresAt: '2026-12-20T10:00' }).expiresAt, 'more than 7 days');
    const all = errors({ label: '', text: '', url: '', scope: '0', expiresIn: '' });
    assert.deepEqual(Object.keys(all).sort(), ['expiresIn', 'label', 'scope', 'text', 'url']);
  });
});

describe('live banners', () => {
  it('shows site-wide banners everywhere and a section’s only with that section, between start and expiry', () => {
    const now = nowSeconds();
    const who = { actorId: staff.editor.id, ip: '127.0.0.1' };
    const add = (text: string, sectionId: number | null, startsIn: number, endsIn: number) =>
      q.insertBanner(
        {
          label: 'Breaking',
          text,
          url: '/',
          sectionId,
          startsAt: new Date(now.getTime() + startsIn),
          expiresAt: new Date(now.getTime() + endsIn),
        },
        who,
      );
    const site = add('site', null, -HOUR, HOUR);
    const world = add('world', sec.world, -HOUR, HOUR);
    add('expired', null, -2 * HOUR, -1000);
    add('not yet', null, HOUR, 2 * HOUR);
    const texts = (slug: string | null, at = now, edition = 'en') =>
      q.listLiveBanners(edition, slug, at).map((b) => b.text);
    assert.deepEqual(texts(null), ['site']);
    assert.deepEqual(texts('world').sort(), ['site', 'world']);
    assert.deepEqual(texts('sport'), ['site']);
    // A site-wide banner of another edition shows only there; a section's takes the section's edition.
    q.insertBanner(
      {
        label: 'Срочно',
        text: 'ru site',
        url: '/ru',
        sectionId: null,
        startsAt: new Date(now.getTime() - HOUR),
        expiresAt: new Date(now.getTime() + HOUR),
        edition: 'ru',
      },
      who,
    );
    assert.deepEqual(texts(null, now, 'ru'), ['ru site']);
    assert.deepEqual(texts('world', now, 'ru'), ['ru site']);
    assert.deepEqual(texts('world').sort(), ['site', 'world'], 'not in English');
    const view = q.listLiveBanners('en', 'world', now).find((b) => b.id === world)!;
    assert.equal(view.sectionSlug, 'world');
    assert.equal(view.expiresAt, new Date(now.getTime() + HOUR).toISOString());
    assert.deepEqual(
      texts('world', new Date(now.getTime() + HOUR)),
      ['not yet'],
      'gone at their expiry; the next one starts',
    );

    assert.ok(q.endBannerNow(site, who, now));
    assert.equal(q.endBannerNow(site, who, now), null, 'ending twice');
    assert.deepEqual(texts(null, new Date(now.getTime() + 1000)), [], 'ended');
    const admin = q.listBannersForAdmin(50, new Date(now.getTime() + 1000));
    assert.equal(admin.find((r) => r.id === site)?.live, false);
    assert.equal(admin.find((r) => r.id === world)?.live, true);

    const audit = t.db.$client
      .prepare("SELECT action, subject_id AS id FROM audit_log WHERE action LIKE 'banner.%' ORDER BY id")
      .all() as { action: string; id: string }[];
    assert.deepEqual(
      audit.filter((a) => a.id === String(site)).map((a) => a.action),
      ['banner.create', 'banner.end'],
    );
  });
});

/**
 * My account's time zone (lib/newsroom/profile.ts): set, refused when unknown, cleared; audited;
 * read back with the account, as the schedule and banner forms get it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

let t: TestDb;
let profile: typeof import('@/lib/newsroom/profile');
let q: typeof import('@/db/queries/staff');
let staff: StaffByRole;
const IP = '127.0.0.1';
const form = (timeZone: string) => {
  const f = new FormData();
  f.append('timeZone', timeZone);
  return f;
};

before(async () => {
  t = await createTestDb('newsroom-profile-');
  profile = await import('@/lib/newsroom/profile');
  q = await import('@/db/queries/staff');
  staff = await createStaffByRole();
});
after(() => t.cleanup());

describe('the profile time zone', () => {
  it('is offered from Intl’s list, UTC first', () => {
    const zones = profile.timeZoneChoices();
    assert.equal(zones[0], 'UTC');
    assert.ok(zones.includes('Europe/Moscow') && zones.includes('Asia/Kolkata'));
    assert.equal(new Set(zones).size, zones.length);
  });

  it('is set by its owner, refused when unknown, cleared back to the browser’s, each change audited', () => {
    const me = staff.contributor;
    assert.equal(q.findStaffForSignIn(me.email)?.timeZone, null);
    assert.deepEqual(profile.setTimeZoneFromForm(me, form('Asia/Kolkata'), IP), { ok: true, code: 'zone' });
    assert.equal(q.findStaffForSignIn(me.email)?.timeZone, 'Asia/Kolkata');
    assert.deepEqual(profile.setTimeZoneFromForm(me, form('Mars/Olympus'), IP), { ok: false, code: 'zone' });
    assert.deepEqual(profile.setTimeZoneFromForm(me, form('+05:30'), IP), { ok: false, code: 'zone' });
    assert.equal(q.findStaffForSignIn(me.email)?.timeZone, 'Asia/Kolkata', 'a refused zone changes nothing');
    assert.deepEqual(profile.setTimeZoneFromForm(me, form(''), IP), { ok: true, code: 'zone-browser' });
    assert.equal(q.findStaffForSignIn(me.email)?.timeZone, null);
    // Another account is untouched.
    assert.equal(q.findStaffForSignIn(staff.editor.email)?.timeZone, null);
    const audit = t.db.$client
      .prepare("SELECT details FROM audit_log WHERE action = 'profile.time-zone' AND subject_id = ? ORDER BY id")
      .all(String(me.id)) as { details: string }[];
    assert.deepEqual(
      audit.map((r) => JSON.parse(r.details).timeZone),
      ['Asia/Kolkata', null],
    );
  });
});

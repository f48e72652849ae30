import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScheduleTime } from '@/lib/newsroom/articles';
import {
  formatIn,
  formatUtc,
  isTimeZone,
  parseWallTime,
  wallFieldsToUtc,
  zonedTimeToUtc,
  zoneOffsetAt,
  type WallTime,
} from '@/lib/zoned-time';

/** The instant (ISO) for a date and time in a zone, or the refusal's reason. */
function utc(date: string, time: string, zone: string): string {
  const r = wallFieldsToUtc(date, time, zone);
  return r.ok ? r.at.toISOString() : r.reason;
}

describe('a wall-clock time in a zone, as a UTC instant', () => {
  it('UTC is itself; Kolkata is 5 h 30 ahead all year', () => {
    assert.equal(utc('2026-12-08', '14:30', 'UTC'), '2026-12-08T14:30:00.000Z');
    assert.equal(utc('2026-12-08', '14:30:15', 'UTC'), '2026-12-08T14:30:15.000Z');
    assert.equal(utc('2026-12-08', '20:00', 'Asia/Kolkata'), '2026-12-08T14:30:00.000Z');
    assert.equal(utc('2026-07-01', '00:15', 'Asia/Kolkata'), '2026-06-30T18:45:00.000Z');
    assert.equal(zoneOffsetAt('Asia/Kolkata', Date.parse('2026-03-29T12:00:00Z')), 5.5 * 3600_000);
  });

  it('Europe/London: GMT in winter, BST in summer, a spring gap and an autumn hour taken the first time', () => {
    assert.equal(utc('2026-12-08', '14:30', 'Europe/London'), '2026-12-08T14:30:00.000Z');
    assert.equal(utc('2026-07-08', '14:30', 'Europe/London'), '2026-07-08T13:30:00.000Z');
    // 29 March 2026: at 01:00 GMT the clocks go to 02:00 BST.
    assert.equal(utc('2026-03-29', '00:59', 'Europe/London'), '2026-03-29T00:59:00.000Z');
    assert.equal(utc('2026-03-29', '01:00', 'Europe/London'), 'gap');
    assert.equal(utc('2026-03-29', '01:59:59', 'Europe/London'), 'gap');
    assert.equal(utc('2026-03-29', '02:00', 'Europe/London'), '2026-03-29T01:00:00.000Z');
    // 25 October 2026: at 02:00 BST the clocks go back to 01:00 GMT; 01:30 happens twice.
    const twice = wallFieldsToUtc('2026-10-25', '01:30', 'Europe/London');
    assert.deepEqual(twice, { ok: true, at: new Date('2026-10-25T00:30:00Z'), ambiguous: true });
    assert.equal(utc('2026-10-25', '00:59', 'Europe/London'), '2026-10-24T23:59:00.000Z');
    assert.equal(utc('2026-10-25', '02:00', 'Europe/London'), '2026-10-25T02:00:00.000Z');
    assert.equal((wallFieldsToUtc('2026-10-25', '02:00', 'Europe/London') as { ambiguous: boolean }).ambiguous, false);
  });

  it('America/New_York: EST and EDT, the gap at 02:00 in March, the repeated 01:00 hour in November', () => {
    assert.equal(utc('2026-12-08', '09:30', 'America/New_York'), '2026-12-08T14:30:00.000Z');
    assert.equal(utc('2026-07-04', '09:30', 'America/New_York'), '2026-07-04T13:30:00.000Z');
    // 8 March 2026: 02:00 EST becomes 03:00 EDT.
    assert.equal(utc('2026-03-08', '01:59', 'America/New_York'), '2026-03-08T06:59:00.000Z');
    assert.equal(utc('2026-03-08', '02:30', 'America/New_York'), 'gap');
    assert.equal(utc('2026-03-08', '03:00', 'America/New_York'), '2026-03-08T07:00:00.000Z');
    const gap = wallFieldsToUtc('2026-03-08', '02:30', 'America/New_York');
    assert.ok(!gap.ok && /02:30 does not exist on 2026-03-08 in America\/New_York/.test(gap.message), String(gap));
    // 1 November 2026: 02:00 EDT becomes 01:00 EST; 01:30 is first 05:30 UTC, then 06:30 UTC.
    assert.deepEqual(wallFieldsToUtc('2026-11-01', '01:30', 'America/New_York'), {
      ok: true,
      at: new Date('2026-11-01T05:30:00Z'),
      ambiguous: true,
    });
    assert.equal(utc('2026-11-01', '00:59', 'America/New_York'), '2026-11-01T04:59:00.000Z');
    assert.equal(utc('2026-11-01', '02:00', 'America/New_York'), '2026-11-01T07:00:00.000Z');
  });

  it('an instant every 113 minutes of a year, read off the clock in a zone, converts back to itself (or its first twin)', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC']) {
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 113 * 60_000) {
        const offset = zoneOffsetAt(zone, t);
        const w = new Date(t + offset);
        const wall: WallTime = {
          year: w.getUTCFullYear(),
          month: w.getUTCMonth() + 1,
          day: w.getUTCDate(),
          hour: w.getUTCHours(),
          minute: w.getUTCMinutes(),
          second: w.getUTCSeconds(),
        };
        const r = zonedTimeToUtc(wall, zone);
        assert.ok(r.ok, `${zone} ${new Date(t).toISOString()}`);
        if (r.ambiguous) assert.ok(r.at.getTime() <= t, `${zone} ${new Date(t).toISOString()}`);
        else assert.equal(r.at.getTime(), t, `${zone} ${new Date(t).toISOString()}`);
      }
    }
  });

  it('refuses a zone Intl does not know, and anything that is not an IANA name', () => {
    assert.equal(isTimeZone('Europe/London'), true);
    assert.equal(isTimeZone('America/Argentina/Buenos_Aires'), true);
    assert.equal(isTimeZone('UTC'), true);
    for (const bad of [
      'Mars/Olympus_Mons',
      '+05:30',
      '',
      'Europe/London; drop',
      '../etc/passwd',
      'x'.repeat(80),
      42,
      null,
    ])
      assert.equal(isTimeZone(bad), false, String(bad));
    const r = wallFieldsToUtc('2026-12-08', '14:30', 'Mars/Olympus_Mons');
    assert.ok(!r.ok && r.reason === 'zone' && r.message.includes('Mars/Olympus_Mons'));
  });

  it('refuses a date or time that is not one; the clock is 24-hour', () => {
    for (const [date, time, reason] of [
      ['2026-02-30', '10:00', 'date'],
      ['2026-13-01', '10:00', 'date'],
      ['8/12/2026', '10:00', 'date'],
      ['', '10:00', 'date'],
      ['2026-12-08', '24:00', 'time'],
      ['2026-12-08', '14:60', 'time'],
      ['2026-12-08', '2:30 PM', 'time'],
      ['2026-12-08', '7pm', 'time'],
      ['2026-12-08', '', 'time'],
    ])
      assert.equal(utc(date, time, 'Europe/London'), reason, `${date} ${time}`);
    assert.deepEqual(parseWallTime('2026-12-08', '9:05'), {
      year: 2026,
      month: 12,
      day: 8,
      hour: 9,
      minute: 5,
      second: 0,
    });
  });

  it('writes instants on a 24-hour clock, in UTC or in a zone', () => {
    const at = new Date('2026-12-08T14:30:00Z');
    assert.equal(formatUtc(at), '14:30 UTC, Tue 8 Dec 2026');
    assert.equal(formatIn(at, 'America/New_York'), '09:30, Tue 8 Dec 2026');
    assert.equal(formatIn(at, 'Asia/Kolkata'), '20:00, Tue 8 Dec 2026');
    assert.equal(formatUtc(new Date('2026-12-08T00:05:07Z')), '00:05:07 UTC, Tue 8 Dec 2026');
  });
});

describe('the schedule form’s time', () => {
  const now = new Date('2026-12-08T15:00:00Z'); // 10:00 in New York, 20:30 in Kolkata

  it('reads the date and time in the editor’s zone', () => {
    assert.deepEqual(
      parseScheduleTime({ date: '2026-12-08', time: '10:30', timeZone: 'America/New_York' }, now),
      new Date('2026-12-08T15:30:00Z'),
    );
    assert.deepEqual(
      parseScheduleTime({ date: '2026-12-08', time: '21:00', timeZone: 'Asia/Kolkata' }, now),
      new Date('2026-12-08T15:30:00Z'),
    );
    // Without JavaScript the zone is UTC.
    assert.deepEqual(
      parseScheduleTime({ date: '2026-12-08', time: '15:30', timeZone: 'UTC' }, now),
      new Date('2026-12-08T15:30:00Z'),
    );
  });

  it('refuses a time earlier today in the editor’s zone, saying what time it is there', () => {
    const past = parseScheduleTime({ date: '2026-12-08', time: '09:30', timeZone: 'America/New_York' }, now);
    assert.equal(past, 'Choose a time in the future: it is now 10:00, Tue 8 Dec 2026 in America/New_York.');
    // 10:30 is ahead in New York but long gone in UTC.
    assert.equal(
      parseScheduleTime({ date: '2026-12-08', time: '10:30', timeZone: 'UTC' }, now),
      'Choose a time in the future: it is now 15:00 UTC, Tue 8 Dec 2026.',
    );
  });

  it('passes on the conversion’s messages, not an exception', () => {
    for (const input of [
      { date: '2026-12-08', time: '10:30', timeZone: 'Not/A_Zone' },
      { date: '2026-12-08', time: '10:30', timeZone: '+05:30' },
      { date: '2027-03-14', time: '02:30', timeZone: 'America/New_York' },
      { date: '2026-12-08', time: '25:00', timeZone: 'Europe/London' },
      { date: 'soon', time: '10:30', timeZone: 'Europe/London' },
      { date: 42, time: null },
    ]) {
      const r = parseScheduleTime(input, now);
      assert.equal(typeof r, 'string', JSON.stringify(input));
    }
    assert.match(
      parseScheduleTime({ date: '2027-03-14', time: '02:30', timeZone: 'America/New_York' }, now) as string,
      /does not exist/,
    );
  });
});

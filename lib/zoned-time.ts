/**
 * Wall-clock times in a named time zone, turned into instants with nothing but Intl (no date
 * library): the newsroom's schedule form asks for the time in the editor's zone, and the server
 * and the form's island both convert it here, so what the editor is shown is what is stored.
 * Pure and free of server code: components/admin/ScheduleFields.tsx runs it in the browser too.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type ZonedResult =
  { ok: true; at: Date; ambiguous: boolean } | { ok: false; reason: 'zone' | 'date' | 'time' | 'gap'; message: string };

/** An IANA name ("Europe/London", "America/Argentina/Buenos_Aires", "UTC"); offsets like "+05:30" are not. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving the wall clock in `timeZone` as numbers (throws RangeError for an unknown zone). */
function wallClockIn(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `name` is an IANA zone name that this runtime's Intl knows. */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length > 64 || !ZONE_NAME.test(name)) return false;
  try {
    wallClockIn(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `instant`, in milliseconds (+5:30 for Kolkata is 19 800 000). */
export function zoneOffsetAt(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of wallClockIn(timeZone).formatToParts(new Date(whole))) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  // Some engines write midnight as 24 even with h23.
  const hour = Number(parts.hour) % 24;
  const wall = utcOfWall({
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour,
    minute: Number(parts.minute),
    second: Number(parts.second),
  });
  return wall - whole;
}

/** The wall time's numbers read as if they were UTC (Date.UTC maps years 0–99 to 1900s, so not used bare). */
function utcOfWall(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** Reads "YYYY-MM-DD" and "HH:MM" or "HH:MM:SS" (24-hour; "9:05" is accepted too). */
export function parseWallTime(date: string, time: string): WallTime | { error: 'date' | 'time' } {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!d) return { error: 'date' };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const check = new Date(utcOfWall({ year, month, day, hour: 0, minute: 0, second: 0 }));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return { error: 'date' };
  const t = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time.trim());
  if (!t) return { error: 'time' };
  return { year, month, day, hour: Number(t[1]), minute: Number(t[2]), second: Number(t[3] ?? 0) };
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Candidates are the offsets the zone has
 * around that time (a day either side covers a daylight-saving change); a candidate counts when
 * the zone's offset at the instant it gives is that same offset. None: the time falls in a spring
 * gap (02:30 on the night clocks go from 02:00 to 03:00) and does not exist. Two: the autumn
 * hour happens twice (01:30 in New York on the first Sunday of November); the FIRST occurrence
 * (the earlier instant, still on summer time) is taken, and `ambiguous` says so.
 */
export function zonedTimeToUtc(wall: WallTime, timeZone: string): ZonedResult {
  if (!isTimeZone(timeZone)) return unknownZone(timeZone);
  const local = utcOfWall(wall);
  const guess = zoneOffsetAt(timeZone, local);
  const candidates = new Set([
    guess,
    zoneOffsetAt(timeZone, local - guess),
    zoneOffsetAt(timeZone, local - 86_400_000),
    zoneOffsetAt(timeZone, local + 86_400_000),
  ]);
  const instants = [...candidates]
    .map((offset) => local - offset)
    .filter((instant) => local - zoneOffsetAt(timeZone, instant) === instant)
    .sort((a, b) => a - b);
  if (instants.length === 0)
    return {
      ok: false,
      reason: 'gap',
      message: `${pad(wall.hour)}:${pad(wall.minute)} does not exist on ${wall.year}-${pad(wall.month)}-${pad(wall.day)} in ${timeZone}: the clocks go forward then. Choose a time after the change.`,
    };
  return { ok: true, at: new Date(instants[0]), ambiguous: new Set(instants).size > 1 };
}

/** The date and time fields plus the zone, checked and converted; a message for the editor if not. */
export function wallFieldsToUtc(date: string, time: string, timeZone: string): ZonedResult {
  if (!isTimeZone(timeZone)) return unknownZone(timeZone);
  const wall = parseWallTime(date, time);
  if ('error' in wall)
    return wall.error === 'date'
      ? { ok: false, reason: 'date', message: 'Give the date, e.g. 2026-12-08.' }
      : { ok: false, reason: 'time', message: 'Give the time on the 24-hour clock as HH:MM, e.g. 14:30.' };
  return zonedTimeToUtc(wall, timeZone);
}

function unknownZone(timeZone: string): ZonedResult {
  return { ok: false, reason: 'zone', message: `“${String(timeZone).slice(0, 64)}” is not a time zone we know.` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "14:30 UTC, Tue 8 Dec 2026" (seconds only when there are some): an instant on the UTC clock. */
export function formatUtc(at: Date): string {
  return formatIn(at, 'UTC');
}

/** "09:30, Tue 8 Dec 2026": an instant on the wall clock of `timeZone`, always 24-hour. */
export function formatIn(at: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const withSeconds = at.getUTCSeconds() !== 0;
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
  });
  for (const p of f.formatToParts(at)) parts[p.type] = p.value;
  const clock = `${parts.hour}:${parts.minute}${withSeconds ? `:${parts.second}` : ''}`;
  return `${clock}${timeZone === 'UTC' ? ' UTC' : ''}, ${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/**
 * Dates as readers see them. Pages are cached and shared by everyone, so the server writes
 * absolute times in one stated zone; the `<time datetime>` carries the exact instant, and only an
 * island in the reader's browser may add "2 h ago" (components/ui/RelativeTime.island.ts).
 */
export const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE || 'UTC';
export const SITE_LOCALE = 'en-GB';

/** Day, month, year, a 24-hour time and the zone: what a list's and an article's times share. */
const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: SITE_TIME_ZONE,
  timeZoneName: 'short',
};

const dateTime = new Intl.DateTimeFormat(SITE_LOCALE, DATE_TIME);

const dateOnly = new Intl.DateTimeFormat(SITE_LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: SITE_TIME_ZONE,
});

/** "26 Nov 2026, 09:15 UTC" */
export function formatDateTime(isoString: string): string {
  return dateTime.format(new Date(isoString));
}

const clockTime = new Intl.DateTimeFormat(SITE_LOCALE, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: SITE_TIME_ZONE,
  timeZoneName: 'short',
});

/** "09:15 UTC": a time today, e.g. since when a colleague has a story open. */
export function formatClockTime(isoString: string): string {
  return clockTime.format(new Date(isoString));
}

/** "26 November 2026" */
export function formatDate(isoString: string): string {
  return dateOnly.format(new Date(isoString));
}

/** An article counts as updated when its last change came more than a minute after publication. */
export function wasUpdated(publishedAt: string, updatedAt: string | null): updatedAt is string {
  return updatedAt !== null && new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > 60_000;
}

/** A play time as clocks show it: "0:42", "3:07", "1:02:05". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** An ISO 8601 duration, as schema.org and sitemaps want it: "PT1M4S". */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** "2 GB", "500 MB", "1.5 KB": a file's size, in binary units (as the upload limits are set). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Math.round(value * 10) / 10} ${units[unit]}`;
}

const dateline = new Intl.DateTimeFormat(SITE_LOCALE, { weekday: 'short', ...DATE_TIME });

/** An article's dateline, the Guardian's style: "Mon 7 Dec 2026 10.42 UTC" (the edition's zone). */
export function formatDateline(isoString: string): string {
  const part = Object.fromEntries(dateline.formatToParts(new Date(isoString)).map((p) => [p.type, p.value]));
  return `${part.weekday} ${part.day} ${part.month} ${part.year} ${part.hour}.${part.minute} ${part.timeZoneName}`;
}

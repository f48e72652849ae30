/**
 * Dates as readers see them. Pages are cached and shared by everyone, so times are absolute
 * (never "5 minutes ago") and in one stated zone; the `<time datetime>` carries the exact instant.
 */
export const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE || 'UTC';
export const SITE_LOCALE = 'en-GB';

const dateTime = new Intl.DateTimeFormat(SITE_LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: SITE_TIME_ZONE,
  timeZoneName: 'short',
});

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

/** "26 November 2026" */
export function formatDate(isoString: string): string {
  return dateOnly.format(new Date(isoString));
}

/** An article counts as updated when its last change came more than a minute after publication. */
export function wasUpdated(publishedAt: string, updatedAt: string | null): updatedAt is string {
  return updatedAt !== null && new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > 60_000;
}

/**
 * Dates in an edition's language and desk time zone (lib/editions.ts). Pages are cached and shared
 * by everyone, so times are absolute, in the edition's zone, with the zone named; the
 * `<time datetime>` carries the exact instant. English keeps the Guardian's dateline
 * ("Mon 7 Dec 2026 10.42 GMT"); other languages get their own order from `Intl`.
 */
import type { Edition } from '@/lib/editions';

export interface EditionDates {
  /** "7 Dec 2026, 10:42 GMT" — lists, cards, search results. */
  dateTime(iso: string): string;
  /** "Mon 7 Dec 2026 10.42 GMT" — the article's dateline. */
  dateline(iso: string): string;
  /** "7 December 2026" — the site's own pages. */
  date(iso: string): string;
  /** "7 Dec, 08:01" — a front's rail, without year or zone. */
  short(iso: string): string;
}

const cache = new Map<string, EditionDates>();

/** One set of formatters per edition (building an Intl.DateTimeFormat is the costly part). */
export function editionDates(edition: Pick<Edition, 'code' | 'locale' | 'timeZone'>): EditionDates {
  const key = `${edition.code}|${edition.locale}|${edition.timeZone}`;
  const found = cache.get(key);
  if (found) return found;
  const { locale, timeZone } = edition;
  const base: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  };
  const dateTime = new Intl.DateTimeFormat(locale, base);
  const dateline = new Intl.DateTimeFormat(locale, { weekday: 'short', ...base });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const short = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  // The Guardian's dateline is an English house style (no commas, "10.42"); other languages read Intl's order.
  const guardian = locale.toLowerCase().startsWith('en');
  const made: EditionDates = {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    dateline(iso) {
      if (!guardian) return dateline.format(new Date(iso));
      const part = Object.fromEntries(dateline.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
      return `${part.weekday} ${part.day} ${part.month} ${part.year} ${part.hour}.${part.minute} ${part.timeZoneName}`;
    },
    date: (iso) => date.format(new Date(iso)),
    short: (iso) => short.format(new Date(iso)),
  };
  cache.set(key, made);
  return made;
}

import { useEdition } from '@/lib/i18n/edition';
import { editionDates } from '@/lib/i18n/dates';

/**
 * `dateline`: the article's style, "Mon 7 Dec 2026 10.42 GMT"; otherwise "7 Dec 2026, 10:42 GMT".
 * In the page's edition: its language and its desk's time zone (lib/i18n/dates.ts).
 */
export function DateTime({
  value,
  className,
  style = 'short',
}: {
  value: string;
  className?: string;
  style?: 'short' | 'dateline';
}) {
  const dates = editionDates(useEdition());
  return (
    <time dateTime={value} className={className}>
      {style === 'dateline' ? dates.dateline(value) : dates.dateTime(value)}
    </time>
  );
}

/**
 * Room for "2 h ago" beside an exact time. The page is cached, so the server never writes a
 * relative time (it would go stale): RelativeTime.island.ts fills this in the browser, within
 * 24 hours of `value`, into a box whose width is reserved by CSS, so nothing moves (CLS 0).
 */
export function RelativeTimeSlot({ value }: { value: string }) {
  return <span className="relative-time" data-relative-time={value} aria-hidden="true" />;
}

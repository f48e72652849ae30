import { SITE_LOCALE, SITE_TIME_ZONE } from '@/lib/format';

/**
 * A card's time, short: "7 Dec, 08:01". Fronts are cached pages shared by everyone, so the time
 * is absolute (an "3 h ago" would go stale in the cache); `datetime` carries the exact instant.
 */
const short = new Intl.DateTimeFormat(SITE_LOCALE, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: SITE_TIME_ZONE,
});

export function ShortTime({ value, className }: { value: string; className?: string }) {
  return (
    <time dateTime={value} className={className}>
      {short.format(new Date(value))}
    </time>
  );
}

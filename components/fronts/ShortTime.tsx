import { useEdition } from '@/lib/i18n/edition';
import { editionDates } from '@/lib/i18n/dates';

/**
 * A card's time, short: "7 Dec, 08:01", in the edition's language and zone. Fronts are cached
 * pages shared by everyone, so the time is absolute (an "3 h ago" would go stale in the cache);
 * `datetime` carries the exact instant.
 */
export function ShortTime({ value, className }: { value: string; className?: string }) {
  const dates = editionDates(useEdition());
  return (
    <time dateTime={value} className={className}>
      {dates.short(value)}
    </time>
  );
}

/**
 * The islands' words (lib/islands/messages.ts) in the page's edition, from the catalogue's
 * "Islands" namespace. Templates such as "{n} min ago" are passed raw: the browser puts the
 * number in (components/ui/RelativeTime.island.ts), so the bundle stays free of text.
 */
import { useTranslations } from 'next-intl';
import type { IslandMessages } from '@/lib/islands/messages';

export function useIslandMessages(): IslandMessages {
  const t = useTranslations('Islands');
  return {
    bookmarkAdd: t('bookmarkAdd'),
    bookmarkRemove: t('bookmarkRemove'),
    bookmarkFailed: t('bookmarkFailed'),
    bookmarkOffline: t('bookmarkOffline'),
    linkCopied: t('linkCopied'),
    linkNotCopied: t('linkNotCopied'),
    justNow: t('justNow'),
    minutesAgo: t.raw('minutesAgo') as string,
    hoursAgo: t.raw('hoursAgo') as string,
  };
}

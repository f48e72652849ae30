/**
 * Every word the islands show (docs/adr/0001), rendered by the server as `data-*` attributes of
 * the islands script (`bookmarkAdd` as `data-bookmark-add`), so the browser code holds no text of
 * its own: the server components use the same words, and an edition's catalogue can replace them
 * without touching the bundle. These are English's; reader pages pass their edition's
 * (lib/i18n/islands.ts, messages/{code}.json "Islands").
 */
export const ISLAND_MESSAGES = {
  bookmarkAdd: 'Bookmark',
  bookmarkRemove: 'Remove bookmark',
  bookmarkFailed: 'That did not work. Try again.',
  bookmarkOffline: 'That did not work: check your connection and try again.',
  linkCopied: 'Link copied',
  linkNotCopied: 'Could not copy the link',
  // RelativeTime.island.ts puts the number in for `{n}`.
  justNow: 'just now',
  minutesAgo: '{n} min ago',
  hoursAgo: '{n} h ago',
} as const;

export type IslandMessages = Record<keyof typeof ISLAND_MESSAGES, string>;

/** The messages as the islands script's attributes; the browser reads them back as its `dataset`. */
export function islandMessageAttributes(messages: IslandMessages = ISLAND_MESSAGES): Record<`data-${string}`, string> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [
      `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      text,
    ]),
  );
}

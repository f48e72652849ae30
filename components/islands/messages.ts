// Runs in the browser: the islands' words, as the server rendered them onto the islands script (lib/islands/messages.ts).
import type { IslandMessages } from '@/lib/islands/messages';

/** `data-bookmark-add="…"` reads back as `dataset.bookmarkAdd`; a word missing shows as nothing. */
export function islandMessages(): IslandMessages {
  const words = { ...document.getElementById('islands')?.dataset };
  return new Proxy(words, { get: (target, key: string) => target[key] ?? '' }) as IslandMessages;
}

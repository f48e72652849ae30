// Runs in the browser: the islands' words, as the server rendered them into the islands script's data-messages (lib/islands/messages.ts).
import type { IslandMessages } from '@/lib/islands/messages';

export function islandMessages(): IslandMessages {
  const fallback = { bookmarkAdd: '', bookmarkRemove: '', bookmarkFailed: '', bookmarkOffline: '', linkCopied: '', linkNotCopied: '' };
  try {
    return { ...fallback, ...(JSON.parse(document.getElementById('islands')?.dataset.messages ?? '{}') as Partial<IslandMessages>) };
  } catch {
    return fallback;
  }
}

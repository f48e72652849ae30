// Runs in the browser because a cached page cannot know how long ago "now" is: it writes "2 h ago" into the slots the server reserved (components/ui/DateTime.tsx), within a day of the time, and keeps them current.

/** The Guardian shows an age only while it is short; a day keeps a morning story's age in the evening. */
const SHOWN_FOR_MS = 24 * 3600 * 1000;

/** The page's words (its edition's, on the islands script); English where a page has none. */
export interface RelativeWords {
  justNow: string;
  minutesAgo: string;
  hoursAgo: string;
}

const ENGLISH: RelativeWords = { justNow: 'just now', minutesAgo: '{n} min ago', hoursAgo: '{n} h ago' };

export function relativeTime(thenMs: number, nowMs: number, words: RelativeWords = ENGLISH): string {
  const minutes = Math.floor((nowMs - thenMs) / 60_000);
  if (minutes < 0 || nowMs - thenMs >= SHOWN_FOR_MS) return '';
  if (minutes < 1) return words.justNow;
  if (minutes < 60) return words.minutesAgo.replace('{n}', String(minutes));
  return words.hoursAgo.replace('{n}', String(Math.floor(minutes / 60)));
}

export function enhanceRelativeTimes(root: Document = document): void {
  const slots = [...root.querySelectorAll<HTMLElement>('[data-relative-time]')];
  if (!slots.length) return;
  // The words ride on the islands script (lib/islands/messages.ts), as the other islands' do.
  const given = root.getElementById('islands')?.dataset;
  const words: RelativeWords =
    given?.justNow && given.minutesAgo && given.hoursAgo
      ? { justNow: given.justNow, minutesAgo: given.minutesAgo, hoursAgo: given.hoursAgo }
      : ENGLISH;
  const update = () => {
    for (const slot of slots) {
      const then = Date.parse(slot.dataset.relativeTime ?? '');
      const text = Number.isNaN(then) ? '' : relativeTime(then, Date.now(), words);
      if (slot.textContent !== text) slot.textContent = text;
    }
  };
  update();
  setInterval(update, 60_000);
}

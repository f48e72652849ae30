// Runs in the browser because a cached page cannot know how long ago "now" is: it writes "2 h ago" into the slots the server reserved (components/ui/DateTime.tsx), within a day of the time, and keeps them current.

/** The Guardian shows an age only while it is short; a day keeps a morning story's age in the evening. */
const SHOWN_FOR_MS = 24 * 3600 * 1000;

export function relativeTime(thenMs: number, nowMs: number): string {
  const minutes = Math.floor((nowMs - thenMs) / 60_000);
  if (minutes < 0 || nowMs - thenMs >= SHOWN_FOR_MS) return '';
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)} h ago`;
}

export function enhanceRelativeTimes(root: Document = document): void {
  const slots = [...root.querySelectorAll<HTMLElement>('[data-relative-time]')];
  if (!slots.length) return;
  const update = () => {
    for (const slot of slots) {
      const then = Date.parse(slot.dataset.relativeTime ?? '');
      const text = Number.isNaN(then) ? '' : relativeTime(then, Date.now());
      if (slot.textContent !== text) slot.textContent = text;
    }
  };
  update();
  setInterval(update, 60_000);
}

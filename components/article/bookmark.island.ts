// Runs in the browser to toggle bookmarks in place: it catches a bookmark form's submit and hands it to the toggle's code (BookmarkButton.island.ts), loaded from our origin on the first press.

import type { IslandMessages } from '@/lib/islands/messages';

const FORM = 'form[data-island="bookmark"]';

type Toggle = (form: HTMLFormElement, messages: IslandMessages) => Promise<void>;

/**
 * Every bookmark form on the page, and any added later, toggles in place. The code arrives on the
 * first hover, focus or press of one (most readers never bookmark, so the inline script stays
 * small); a press that beats it waits for it. Without the code (offline, or a deploy removed it)
 * the form posts as it does without JavaScript.
 */
export function enhanceBookmarks(messages: IslandMessages, root: Document = document): void {
  let code: Promise<{ toggle: Toggle }> | undefined;
  const load = () => (code ??= import(__BOOKMARK_CHUNK__) as Promise<{ toggle: Toggle }>);
  const warm = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(FORM)) void load().catch(() => {});
  };
  root.addEventListener('pointerover', warm, { passive: true });
  root.addEventListener('focusin', warm);
  root.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches(FORM)) return;
    event.preventDefault();
    load().then(
      (chunk) => chunk.toggle(form, messages),
      () => form.submit(),
    );
  });
}

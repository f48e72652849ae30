// Runs in the browser to toggle a bookmark in place (at once, then the server's answer is the truth); without JavaScript the same form posts and the server redirects back.
// A chunk (scripts/islands.ts): bookmark.island.ts loads it on the first press, so pages pay for it only when a reader bookmarks.

import type { IslandMessages } from '@/lib/islands/messages';

/** Shows `saved` on a bookmark form rendered by components/article/BookmarkButton.tsx. */
function show(form: HTMLFormElement, saved: boolean, messages: IslandMessages): void {
  const action = form.querySelector<HTMLInputElement>('input[name="action"]');
  if (action) action.value = saved ? 'remove' : 'add';
  const button = form.querySelector('button');
  button?.classList.toggle('bookmark--saved', saved);
  button?.querySelector('svg')?.setAttribute('fill', saved ? 'currentColor' : 'none');
  const label = button?.querySelector('span:not(.sr-only)');
  if (label) label.textContent = saved ? messages.bookmarkRemove : messages.bookmarkAdd;
}

function showError(form: HTMLFormElement, message: string): void {
  let alert = form.querySelector<HTMLElement>('.bookmark-error');
  if (!message) return alert?.remove();
  if (!alert) {
    alert = document.createElement('span');
    alert.className = 'bookmark-error';
    alert.setAttribute('role', 'alert');
    form.append(alert);
  }
  alert.textContent = message;
}

export async function toggle(form: HTMLFormElement, messages: IslandMessages): Promise<void> {
  const button = form.querySelector('button');
  if (!button || button.getAttribute('aria-busy') === 'true') return;
  const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
  const articleId = field('articleId');
  const want = field('action') === 'add';
  show(form, want, messages);
  button.setAttribute('aria-busy', 'true');
  showError(form, '');
  try {
    const body = new URLSearchParams({ articleId, action: want ? 'add' : 'remove', next: field('next') });
    // getAttribute: the form's `action` property is its input named "action".
    const response = await fetch(form.getAttribute('action') ?? '/reader/bookmarks', {
      method: 'POST',
      body,
      headers: { Accept: 'application/json' },
    });
    const answer = (await response.json().catch(() => null)) as { bookmarked?: unknown; message?: unknown } | null;
    show(form, typeof answer?.bookmarked === 'boolean' ? answer.bookmarked : !want, messages);
    if (!response.ok) showError(form, typeof answer?.message === 'string' ? answer.message : messages.bookmarkFailed);
  } catch {
    show(form, !want, messages);
    showError(form, messages.bookmarkOffline);
  }
  button.removeAttribute('aria-busy');
}

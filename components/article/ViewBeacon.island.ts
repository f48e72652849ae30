// Runs in the browser because a view is counted only when a reader's browser shows the page (a cached page cannot count itself); without JavaScript nothing is counted.

/**
 * Tells /api/views that this article was read: one beacon per page load carrying the story's id
 * (the article's `data-view-id`), no cookie and nothing else; none from a page prerendered in
 * advance (it may never be seen).
 */
export function sendView(): void {
  const id = document.querySelector<HTMLElement>('[data-view-id]')?.dataset.viewId;
  if (id && navigator.sendBeacon && !(document as { prerendering?: boolean }).prerendering)
    navigator.sendBeacon('/api/views', id);
}

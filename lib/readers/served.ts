/**
 * A signed-in reader's state as served with a shared cached page (see lib/readers/splice.ts):
 * the server puts it in the page's <head> as JSON, and the islands that show per-reader parts
 * (the header's account menu, the article's bookmark button) read it while hydrating, so what
 * React renders in the browser is what the server spliced into the cached markup.
 *
 * No server-only imports: the islands import this in the browser.
 */
export type ServedReader = { name: string; saved: number[] };

export const SERVED_READER_ELEMENT_ID = 'served-reader';

export function isServedReader(value: unknown): value is ServedReader {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && Array.isArray(v.saved) && v.saved.every((id) => Number.isSafeInteger(id));
}

let served: ServedReader | null | undefined;

/**
 * The reader this page was served to, from the JSON in <head>; null on the server (shared pages
 * are rendered for nobody) and for a page served to an anonymous reader. Read once per document.
 */
export function servedReader(): ServedReader | null {
  if (typeof document === 'undefined') return null;
  if (served === undefined) {
    served = null;
    const text = document.getElementById(SERVED_READER_ELEMENT_ID)?.textContent;
    if (text) {
      try {
        const value: unknown = JSON.parse(text);
        if (isServedReader(value)) served = value;
      } catch {
        // A damaged state reads as anonymous; the server's markup is still what the reader sees.
      }
    }
  }
  return served;
}

/** Keeps the served state true after the reader toggles a bookmark in place (islands remounted later read it). */
export function rememberBookmark(articleId: number, saved: boolean): void {
  if (!served) return;
  const others = served.saved.filter((id) => id !== articleId);
  served = { ...served, saved: saved ? [...others, articleId] : others };
}

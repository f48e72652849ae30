/**
 * A signed-in reader adds or removes a bookmark. The reader id always comes from the session
 * (the route passes it), never from the form, so nobody can touch another reader's bookmarks.
 * app/reader/bookmarks/route.ts translates the result to HTTP.
 */
import { addBookmark, removeBookmark } from '@/db/queries/readers';

export type BookmarkResult =
  | { ok: true; bookmarked: boolean }
  /** `invalid`: no article id or no add/remove; `not-found`: the article is not published. */
  | { ok: false; reason: 'invalid' | 'not-found' };

/** A form's article id: a positive integer of at most 15 digits (so it stays exact as a number). */
function readArticleId(raw: unknown): number | null {
  return typeof raw === 'string' && /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;
}

/**
 * Applies `action` (add|remove) for `articleId` from the form and answers the bookmark's state
 * afterwards: an add that found the story published (added now or before) leaves it saved, a
 * remove (of a bookmark there or not) leaves it unsaved; no second read is needed.
 */
export function changeBookmark(readerId: number, input: { articleId: unknown; action: unknown }): BookmarkResult {
  const articleId = readArticleId(input.articleId);
  const { action } = input;
  if (articleId === null || (action !== 'add' && action !== 'remove')) return { ok: false, reason: 'invalid' };
  if (action === 'remove') {
    removeBookmark(readerId, articleId);
    return { ok: true, bookmarked: false };
  }
  if (addBookmark(readerId, articleId) === 'not-found') return { ok: false, reason: 'not-found' };
  return { ok: true, bookmarked: true };
}

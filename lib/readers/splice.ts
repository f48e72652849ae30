/**
 * Serving a signed-in reader the shared cached page: the page every reader gets is cached, and a
 * signed-in reader's copy differs from it in two places only, the header's account area and the
 * article's bookmark control. Splicing those into the cached markup costs a string replacement
 * instead of a whole render per request (see docs/).
 *
 * The markup below must be exactly what the server components render
 * (components/layout/AccountArea.tsx, components/article/Bookmark*.tsx): the page is then the
 * same as one rendered whole for that reader, and the islands script (which reads only the
 * markup) toggles the bookmark in place. e2e/reader-bookmarks.spec.ts compares a spliced page
 * with the same page rendered whole for the same reader, and tests/unit/reader-splice.test.tsx
 * renders the components for hostile names and paths. When the expected anonymous markup is not
 * found, `spliceReader` answers null and the caller renders the page whole instead.
 */

import { ISLAND_MESSAGES } from '@/lib/islands/messages';

/** React's escaping of text and attribute values (react-dom's escapeTextForBrowser). */
function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c] as string,
  );
}

const BOOKMARK_PATH = '<path d="M6 3h12v18l-6-4.5L6 21z"></path>';
const bookmarkIcon = (filled: boolean) =>
  `<svg viewBox="0 0 24 24" width="20" height="20" fill="${filled ? 'currentColor' : 'none'}" aria-hidden="true" focusable="false" stroke="currentColor" stroke-width="2" stroke-linejoin="round">${BOOKMARK_PATH}</svg>`;

export const ANONYMOUS_ACCOUNT_HTML =
  '<p class="account-links"><a href="/signin" rel="nofollow">Sign in</a><a href="/signup" rel="nofollow">Sign up</a></p>';

export function accountMenuHtml(name: string): string {
  return (
    `<details class="account-menu" data-island="account-menu"><summary>${escape(name)}</summary><ul>` +
    '<li><a href="/bookmarks">Bookmarks</a></li><li><a href="/account">Account</a></li>' +
    '<li><form action="/signout" method="post"><button type="submit">Sign out</button></form></li></ul></details>'
  );
}

export function bookmarkSignInHtml(returnTo: string): string {
  return `<a href="${escape(`/signin?next=${encodeURIComponent(returnTo)}`)}" class="bookmark bookmark--signin" rel="nofollow">${bookmarkIcon(false)}<span>Sign in to bookmark</span></a>`;
}

export function bookmarkButtonHtml(articleId: number, saved: boolean, returnTo: string): string {
  return (
    `<form class="bookmark-form" data-island="bookmark" action="/reader/bookmarks" method="post">` +
    `<input type="hidden" name="articleId" value="${articleId}"/>` +
    `<input type="hidden" name="action" value="${saved ? 'remove' : 'add'}"/>` +
    `<input type="hidden" name="next" value="${escape(returnTo)}"/>` +
    `<button type="submit" class="bookmark${saved ? ' bookmark--saved' : ''}">${bookmarkIcon(saved)}<span>${escape(saved ? ISLAND_MESSAGES.bookmarkRemove : ISLAND_MESSAGES.bookmarkAdd)}</span></button></form>`
  );
}

/**
 * Where `find` occurs in `html`, when it occurs exactly once; else -1. Remembered per page body:
 * the server keeps one body per page for a second and splices it for every signed-in reader.
 */
const positions = new WeakMap<Buffer, Map<string, number>>();
function uniqueIndex(html: Buffer, find: string): number {
  let known = positions.get(html);
  if (!known) positions.set(html, (known = new Map()));
  let at = known.get(find);
  if (at === undefined) {
    const needle = Buffer.from(find);
    at = html.indexOf(needle);
    if (at >= 0 && html.indexOf(needle, at + needle.length) >= 0) at = -1;
    known.set(find, at);
  }
  return at;
}

/**
 * The shared page's HTML (UTF-8 bytes, never decoded) as served to `reader`: their account
 * menu and the bookmark control of `article` (when the page is that article's) with its state.
 * Null when the page does not hold the anonymous markup expected.
 * The replacements never contain the markup looked for (names are escaped), so each is looked for
 * in the shared page itself.
 */
export function spliceReader(
  html: Buffer,
  reader: { name: string },
  article?: { id: number; path: string; saved: boolean },
): Buffer | null {
  const parts = splicedParts(html, reader, article);
  return parts && Buffer.concat(parts);
}

/**
 * `spliceReader`'s answer as the pieces to write one after another: slices of the shared page
 * (no copy of its 76 KB per reader) and the reader's own markup.
 */
export function splicedParts(
  html: Buffer,
  reader: { name: string },
  article?: { id: number; path: string; saved: boolean },
): Buffer[] | null {
  const edits: { at: number; length: number; text: string }[] = [];
  const edit = (find: string, text: string) => {
    const at = uniqueIndex(html, find);
    edits.push({ at, length: Buffer.byteLength(find), text });
    return at >= 0;
  };
  if (!edit(ANONYMOUS_ACCOUNT_HTML, accountMenuHtml(reader.name))) return null;
  if (article && !edit(bookmarkSignInHtml(article.path), bookmarkButtonHtml(article.id, article.saved, article.path)))
    return null;
  edits.sort((a, b) => a.at - b.at);
  const parts: Buffer[] = [];
  let from = 0;
  for (const { at, length, text } of edits) {
    if (at < from) return null;
    parts.push(html.subarray(from, at), Buffer.from(text));
    from = at + length;
  }
  parts.push(html.subarray(from));
  return parts;
}

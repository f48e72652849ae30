'use client';
// Runs in the browser to toggle the bookmark in place (at once, then the server's answer is the truth); without JavaScript the same form posts and the server redirects back.
import { useState } from 'react';
import { BookmarkFilledIcon, BookmarkIcon } from '@/components/icons/Icons';
import { rememberBookmark } from '@/lib/readers/served';

/** A signed-in reader's bookmark control for one article, rendered on the server with the true state. */
export function BookmarkButton({
  articleId,
  saved: initial,
  returnTo,
  subject,
}: {
  articleId: number;
  saved: boolean;
  returnTo: string;
  /** The headline, for screen readers, where several buttons share a page (lists). */
  subject?: string;
}) {
  const [saved, setSaved] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const want = !saved;
    setSaved(want);
    setPending(true);
    setError('');
    try {
      const body = new URLSearchParams({ articleId: String(articleId), action: want ? 'add' : 'remove', next: returnTo });
      const response = await fetch('/reader/bookmarks', { method: 'POST', body, headers: { Accept: 'application/json' } });
      const answer = (await response.json().catch(() => null)) as { bookmarked?: boolean; message?: string } | null;
      if (typeof answer?.bookmarked === 'boolean') {
        setSaved(answer.bookmarked);
        rememberBookmark(articleId, answer.bookmarked);
      }
      else setSaved(!want);
      if (!response.ok) setError(answer?.message ?? 'That did not work. Try again.');
    } catch {
      setSaved(!want);
      setError('That did not work: check your connection and try again.');
    }
    setPending(false);
  }

  const label = saved ? 'Remove bookmark' : 'Bookmark';
  return (
    <form method="post" action="/reader/bookmarks" onSubmit={onSubmit} className="bookmark-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="action" value={saved ? 'remove' : 'add'} />
      <input type="hidden" name="next" value={returnTo} />
      <button type="submit" className={`bookmark${saved ? ' bookmark--saved' : ''}`} aria-busy={pending || undefined}>
        {saved ? <BookmarkFilledIcon /> : <BookmarkIcon />}
        <span>{label}</span>
        {subject ? <span className="sr-only"> “{subject}”</span> : null}
      </button>
      {error ? (
        <span role="alert" className="bookmark-error">
          {error}
        </span>
      ) : null}
    </form>
  );
}

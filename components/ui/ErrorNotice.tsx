import { EmptyState } from './EmptyState';

/** The notice's words: English by default (the newsroom and global-error); a reader edition passes its own. */
export interface ErrorWords {
  title: string;
  body: string;
  retry: string;
  home: string;
  /** "Reference: {digest}", with the digest put in. */
  reference: (digest: string) => string;
  homeHref: string;
}

export const ENGLISH_ERROR_WORDS: ErrorWords = {
  title: 'Something went wrong',
  body: 'This page could not be shown just now. Please try again in a moment.',
  retry: 'Try again',
  home: 'Go to the home page',
  reference: (digest) => `Reference: ${digest}`,
  homeHref: '/',
};

/**
 * What every error boundary shows (app/[edition]/(site), (account), app/admin and app/global-error):
 * a plain apology and a retry, never the error's message or stack (those are in the server's
 * log, found by the reference, which is Next's opaque digest of the error).
 */
export function ErrorNotice({
  digest,
  reset,
  words = ENGLISH_ERROR_WORDS,
}: {
  digest?: string;
  reset?: () => void;
  words?: ErrorWords;
}) {
  return (
    <EmptyState mark="!" title={words.title} tone="error">
      <p>{words.body}</p>
      <p className="empty-state__actions">
        {reset ? (
          <button type="button" onClick={reset} className="empty-state__button">
            {words.retry}
          </button>
        ) : null}
        <a href={words.homeHref}>{words.home}</a>
      </p>
      {digest && /^[\w-]{1,40}$/.test(digest) ? <p className="empty-state__note">{words.reference(digest)}</p> : null}
    </EmptyState>
  );
}

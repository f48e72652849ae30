import { EmptyState } from './EmptyState';

/**
 * What every error boundary shows (app/(site), app/(account), app/admin and app/global-error):
 * a plain apology and a retry, never the error's message or stack (those are in the server's
 * log, found by the reference, which is Next's opaque digest of the error).
 */
export function ErrorNotice({ digest, reset }: { digest?: string; reset?: () => void }) {
  return (
    <EmptyState mark="!" title="Something went wrong" tone="error">
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p className="empty-state__actions">
        {reset ? (
          <button type="button" onClick={reset} className="empty-state__button">
            Try again
          </button>
        ) : null}
        <a href="/">Go to the home page</a>
      </p>
      {digest && /^[\w-]{1,40}$/.test(digest) ? <p className="empty-state__note">Reference: {digest}</p> : null}
    </EmptyState>
  );
}

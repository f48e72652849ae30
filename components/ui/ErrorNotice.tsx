/**
 * What every error boundary shows (app/(site), app/(account), app/admin and app/global-error):
 * a plain apology and a retry, never the error's message or stack (those are in the server's
 * log, found by the reference, which is Next's opaque digest of the error).
 */
export function ErrorNotice({ digest, reset }: { digest?: string; reset?: () => void }) {
  return (
    <div className="notice">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      {reset ? (
        <p>
          <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
            Try again
          </button>
        </p>
      ) : null}
      {digest && /^[\w-]{1,40}$/.test(digest) ? <p className="text-sm">Reference: {digest}</p> : null}
    </div>
  );
}

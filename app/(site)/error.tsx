'use client';
// Runs in the browser because Next requires error boundaries to be client components; it shows no internals.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
          Try again
        </button>
      </p>
    </div>
  );
}

/** The body of every 404 page: what happened, and a way home or to search. */
export function NotFoundNotice() {
  return (
    <div className="notice">
      <h1>Page not found</h1>
      <p>We could not find that page. The story may have been removed, or the address may be mistyped.</p>
      <p>
        Go to the <a href="/">home page</a> or search for the story:
      </p>
      <form action="/search" method="get" role="search" className="mt-3 flex max-w-md gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          Search for
        </label>
        <input
          id="not-found-q"
          type="search"
          name="q"
          maxLength={200}
          className="min-h-11 flex-1 rounded border border-line bg-page px-3"
        />
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
          Search
        </button>
      </form>
    </div>
  );
}

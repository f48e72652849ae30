import type { Metadata } from 'next';
import Link from 'next/link';
import { ReaderShell } from '@/components/layout/ReaderShell';
import { readSections } from '@/lib/content/reader';
import { SITE } from '@/lib/site';

// Next adds `<meta name="robots" content="noindex">` to every 404 itself.
export const metadata: Metadata = { title: 'Page not found' };

// The one not-found page (every unknown URL and every notFound() lands here), so it brings the reader chrome itself.
export default async function NotFound() {
  return (
    <ReaderShell siteName={SITE.name} sections={await readSections()}>
      <div className="notice">
        <h1>Page not found</h1>
        <p>We could not find that page. The story may have been removed, or the address may be mistyped.</p>
        <p>
          Go to the <Link href="/">home page</Link> or search for the story:
        </p>
        <form action="/search" method="get" role="search" className="mt-3 flex max-w-md gap-2">
          <label htmlFor="not-found-q" className="sr-only">
            Search for
          </label>
          <input id="not-found-q" type="search" name="q" maxLength={200} className="min-h-11 flex-1 rounded border border-line bg-page px-3" />
          <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
            Search
          </button>
        </form>
      </div>
    </ReaderShell>
  );
}

import type { Metadata } from 'next';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import { SearchResults } from '@/components/search/SearchResults';
import { bookmarkedIds } from '@/db/queries/readers';
import { currentReader } from '@/lib/auth/reader-session';
import { DEFAULT_EDITION } from '@/lib/editions';
import { readSearchParams, searchHref } from '@/lib/search/params';
import { normaliseQuery } from '@/lib/search/query';
import { runSearch } from '@/lib/search/run';
import { NOINDEX_ROBOTS } from '@/lib/seo/metadata';

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = normaliseQuery(readSearchParams(await searchParams).request.q).text;
  return { title: q ? `Search: ${q.slice(0, 60)}` : 'Search', robots: NOINDEX_ROBOTS };
}

// Rendered per request (the (account) layout is dynamic and answers `private, no-store`), so a
// publish or an unpublish shows in results at once and signed-in readers get bookmark buttons.
export default async function SearchPage({ searchParams }: Props) {
  const { request, notes } = readSearchParams(await searchParams);
  const data = await runSearch(DEFAULT_EDITION, request, notes);
  const reader = await currentReader();
  const hits = data.results?.hits ?? [];
  const saved = reader
    ? bookmarkedIds(
        reader.id,
        hits.map((h) => h.story.id),
      )
    : null;
  const here = searchHref(data.request);
  return (
    <SearchResults
      data={data}
      actions={
        saved
          ? (story) => (
              <BookmarkButton articleId={story.id} saved={saved.has(story.id)} returnTo={here} subject={story.title} />
            )
          : undefined
      }
    />
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import { SearchResults } from '@/components/search/SearchResults';
import { bookmarkedIds } from '@/db/queries/readers';
import { currentReader } from '@/lib/auth/reader-session';
import { readSearchParams, searchHref } from '@/lib/search/params';
import { normaliseQuery } from '@/lib/search/query';
import { runSearch } from '@/lib/search/run';
import { NOINDEX_ROBOTS } from '@/lib/seo/metadata';
import { editionPath } from '@/lib/editions';
import { editionOf } from '@/app/[edition]/_shared/edition';

type Props = {
  params: Promise<{ edition: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Search' });
  const q = normaliseQuery(readSearchParams(await searchParams).request.q).text;
  return { title: q ? t('pageTitle', { query: q.slice(0, 60) }) : t('title'), robots: NOINDEX_ROBOTS };
}

// Rendered per request (the (account) layout is dynamic and answers `private, no-store`), so a
// publish or an unpublish shows in results at once and signed-in readers get bookmark buttons.
export default async function SearchPage({ params, searchParams }: Props) {
  const { code } = await editionOf(params);
  const { request, notes } = readSearchParams(await searchParams);
  const data = await runSearch(code, request, notes);
  const reader = await currentReader();
  const hits = data.results?.hits ?? [];
  const saved = reader
    ? bookmarkedIds(
        reader.id,
        hits.map((h) => h.story.id),
      )
    : null;
  const here = editionPath(code, searchHref(data.request));
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

import type { Metadata } from 'next';
import { StoryCard } from '@/components/lists/StoryCard';
import { bookmarkedIds } from '@/db/queries/readers';
import { searchArticles } from '@/db/queries/search';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import { currentReader } from '@/lib/auth/reader-session';
import { NOINDEX_ROBOTS } from '@/lib/seo/metadata';

export const metadata: Metadata = { title: 'Search', robots: NOINDEX_ROBOTS };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  const { items } = q ? searchArticles(q) : { items: [] };
  // Search is rendered per request, so signed-in readers get their bookmark state on each result.
  const reader = await currentReader();
  const saved = reader ? bookmarkedIds(reader.id, items.map((s) => s.id)) : null;
  const here = `/search?q=${encodeURIComponent(q)}`;
  return (
    <div className="list-page">
      <header className="list-header">
        <h1 className="list-title">Search</h1>
        <form action="/search" method="get" role="search" className="mt-4 flex max-w-xl gap-2">
          <label htmlFor="search-page-q" className="sr-only">
            Search for
          </label>
          <input
            id="search-page-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            className="min-h-11 flex-1 rounded border border-line bg-page px-3"
          />
          <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
            Search
          </button>
        </form>
        {q ? (
          <p className="list-count" role="status">
            {items.length === 0 ? `No stories match “${q}”.` : `Stories matching “${q}”, newest first.`}
          </p>
        ) : (
          <p className="list-count">Type a word from a headline to find stories.</p>
        )}
      </header>
      <ol className="story-list">
        {items.map((story) => (
          <li key={story.id}>
            <StoryCard
              story={story}
              headingLevel={2}
              actions={saved ? <BookmarkButton articleId={story.id} saved={saved.has(story.id)} returnTo={here} subject={story.title} /> : null}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

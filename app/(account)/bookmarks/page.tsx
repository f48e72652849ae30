import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { listBookmarks } from '@/db/queries/readers';
import { BookmarkIcon } from '@/components/icons/Icons';
import { DateTime } from '@/components/ui/DateTime';
import { EmptyState } from '@/components/ui/EmptyState';
import { currentReader } from '@/lib/auth/reader-session';
import { articlePath, parsePageNumber } from '@/lib/urls';

export const metadata: Metadata = { title: 'Your bookmarks' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PER_PAGE = 20;

export default async function BookmarksPage({ searchParams }: Props) {
  const reader = await currentReader();
  if (!reader) redirect('/signin?next=/bookmarks');
  const params = await searchParams;
  const page = parsePageNumber(typeof params.page === 'string' ? params.page : undefined) ?? 1;
  const { items, total } = listBookmarks(reader.id, page, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const here = page > 1 ? `/bookmarks?page=${page}` : '/bookmarks';
  if (total === 0 && page === 1) {
    return (
      <EmptyState mark={<BookmarkIcon width={40} height={40} />} title="Your bookmarks">
        <p className="empty-state__lead">Nothing saved yet.</p>
        <p>
          Save a story to read later: press <strong>Bookmark</strong> beside the byline of any story, and it is kept
          here, newest first, on every device you sign in on.
        </p>
        <p className="empty-state__actions">
          <a href="/">Find a story on the home page</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="py-6">
      <h1 className="list-title">Your bookmarks</h1>
      <p className="list-count">
        {total === 0
          ? 'Nothing saved yet: use “Bookmark” on any story to read it later.'
          : `${total} saved ${total === 1 ? 'story' : 'stories'}, newest saved first.`}
      </p>
      <ol className="mt-4 flex flex-col gap-4">
        {items.map(({ card, available, savedAt }) => (
          <li key={card.id} className="flex flex-wrap items-start justify-between gap-3 border-t border-line pt-3">
            <div className="min-w-0 flex-1">
              {available ? (
                <>
                  <p className="text-sm text-muted-fg">{card.section.name}</p>
                  <h2 className="text-lg font-bold">
                    <a href={articlePath({ id: card.id, slug: card.slug, sectionSlug: card.section.slug })}>
                      {card.title}
                    </a>
                  </h2>
                </>
              ) : (
                <>
                  <p className="text-sm font-semibold text-muted-fg">No longer available</p>
                  <h2 className="text-lg font-bold text-muted-fg">{card.title}</h2>
                </>
              )}
              <p className="text-sm text-muted-fg">
                Saved <DateTime value={savedAt} />
              </p>
            </div>
            <form method="post" action="/reader/bookmarks">
              <input type="hidden" name="articleId" value={card.id} />
              <input type="hidden" name="action" value="remove" />
              <input type="hidden" name="next" value={here} />
              <button type="submit" className="bookmark">
                Remove<span className="sr-only"> “{card.title}” from bookmarks</span>
              </button>
            </form>
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label="Pages of bookmarks" className="mt-6 flex gap-4">
          {page > 1 ? <a href={page === 2 ? '/bookmarks' : `/bookmarks?page=${page - 1}`}>← Newer</a> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <a href={`/bookmarks?page=${page + 1}`}>Older →</a> : null}
        </nav>
      ) : null}
    </div>
  );
}

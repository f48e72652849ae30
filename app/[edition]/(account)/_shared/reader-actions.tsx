/**
 * The bookmark controls on story lists for the signed-in variants (app/(account)/_reader): one
 * query for the whole page's bookmark state, then a button per story.
 */
import { bookmarkedIds } from '@/db/queries/readers';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import type { CardActions } from '@/components/lists/StoryCard';
import { currentReader } from '@/lib/auth/reader-session';

export async function readerCardActions(ids: number[], returnTo: string): Promise<CardActions | undefined> {
  const reader = await currentReader();
  if (!reader) return undefined;
  const saved = bookmarkedIds(reader.id, ids);
  function Actions(story: { id: number; title: string }) {
    return (
      <BookmarkButton articleId={story.id} saved={saved.has(story.id)} returnTo={returnTo} subject={story.title} />
    );
  }
  return Actions;
}

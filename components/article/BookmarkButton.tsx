import { BookmarkFilledIcon, BookmarkIcon } from '@/components/icons/Icons';
import { useTranslations } from 'next-intl';

/**
 * A signed-in reader's bookmark control for one article, rendered on the server with the true
 * state: a form that posts and comes back. BookmarkButton.island.ts toggles it in place where
 * JavaScript runs; lib/readers/splice.ts writes the same markup into shared pages (English's
 * words, so it compares with the English edition's; other editions fall back to a whole render).
 */
export function BookmarkButton({
  articleId,
  saved,
  returnTo,
  subject,
}: {
  articleId: number;
  saved: boolean;
  returnTo: string;
  /** The headline, for screen readers, where several buttons share a page (lists). */
  subject?: string;
}) {
  const island = useTranslations('Islands');
  const t = useTranslations('Article');
  return (
    <form method="post" action="/reader/bookmarks" className="bookmark-form" data-island="bookmark">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="action" value={saved ? 'remove' : 'add'} />
      <input type="hidden" name="next" value={returnTo} />
      <button type="submit" className={`bookmark${saved ? ' bookmark--saved' : ''}`}>
        {saved ? <BookmarkFilledIcon /> : <BookmarkIcon />}
        <span>{saved ? island('bookmarkRemove') : island('bookmarkAdd')}</span>
        {subject ? <span className="sr-only">{t('bookmarkSubject', { title: subject })}</span> : null}
      </button>
    </form>
  );
}

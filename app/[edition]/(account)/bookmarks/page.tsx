import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listBookmarks } from '@/db/queries/readers';
import { BookmarkIcon } from '@/components/icons/Icons';
import { DateTime } from '@/components/ui/DateTime';
import { EmptyState } from '@/components/ui/EmptyState';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { currentReader } from '@/lib/auth/reader-session';
import { editionPath } from '@/lib/editions';
import { parsePageNumber, cardPath } from '@/lib/urls';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('bookmarksTitle') };
}

type Props = { params: EditionParams; searchParams: Promise<Record<string, string | string[] | undefined>> };
const PER_PAGE = 20;

export default async function BookmarksPage({ params, searchParams }: Props) {
  const { code } = await editionOf(params);
  // This edition's bookmarks page; the list holds the reader's stories of every edition.
  const base = editionPath(code, '/bookmarks');
  const reader = await currentReader();
  if (!reader) redirect(editionPath(code, `/signin?next=${base}`));
  const t = await getTranslations('Account');
  const lists = await getTranslations('Lists');
  const query = await searchParams;
  const page = parsePageNumber(typeof query.page === 'string' ? query.page : undefined) ?? 1;
  const { items, total } = listBookmarks(reader.id, page, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const pageHref = (n: number) => (n > 1 ? `${base}?page=${n}` : base);
  const here = pageHref(page);
  if (total === 0 && page === 1) {
    return (
      <EmptyState mark={<BookmarkIcon width={40} height={40} />} title={t('bookmarksTitle')}>
        <p className="empty-state__lead">{t('nothingSaved')}</p>
        <p>{t.rich('bookmarksHelp', { strong: (c) => <strong>{c}</strong> })}</p>
        <p className="empty-state__actions">
          <a href={editionPath(code, '/')}>{t('findStory')}</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="py-6">
      <h1 className="list-title">{t('bookmarksTitle')}</h1>
      <p className="list-count">{t('savedCount', { total })}</p>
      <ol className="mt-4 flex flex-col gap-4">
        {items.map(({ card, available, savedAt }) => (
          <li key={card.id} className="flex flex-wrap items-start justify-between gap-3 border-t border-line pt-3">
            <div className="min-w-0 flex-1">
              {available ? (
                <>
                  <p className="text-sm text-muted-fg">{card.section.name}</p>
                  <h2 className="text-lg font-bold">
                    <a href={cardPath(card)}>{card.title}</a>
                  </h2>
                </>
              ) : (
                <>
                  <p className="text-sm font-semibold text-muted-fg">{t('noLongerAvailable')}</p>
                  <h2 className="text-lg font-bold text-muted-fg">{card.title}</h2>
                </>
              )}
              <p className="text-sm text-muted-fg">{t.rich('saved', { time: () => <DateTime value={savedAt} /> })}</p>
            </div>
            <form method="post" action="/reader/bookmarks">
              <input type="hidden" name="articleId" value={card.id} />
              <input type="hidden" name="action" value="remove" />
              <input type="hidden" name="next" value={here} />
              <button type="submit" className="bookmark">
                {t('remove')}
                <span className="sr-only">{t('removeSubject', { title: card.title })}</span>
              </button>
            </form>
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t('pagesOfBookmarks')} className="mt-6 flex gap-4">
          {page > 1 ? (
            <a href={pageHref(page - 1)}>
              <span className="flip-rtl">←</span> {lists('newer')}
            </a>
          ) : null}
          <span>{t('pageOf', { page, pages })}</span>
          {page < pages ? (
            <a href={pageHref(page + 1)}>
              {lists('older')} <span className="flip-rtl">→</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

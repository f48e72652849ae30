import type { Metadata } from 'next';
import { isBookmarked } from '@/db/queries/readers';
import {
  articleRouteMetadata,
  renderArticleRoute,
  type ArticleParams,
} from '@/app/[edition]/(site)/_shared/article-route';
import { BookmarkSignIn } from '@/components/article/Bookmark';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import { currentReader } from '@/lib/auth/reader-session';

// The signed-in variant of an article page: next.config.ts rewrites `/{section}/{id}-{slug}` here
// when the request carries a reader session cookie. Rendered per request with the reader's own
// bookmark state (private, no-store) from the same cached article data as the public page, whose
// cache entry is never touched.
export const dynamic = 'force-dynamic';

type Props = { params: ArticleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleRouteMetadata(params);
}

export default async function ReaderArticleRoute({ params }: Props) {
  const reader = await currentReader();
  return renderArticleRoute(params, ({ id, path }) =>
    reader ? (
      <BookmarkButton articleId={id} saved={isBookmarked(reader.id, id)} returnTo={path} />
    ) : (
      <BookmarkSignIn returnTo={path} />
    ),
  );
}

import type { Metadata } from 'next';
import {
  articleRouteMetadata,
  renderArticleRoute,
  type ArticleParams,
} from '@/app/[edition]/(site)/_shared/article-route';
import { BookmarkSignIn } from '@/components/article/Bookmark';
import { listHotArticles } from '@/lib/content/hot';

// The page every reader gets, cached: the newest stories are prerendered at build; the archive
// renders on first request and is kept. No reader's state is ever in this page: a signed-in
// reader's browser gets it with their account menu and bookmark spliced in (app/_signed-in,
// lib/readers/splice.ts). Publishing invalidates the page at once; its lifetime for shared caches
// (s-maxage) is set by the story's age (lib/cache articleFreshness), at most this.
export const revalidate = 3600;
export const dynamicParams = true;

// Called once per edition (the [edition] segment's params): that edition's newest stories.
export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return listHotArticles(params.edition).map((a) => ({ section: a.sectionSlug, article: `${a.id}-${a.slug}` }));
}

type Props = { params: ArticleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleRouteMetadata(params);
}

export default async function ArticleRoute({ params }: Props) {
  return renderArticleRoute(params, ({ path }) => <BookmarkSignIn returnTo={path} />);
}

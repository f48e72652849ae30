import { listHotArticleRefs } from '@/db/queries/articles';

/** How many of the newest articles are prerendered at build time (the rest render on first request). */
export const HOT_ARTICLES = Number(process.env.PRERENDER_ARTICLES ?? 60);

/** The newest stories of an edition, prerendered at build time. */
export function listHotArticles(edition: string) {
  return listHotArticleRefs(edition, HOT_ARTICLES);
}

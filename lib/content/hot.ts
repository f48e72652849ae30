import { listHotArticleRefs } from '@/db/queries/articles';

/** How many of the newest articles are prerendered at build time (the rest render on first request). */
export const HOT_ARTICLES = Number(process.env.PRERENDER_ARTICLES ?? 60);

export function listHotArticles() {
  return listHotArticleRefs(HOT_ARTICLES);
}

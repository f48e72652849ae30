/**
 * Who may ask the site to drop cached pages from outside the process (deploy hooks, CLI
 * scripts, tests): a caller presenting REVALIDATE_TOKEN as a bearer token. Without a
 * configured token the endpoint does not exist.
 */
import { translationIdsOf } from '@/db/queries/articles';
import { timingSafeEqual } from 'node:crypto';
import { getArticleRouting } from '@/db/queries/articles';
import { invalidateArticle } from '@/lib/cache';
import { articlePath } from '@/lib/urls';

export function revalidateToken(): string | null {
  const token = process.env.REVALIDATE_TOKEN;
  return token && token.length >= 16 ? token : null;
}

export function isAuthorised(header: string | null, token: string): boolean {
  const presented = header?.match(/^Bearer\s+(.+)$/i)?.[1] ?? '';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Invalidates everything that shows one article; null when the id is unknown. */
export function invalidateArticleById(id: number, extraPaths: string[] = []): string[] | null {
  const routing = getArticleRouting(id);
  if (!routing) return null;
  return invalidateArticle({
    id,
    edition: routing.edition,
    translationIds: translationIdsOf(id),
    sectionSlugs: [routing.sectionSlug],
    tagSlugs: routing.tagSlugs,
    authorSlugs: routing.authorSlugs,
    paths: [articlePath(routing), ...extraPaths],
    // An article readers can no longer see must leave every related-stories block at once; a
    // corrected one reaches the blocks that show it through its own tag, and a new one enters
    // other articles' rankings when those pages next refresh.
    affectsRelated: !routing.isPublished,
  });
}

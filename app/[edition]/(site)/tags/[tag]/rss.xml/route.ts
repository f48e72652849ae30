/**
 * GET /tags/{tag}/rss.xml — a tag's RSS 2.0 feed (404 for an unknown tag). Rendered on first
 * request, then kept until publishing expires `feeds` / `tag:{slug}` (or for 300 s at most).
 */
import { renderFeed } from '@/lib/feeds';
import { getByParam, noStaticParams } from '@/lib/on-demand-routes';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

export const GET = getByParam('tag', (tag, edition) => renderFeed(edition, 'tag', tag));

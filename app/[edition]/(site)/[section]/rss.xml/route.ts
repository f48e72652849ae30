/**
 * GET /{section}/rss.xml — a section's RSS 2.0 feed (404 for an unknown section). The static
 * `rss.xml` segment wins over the article route beside it. Rendered on first request, then
 * kept until publishing expires `feeds` / `section:{slug}` (or for 300 s at most).
 */
import { renderFeed } from '@/lib/feeds';
import { getByParam, noStaticParams } from '@/lib/on-demand-routes';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

export const GET = getByParam('section', (section, edition) => renderFeed(edition, 'section', section));

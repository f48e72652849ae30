/**
 * GET /shows/{show}/feed.xml — a show's podcast feed (404 for an unknown show). Rendered on
 * first request, then kept until publishing expires `feeds` (or for 300 s at most).
 */
import { getByParam, noStaticParams } from '@/lib/on-demand-routes';
import { renderPodcast } from '@/lib/podcasts';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

export const GET = getByParam('show', (show, edition) => renderPodcast(show, edition));

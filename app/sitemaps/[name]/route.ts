/**
 * GET /sitemaps/{articles-N|sections|tags|authors|news}.xml — one sitemap; 404 for any other
 * name or an article chunk past the last. Rendered on first request, then kept until
 * publishing expires the `sitemaps` tag (or for 300 s at most).
 */
import { renderSitemap } from '@/lib/sitemaps';
import { getByParam, noStaticParams } from '@/lib/on-demand-routes';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

export const GET = getByParam('name', renderSitemap);

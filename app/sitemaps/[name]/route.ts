/**
 * GET /sitemaps/{articles-N|sections|tags|authors|news}.xml — one sitemap; 404 for any other
 * name or an article chunk past the last. Rendered on first request, then kept until
 * publishing expires the `sitemaps` tag (or for 300 s at most).
 */
import { decodeParam } from '@/lib/feeds';
import { renderSitemap } from '@/lib/sitemaps';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { name: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  return renderSitemap(decodeParam((await params).name));
}

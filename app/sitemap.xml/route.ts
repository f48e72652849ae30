/**
 * GET /sitemap.xml — the sitemap index: the article sitemaps and the section, tag, author and
 * news sitemaps. Kept until publishing expires the `sitemaps` tag (or for 300 s at most).
 */
import { renderSitemapIndex } from '@/lib/sitemaps';

export const dynamic = 'force-static';
export const revalidate = 300;

export async function GET() {
  return renderSitemapIndex();
}

import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/urls';

/** GET /robots.txt: everything but the newsroom and the API, and where the sitemaps are. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemaps/news.xml')],
  };
}

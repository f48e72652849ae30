import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/urls';

/** GET /robots.txt: everything but the newsroom, the API and the readers' own endpoints, and where the sitemaps are. */
export default function robots(): MetadataRoute.Robots {
  return {
    // /_reader/… are the signed-in variants of public pages (reached by a cookie rewrite, never linked).
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/reader/', '/_reader/'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemaps/news.xml')],
  };
}

/**
 * GET /rss.xml — the site's RSS 2.0 feed: the newest 50 published articles. An ISR route:
 * kept until publishing expires the `feeds` tag (or for 300 s at most).
 */
import { renderFeed } from '@/lib/feeds';

export const dynamic = 'force-static';
export const revalidate = 300;

export async function GET() {
  return renderFeed('site');
}

/**
 * GET /tags/{tag}/rss.xml — a tag's RSS 2.0 feed (404 for an unknown tag). Rendered on first
 * request, then kept until publishing expires `feeds` / `tag:{slug}` (or for 300 s at most).
 */
import { decodeParam, renderFeed } from '@/lib/feeds';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { tag: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return renderFeed('tag', decodeParam((await params).tag));
}

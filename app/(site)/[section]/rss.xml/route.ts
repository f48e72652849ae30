/**
 * GET /{section}/rss.xml — a section's RSS 2.0 feed (404 for an unknown section). The static
 * `rss.xml` segment wins over the article route beside it. Rendered on first request, then
 * kept until publishing expires `feeds` / `section:{slug}` (or for 300 s at most).
 */
import { decodeParam, renderFeed } from '@/lib/feeds';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { section: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return renderFeed('section', decodeParam((await params).section));
}

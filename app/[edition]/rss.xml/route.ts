/**
 * GET /rss.xml (`/ru/rss.xml`…) — an edition's RSS 2.0 feed: its newest 50 published stories. An
 * ISR route: kept until publishing in the edition expires its `feeds` tag (or for 300 s at most).
 */
import { renderFeed } from '@/lib/feeds';
import { editionParams } from '@/app/[edition]/_shared/edition';

export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = false;
export const generateStaticParams = editionParams;

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  return renderFeed((await params).edition, 'site');
}

import type { Metadata } from 'next';
import { readerCardActions } from '@/app/(account)/_shared/reader-actions';
import { HomePage } from '@/components/home/HomePage';
import { JsonLd } from '@/components/seo/JsonLd';
import { readHome } from '@/lib/content/reader';
import { homeJsonLd } from '@/lib/seo/jsonld';
import { homeMetadata } from '@/lib/seo/metadata';

// The home page for a signed-in reader (next.config.ts rewrites `/` here by the session cookie):
// the cached feed, with the reader's bookmark state on every story, rendered per request.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = homeMetadata();

export default async function ReaderHome() {
  const feed = await readHome();
  const ids = [
    ...(feed.lead ? [feed.lead.id] : []),
    ...feed.top.map((s) => s.id),
    ...feed.sections.flatMap((s) => s.items.map((i) => i.id)),
  ];
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <HomePage feed={feed} actions={await readerCardActions(ids, '/')} />
    </>
  );
}

import type { Metadata } from 'next';
import { readerCardActions } from '@/app/(account)/_shared/reader-actions';
import { listPageMetadata, renderList } from '@/app/(site)/_shared/list-route';
import { tagPath } from '@/lib/urls';

// A tag page for a signed-in reader (rewritten here by the session cookie), per request.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata('tag', (await params).tag, 1);
}

export default async function ReaderTagPage({ params }: Props) {
  const { tag } = await params;
  return renderList('tag', tag, 1, (ids) => readerCardActions(ids, tagPath(tag)));
}

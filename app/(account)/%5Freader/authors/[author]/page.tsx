import type { Metadata } from 'next';
import { readerCardActions } from '@/app/(account)/_shared/reader-actions';
import { listPageMetadata, renderList } from '@/app/(site)/_shared/list-route';
import { authorPath } from '@/lib/urls';

// An author page for a signed-in reader (rewritten here by the session cookie), per request.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ author: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata('author', (await params).author, 1);
}

export default async function ReaderAuthorPage({ params }: Props) {
  const { author } = await params;
  return renderList('author', author, 1, (ids) => readerCardActions(ids, authorPath(author)));
}

/** Page N of a list for a signed-in reader: `?page=N` with the session cookie is rewritten here (next.config.ts). */
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { readerCardActions } from '@/app/(account)/_shared/reader-actions';
import { listPageMetadata, parseListParams, renderList } from '@/app/(site)/_shared/list-route';
import { listPath } from '@/lib/urls';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ kind: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, slug, page } = parseListParams(await params);
  return page === 1 ? {} : listPageMetadata(kind, slug, page);
}

export default async function ReaderPagedList({ params }: Props) {
  const { kind, slug, page } = parseListParams(await params);
  if (page === 1) permanentRedirect(listPath(kind, slug));
  return renderList(kind, slug, page, (ids) => readerCardActions(ids, listPath(kind, slug, page)));
}

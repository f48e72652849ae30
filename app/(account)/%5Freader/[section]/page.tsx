import type { Metadata } from 'next';
import { readerCardActions } from '@/app/(account)/_shared/reader-actions';
import { listPageMetadata, renderList } from '@/app/(site)/_shared/list-route';
import { sectionPath } from '@/lib/urls';

// A section front for a signed-in reader (rewritten here by the session cookie), per request.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata('section', (await params).section, 1);
}

export default async function ReaderSectionFront({ params }: Props) {
  const { section } = await params;
  return renderList('section', section, 1, (ids) => readerCardActions(ids, sectionPath(section)));
}

import type { Metadata } from 'next';
import { ReaderShell } from '@/components/layout/ReaderShell';
import { currentReader } from '@/lib/auth/reader-session';
import { readBanners, readInfoPageLinks, readSections } from '@/lib/content/reader';
import { islandsScript } from '@/lib/islands/script';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';

// Reader pages rendered per request (account, bookmarks, and the signed-in variant of article
// pages): the reader's own state, never stored in a shared cache. Only the section list comes
// from the data cache.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: true } };

// `nav`: the @nav slot, the section navigation marking the page's place (components/layout/NavSlot.tsx).
export default async function AccountLayout({
  children,
  nav,
  editions,
  params,
}: {
  children: React.ReactNode;
  nav?: React.ReactNode;
  editions?: React.ReactNode;
  params: EditionParams;
}) {
  const { code } = await editionOf(params);
  const [reader, sections, banners, pages] = await Promise.all([
    currentReader(),
    readSections(code),
    readBanners(code, null),
    readInfoPageLinks(code),
  ]);
  return (
    <ReaderShell
      islandsScript={islandsScript()}
      sections={sections}
      account={reader ? { name: reader.name } : null}
      banners={banners}
      pages={pages}
      nav={nav}
      editions={editions}
    >
      {children}
    </ReaderShell>
  );
}

import { ReaderShell } from '@/components/layout/ReaderShell';
import { readBanners, readInfoPageLinks, readSections } from '@/lib/content/reader';
import { islandsScript } from '@/lib/islands/script';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';

// The reader site's chrome; the newsroom at /admin has its own (app/admin/layout.tsx).
// `nav`: the @nav slot, the section navigation marking the page's place (components/layout/NavSlot.tsx).
export default async function SiteLayout({
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
  const [sections, banners, pages] = await Promise.all([
    readSections(code),
    readBanners(code, null),
    readInfoPageLinks(code),
  ]);
  return (
    <ReaderShell
      islandsScript={islandsScript()}
      sections={sections}
      banners={banners}
      pages={pages}
      nav={nav}
      editions={editions}
    >
      {children}
    </ReaderShell>
  );
}

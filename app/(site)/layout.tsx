import { ReaderShell } from '@/components/layout/ReaderShell';
import { readBanners, readInfoPageLinks, readSections } from '@/lib/content/reader';
import { islandsScript } from '@/lib/islands/script';
import { SITE } from '@/lib/site';

// The reader site's chrome; the newsroom at /admin has its own (app/admin/layout.tsx).
// `nav`: the @nav slot, the section navigation marking the page's place (components/layout/NavSlot.tsx).
export default async function SiteLayout({ children, nav }: { children: React.ReactNode; nav?: React.ReactNode }) {
  const [sections, banners, pages] = await Promise.all([readSections(), readBanners(null), readInfoPageLinks()]);
  return (
    <ReaderShell
      siteName={SITE.name}
      islandsScript={islandsScript()}
      sections={sections}
      banners={banners}
      pages={pages}
      nav={nav}
    >
      {children}
    </ReaderShell>
  );
}

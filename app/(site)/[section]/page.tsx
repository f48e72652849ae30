import type { Metadata } from 'next';
import { listPageMetadata, renderList } from '@/app/(site)/_shared/list-route';
import { readSections } from '@/lib/content/reader';

// Safety net only: publishing invalidates the section's tag at once.
export const revalidate = 60;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await readSections()).map((s) => ({ section: s.slug }));
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata('section', (await params).section, 1);
}

export default async function SectionFront({ params }: Props) {
  return renderList('section', (await params).section, 1);
}

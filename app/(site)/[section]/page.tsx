import { firstPageRoute } from '@/app/(site)/_shared/list-route';
import { readSections } from '@/lib/content/reader';

// Safety net only: publishing invalidates the section's tag at once.
export const revalidate = 60;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await readSections()).map((s) => ({ section: s.slug }));
}

const route = firstPageRoute('section', 'section');
export const generateMetadata = route.generateMetadata;
export default route.Page;

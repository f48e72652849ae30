import { firstPageRoute } from '@/app/[edition]/(site)/_shared/list-route';
import { readSections } from '@/lib/content/reader';

// Safety net only: publishing invalidates the section's tag at once.
export const revalidate = 60;
export const dynamicParams = true;

// Called once per edition (the [edition] segment's params): that edition's sections.
export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return (await readSections(params.edition)).map((s) => ({ section: s.slug }));
}

const route = firstPageRoute('section', 'section');
export const generateMetadata = route.generateMetadata;
export default route.Page;

import { firstPageRoute } from '@/app/[edition]/(site)/_shared/list-route';
import { noStaticParams } from '@/lib/on-demand-routes';

// Rendered on first request and kept; publishing invalidates the author's pages at once.
export const revalidate = 60;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

const route = firstPageRoute('author', 'author');
export const generateMetadata = route.generateMetadata;
export default route.Page;

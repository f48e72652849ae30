import { firstPageRoute } from '@/app/[edition]/(site)/_shared/list-route';
import { noStaticParams } from '@/lib/on-demand-routes';

// Rendered on first request and kept; publishing invalidates the tag's pages at once.
export const revalidate = 60;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

const route = firstPageRoute('tag', 'tag');
export const generateMetadata = route.generateMetadata;
export default route.Page;

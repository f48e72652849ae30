/**
 * Page N of a section, tag or author list. Readers never see this URL: next.config.ts
 * rewrites `/{section}?page=N`, `/tags/{tag}?page=N` and `/authors/{author}?page=N` here,
 * so every page of every list is a cached page rather than one rendered per request.
 */
import { pagedListRoute } from '@/app/[edition]/(site)/_shared/list-route';
import { noStaticParams } from '@/lib/on-demand-routes';

export const revalidate = 60;
export const dynamicParams = true;
export const generateStaticParams = noStaticParams;

const route = pagedListRoute();
export const generateMetadata = route.generateMetadata;
export default route.Page;

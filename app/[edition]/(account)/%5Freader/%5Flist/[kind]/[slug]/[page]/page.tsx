/** Page N of a list for a signed-in reader: `?page=N` with the session cookie is rewritten here (next.config.ts). */
import { readerCardActions } from '@/app/[edition]/(account)/_shared/reader-actions';
import { pagedListRoute } from '@/app/[edition]/(site)/_shared/list-route';

export const dynamic = 'force-dynamic';

const route = pagedListRoute(readerCardActions);
export const generateMetadata = route.generateMetadata;
export default route.Page;

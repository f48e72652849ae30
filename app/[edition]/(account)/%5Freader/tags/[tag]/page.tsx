import { readerCardActions } from '@/app/[edition]/(account)/_shared/reader-actions';
import { firstPageRoute } from '@/app/[edition]/(site)/_shared/list-route';

// A tag page for a signed-in reader (rewritten here by the session cookie), per request.
export const dynamic = 'force-dynamic';

const route = firstPageRoute('tag', 'tag', readerCardActions);
export const generateMetadata = route.generateMetadata;
export default route.Page;

/**
 * GET /{section}/{id}-{slug} from a signed-in reader's browser (next.config.ts rewrites document
 * requests carrying a reader session here; React's navigations go to app/(account)/_reader).
 * Answers the shared cached article page with the reader's parts spliced in, `private, no-store`.
 */
import { currentReader } from '@/lib/auth/reader-session';
import { editionPath, editions } from '@/lib/editions';
import { notFoundResponse } from '@/lib/http';
import { serveArticleToReader } from '@/lib/readers/serve-shared';

export const dynamic = 'force-dynamic';

export async function GET(
  request: Request,
  { params }: { params: Promise<{ edition: string; section: string; article: string }> },
) {
  const { edition, section, article } = await params;
  if (!editions.find(edition)) return notFoundResponse();
  const path = editionPath(
    edition,
    `/${encodeURIComponent(section)}/${encodeURIComponent(article)}${new URL(request.url).search}`,
  );
  return serveArticleToReader(path, article, request.headers.get('cookie') ?? '', await currentReader());
}

/**
 * GET /reader/reset/{token} — a reader's e-mailed reset link: its token goes into a cookie, then
 * to the new-password form in the edition the link was asked for in, used or not (lib/auth/link-http.ts).
 */
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { openLink } from '@/lib/auth/link-http';
import { linkEdition } from '@/lib/auth/password-reset';
import { editionPath, editions } from '@/lib/editions';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const edition = editions.find(linkEdition(token))?.code ?? editions.default.code;
  return openLink(request, token, LINK_COOKIES.readerReset, editionPath(edition, '/signin/reset/password'), 'reset');
}

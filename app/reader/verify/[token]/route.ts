/**
 * GET /reader/verify/{token} — the link sent at sign-up: its token goes into a cookie, then to the
 * page whose button confirms the address, in the edition the reader signed up in.
 */
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { openLink } from '@/lib/auth/link-http';
import { editionPath, editions } from '@/lib/editions';
import { linkEdition } from '@/lib/auth/password-reset';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const edition = editions.find(linkEdition(token))?.code ?? editions.default.code;
  return openLink(request, token, LINK_COOKIES.readerVerify, editionPath(edition, '/account/verify'), 'verify');
}

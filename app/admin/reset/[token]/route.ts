/** GET /admin/reset/{token} — the e-mailed link: its token goes into a cookie, then to the new-password form (lib/auth/link-http.ts). */
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { openLink } from '@/lib/auth/link-http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return openLink(request, token, LINK_COOKIES.staffReset, '/admin/reset/password', 'reset');
}

/** POST /admin/signout (with `everywhere=1`, every session of this person) — then 303 to sign-in. */
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { clientIp, isSameOrigin } from '@/lib/auth/request';
import { currentStaff, STAFF_COOKIE } from '@/lib/auth/session';
import { signOut } from '@/lib/auth/sign-in';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new NextResponse('Cross-site request refused', { status: 403 });
  const staff = await currentStaff();
  if (!staff) return new NextResponse(null, { status: 303, headers: { Location: '/admin/login' } });
  let everywhere = false;
  try {
    everywhere = (await request.formData()).get('everywhere') === '1';
  } catch {
    // An empty body signs out this session only.
  }
  signOut(staff, (await cookies()).get(STAFF_COOKIE)?.value, everywhere, clientIp(request.headers));
  const response = new NextResponse(null, { status: 303, headers: { Location: '/admin/login?signedout=1' } });
  response.cookies.delete(STAFF_COOKIE);
  return response;
}

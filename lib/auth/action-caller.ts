/**
 * Who is calling a newsroom server action, checked on the server for every call (the page that
 * showed the form proves nothing). Two kinds of action:
 * - a form that keeps what was typed: no session gives null, so the action answers "your
 *   session has ended" with the form's values instead of losing them;
 * - a button: no session redirects to sign-in.
 * Either way, a role without `permission` gets 403.
 */
import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { clientIp } from '@/lib/auth/request';
import { can, type Permission } from '@/lib/auth/roles';
import { currentStaff, requireStaff, type StaffUser } from '@/lib/auth/session';

export interface Caller {
  staff: StaffUser;
  ip: string;
}

export async function formCaller(permission: Permission): Promise<Caller | null> {
  const staff = await currentStaff();
  if (!staff) return null;
  if (!can(staff.role, permission)) forbidden();
  return { staff, ip: clientIp(await headers()) };
}

export async function buttonCaller(permission: Permission, returnTo: string): Promise<Caller> {
  const staff = await requireStaff(permission, returnTo);
  return { staff, ip: clientIp(await headers()) };
}

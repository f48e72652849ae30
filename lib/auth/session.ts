/**
 * Staff sessions stored in the database. The cookie holds a random token; the database holds
 * only its SHA-256. Sessions end after 12 hours idle or 7 days in all, on sign-out, or on
 * "sign out everywhere". The id is new at every sign-in (no session fixation).
 */
import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import type { NextResponse } from 'next/server';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  touchSession,
  type StaffUser,
} from '@/db/queries/staff';
import { can, canIn, type Permission, type PermissionContext } from '@/lib/auth/roles';
import { cookieFromHeader, isHttps } from '@/lib/auth/request';
import { hashToken, holderOfToken, SESSION_MAX_MS, type SessionStore } from '@/lib/auth/session-tokens';

export {
  hashToken,
  holderOfToken,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionIsLive,
  type SessionStore,
} from '@/lib/auth/session-tokens';

export type { StaffUser };

export const STAFF_COOKIE = 'newsroom_staff';

export type NewSession = { token: string; expiresAt: Date };

/**
 * A new session of either kind: a random token for the cookie, of which `insert` stores only the
 * SHA-256 (the row's id) with the absolute expiry.
 */
export function newSession(
  insert: (row: { id: string; now: Date; expiresAt: Date }) => void,
  now = new Date(),
): NewSession {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  insert({ id: hashToken(token), now, expiresAt });
  return { token, expiresAt };
}

export function startSession(userId: number, ip: string, userAgent: string, now = new Date()): NewSession {
  return newSession((row) => insertSession({ ...row, userId, ip, userAgent }), now);
}

/**
 * `response` (the answer to a sign-in or sign-up) with the new session's cookie set: staff by
 * default; reader sessions use the same shape under their own name.
 */
export function withSessionCookie<R extends NextResponse>(
  response: R,
  session: NewSession,
  requestHeaders: Headers,
  name: string = STAFF_COOKIE,
): R {
  response.cookies.set(sessionCookie(session, isHttps(requestHeaders), name));
  return response;
}

/** A session cookie's attributes (route handlers set it on their response, server actions through cookies()). */
export function sessionCookie(session: NewSession, https: boolean, name: string = STAFF_COOKIE) {
  return {
    name,
    value: session.token,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: https,
    path: '/',
    expires: session.expiresAt,
  };
}

const staffSessions: SessionStore<StaffUser> = { find: findSession, remove: deleteSession, touch: touchSession };

/** The staff member behind a cookie token, or null (expired sessions are deleted). */
export function staffForToken(token: string | undefined, now = new Date()): StaffUser | null {
  return holderOfToken(token, staffSessions, now);
}

/** The staff member behind a raw Cookie header: requests the production server answers before Next (uploads). */
export function staffForCookieHeader(header: string | undefined, now = new Date()): StaffUser | null {
  return staffForToken(cookieFromHeader(header ?? '', STAFF_COOKIE), now);
}

export function endSession(token: string | undefined): void {
  if (token) deleteSession(hashToken(token));
}

export function endAllSessions(userId: number): number {
  return deleteSessionsOfUser(userId);
}

/**
 * The signed-in staff member for this request (pages, server actions, route handlers).
 * Memoized per render: the admin layout and the page share one session lookup.
 */
export const currentStaff = cache(async (): Promise<StaffUser | null> =>
  staffForToken((await cookies()).get(STAFF_COOKIE)?.value),
);

/**
 * For admin pages: the signed-in staff member, or a redirect to sign-in; a role without the
 * permission gets the 403 page.
 */
export async function requireStaff(permission: Permission = 'admin.access', returnTo = '/admin'): Promise<StaffUser> {
  const staff = await currentStaff();
  if (!staff) redirect(`/admin/login?next=${encodeURIComponent(returnTo)}`);
  if (!can(staff.role, permission)) forbidden();
  return staff;
}

/**
 * For admin pages showing one edition's object (an article, a section, a front, a page): 403
 * unless `staff` may do `permission` in `edition` (lib/auth/roles.ts canIn), like a role refusal.
 */
export function requireEdition(
  staff: StaffUser,
  edition: string,
  permission: Permission,
  ctx: PermissionContext = {},
): void {
  if (!canIn(staff, edition, permission, ctx)) forbidden();
}

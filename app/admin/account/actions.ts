'use server';
/**
 * Server actions of /admin/account: each changes only the caller's own account, so any signed-in
 * staff member may call them (the runner in lib/newsroom/server-actions.ts checks the session).
 */
import { outcomeQuery } from '@/lib/newsroom/forms';
import { setTimeZoneFromForm } from '@/lib/newsroom/profile';
import { buttonAction } from '@/lib/newsroom/server-actions';

const setTimeZone = buttonAction(
  'admin.access',
  '/admin/account',
  setTimeZoneFromForm,
  (outcome) => `/admin/account?${outcomeQuery(outcome)}`,
);

export const setTimeZoneAction = async (sent: FormData) => setTimeZone(sent);

'use server';
/**
 * Server actions of /admin/account: the signed-in staff member's own time zone and two-factor
 * sign-in (any role; each changes only the caller's own account). A 'use server' file may only
 * export async functions; the work is in lib/newsroom/profile.ts and two-factor.ts. Each checks
 * its caller on the server (lib/auth/action-caller.ts).
 */
import { redirect } from 'next/navigation';
import { formCaller } from '@/lib/auth/action-caller';
import { asForm, SESSION_ENDED } from '@/lib/newsroom/forms';
import { buttonAction } from '@/lib/newsroom/server-actions';
import {
  confirmSetupFromForm,
  disableFromForm,
  regenerateCodesFromForm,
  startSetupFromForm,
  type TwoFactorFormState,
} from '@/lib/newsroom/two-factor';
import { outcomeQuery } from '@/lib/newsroom/forms';
import { setTimeZoneFromForm } from '@/lib/newsroom/profile';

const setTimeZone = buttonAction(
  'admin.access',
  '/admin/account',
  setTimeZoneFromForm,
  (outcome) => `/admin/account?${outcomeQuery(outcome)}`,
);

const startSetup = buttonAction(
  'admin.access',
  '/admin/account',
  startSetupFromForm,
  (outcome) => `/admin/account?${outcomeQuery(outcome)}#two-factor`,
);

/** A form whose answer re-renders in place: no session is told so, not redirected (nothing typed is lost). */
async function inPlace(
  sent: FormData,
  handle: (
    staff: NonNullable<Awaited<ReturnType<typeof formCaller>>>['staff'],
    form: FormData,
    ip: string,
  ) => Promise<TwoFactorFormState | { status: 'done' }>,
): Promise<TwoFactorFormState> {
  const who = await formCaller('admin.access');
  if (!who) return { status: 'invalid', message: SESSION_ENDED };
  const state = await handle(who.staff, asForm(sent), who.ip);
  if (state.status === 'done') redirect('/admin/account?done=two-factor-off#two-factor');
  return state;
}

export const setTimeZoneAction = async (sent: FormData) => setTimeZone(sent);
export const startTwoFactorSetupAction = async (sent: FormData) => startSetup(sent);
export const confirmTwoFactorAction = async (_previous: TwoFactorFormState, sent: FormData) =>
  inPlace(sent, confirmSetupFromForm);
export const regenerateRecoveryCodesAction = async (_previous: TwoFactorFormState, sent: FormData) =>
  inPlace(sent, regenerateCodesFromForm);
export const disableTwoFactorAction = async (_previous: TwoFactorFormState, sent: FormData) =>
  inPlace(sent, disableFromForm);

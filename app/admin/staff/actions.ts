'use server';
/**
 * Server actions of /admin/staff (administrators only). A 'use server' file may only export async
 * functions, so these hand over to the newsroom's action runner (lib/newsroom/server-actions.ts),
 * which checks who is calling (no session: sign-in, or a message that keeps the typed text) and
 * that their role may manage staff; Next checks the Origin of every server action.
 */
import { getStaffAccount } from '@/db/queries/staff';
import type { StaffUser } from '@/lib/auth/session';
import { outcomeQuery, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { buttonAction, formAction } from '@/lib/newsroom/server-actions';
import {
  changeRolesFromForm,
  createStaffFromForm,
  resetPasswordFromForm,
  setBylineFromForm,
  setDisabledFromForm,
} from '@/lib/newsroom/staff';
import { resetTwoFactorFromForm, setPolicyFromForm } from '@/lib/newsroom/two-factor';

/** Back to the account the form named (to the list when it named none), with the outcome's code. */
function back(outcome: Outcome, form: FormData): string {
  const id = parseId(form.get('id'));
  return id === null ? `/admin/staff?${outcomeQuery(outcome)}` : `/admin/staff/${id}?${outcomeQuery(outcome)}`;
}

const isSelf = (form: FormData, staff: StaffUser) => parseId(form.get('id')) === staff.id;

const create = formAction('staff.manage', createStaffFromForm, (id) => `/admin/staff/${id}?done=created`);

const changeRoles = formAction('staff.manage', changeRolesFromForm, (id, staff) =>
  // An administrator who made themselves something else may no longer see this page.
  id === staff.id && getStaffAccount(id)?.role !== 'admin' ? '/admin' : `/admin/staff/${id}?done=role`,
);

const setDisabled = buttonAction('staff.manage', '/admin/staff', setDisabledFromForm, (outcome, form, staff) =>
  outcome.ok && outcome.code === 'disabled' && isSelf(form, staff) ? '/admin/login' : back(outcome, form),
);

const setByline = buttonAction('staff.manage', '/admin/staff', setBylineFromForm, back);

// Resetting one's own password ends one's own session too.
const resetPassword = formAction('staff.manage', resetPasswordFromForm, (id, staff) =>
  id === staff.id ? '/admin/login' : `/admin/staff/${id}?done=password`,
);

const setPolicy = buttonAction(
  'staff.manage',
  '/admin/staff',
  setPolicyFromForm,
  (outcome) => `/admin/staff?${outcomeQuery(outcome)}#two-factor-policy`,
);

const resetTwoFactor = buttonAction('staff.manage', '/admin/staff', resetTwoFactorFromForm, back);

export const createStaffAction = async (previous: FormState, sent: FormData) => create(previous, sent);
export const changeStaffRoleAction = async (previous: FormState, sent: FormData) => changeRoles(previous, sent);
export const setStaffDisabledAction = async (sent: FormData) => setDisabled(sent);
export const setStaffBylineAction = async (sent: FormData) => setByline(sent);
export const resetStaffPasswordAction = async (previous: FormState, sent: FormData) => resetPassword(previous, sent);
export const setTwoFactorPolicyAction = async (sent: FormData) => setPolicy(sent);
export const resetStaffTwoFactorAction = async (sent: FormData) => resetTwoFactor(sent);

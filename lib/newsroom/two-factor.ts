/**
 * Two-factor sign-in from the newsroom's side: a staff member sets it up, renews the recovery
 * codes or turns it off on /admin/account; administrators choose the roles that require it and
 * reset a colleague's on /admin/staff. Signing in with it is lib/auth/sign-in.ts. Every change is
 * audited (db/queries/two-factor.ts, in the same transaction).
 */
import { findStaffForSignIn, type StaffUser } from '@/db/queries/staff';
import {
  acceptTimeStep,
  beginTwoFactorSetup,
  getTwoFactor,
  recoveryCodesLeft,
  removeTwoFactor,
  replaceRecoveryCodes,
  rolesRequiringTwoFactor,
  setRoleRequiresTwoFactor,
  twoFactorStatuses,
} from '@/db/queries/two-factor';
import { STAFF_ROLES, type StaffRole } from '@/db/schema';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import { recordSignInFailure, signInWait } from '@/lib/auth/throttle';
import {
  cleanCode,
  groupedSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  qrPath,
  roleRequiresTwoFactor,
  totpStep,
} from '@/lib/auth/two-factor';
import { parseId, type Outcome } from '@/lib/newsroom/forms';

/**
 * What the account page's two-factor forms answer: a message to fix something, or the new
 * recovery codes (shown once, never stored in the clear).
 */
export type TwoFactorFormState =
  { status: 'idle' } | { status: 'invalid'; message: string } | { status: 'codes'; message: string; codes: string[] };

export interface TwoFactorSetupView {
  uri: string;
  secret: string;
  qr: { size: number; d: string };
}

export interface AccountTwoFactor {
  state: 'off' | 'setting-up' | 'on';
  /** One of the person's roles requires two factors (they cannot turn it off). */
  required: boolean;
  setup: TwoFactorSetupView | null;
  codesLeft: number;
}

/** The setup's QR code, URI and secret for `email`, when a setup is waiting for its first code. */
export function setupView(staffId: number, email: string): TwoFactorSetupView | null {
  const row = getTwoFactor(staffId);
  if (!row || row.enabledAt) return null;
  const uri = otpauthUri(email, row.secret);
  return { uri, secret: groupedSecret(row.secret), qr: qrPath(uri) };
}

export function accountTwoFactor(staff: StaffUser): AccountTwoFactor {
  const row = getTwoFactor(staff.id);
  return {
    state: !row ? 'off' : row.enabledAt ? 'on' : 'setting-up',
    required: roleRequiresTwoFactor(staff, rolesRequiringTwoFactor()),
    setup: setupView(staff.id, staff.email),
    codesLeft: row?.enabledAt ? recoveryCodesLeft(staff.id) : 0,
  };
}

const WRONG_CODE = 'That code is not right. Type the 6 digits your app shows now.';
const NO_CODE = 'Type the 6-digit code from your authenticator app.';

/** The throttle of sign-in guards these forms too: they take a code or the password. */
function throttled(staff: StaffUser, ip: string): TwoFactorFormState | null {
  const wait = signInWait(ip, staff.email);
  if (wait <= 0) return null;
  const minutes = Math.ceil(wait / 60);
  return {
    status: 'invalid',
    message: `Too many wrong codes. Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
  };
}

function refused(staff: StaffUser, ip: string, message: string): TwoFactorFormState {
  recordSignInFailure(ip, staff.email);
  return { status: 'invalid', message };
}

/** "Set up two-factor sign-in": a new secret, waiting for its first code. */
export function startSetupFromForm(staff: StaffUser, _form: FormData, ip: string): Outcome {
  return beginTwoFactorSetup(staff.id, newTotpSecret(), { actorId: staff.id, ip })
    ? { ok: true, code: 'setup' }
    : { ok: false, code: 'already-on' };
}

/** The first code of the setup: two-factor is on, and here are the recovery codes. */
export async function confirmSetupFromForm(staff: StaffUser, form: FormData, ip: string): Promise<TwoFactorFormState> {
  const wait = throttled(staff, ip);
  if (wait) return wait;
  const row = getTwoFactor(staff.id);
  if (!row) return { status: 'invalid', message: 'Start the setup first: nothing is waiting for a code.' };
  if (row.enabledAt) return { status: 'invalid', message: 'Two-factor sign-in is already on.' };
  const code = cleanCode(form.get('code'));
  if (!code) return { status: 'invalid', message: NO_CODE };
  const step = await totpStep(row.secret, code, row.lastStep);
  const codes = newRecoveryCodes();
  const enable = { codeHashes: codes.map(hashRecoveryCode), who: { actorId: staff.id, ip }, now: new Date() };
  if (step === null || !acceptTimeStep(staff.id, step, enable)) return refused(staff, ip, WRONG_CODE);
  return { status: 'codes', message: 'Two-factor sign-in is on.', codes };
}

/** Checks a current code of an account with two-factor on (and uses its time step up). */
async function currentCodeProblem(
  staff: StaffUser,
  form: FormData,
  ip: string,
  now: Date,
): Promise<TwoFactorFormState | null> {
  const wait = throttled(staff, ip);
  if (wait) return wait;
  const row = getTwoFactor(staff.id);
  if (!row?.enabledAt) return { status: 'invalid', message: 'Two-factor sign-in is not on.' };
  const code = cleanCode(form.get('code'));
  if (!code) return { status: 'invalid', message: NO_CODE };
  const step = await totpStep(row.secret, code, row.lastStep, now);
  if (step === null || !acceptTimeStep(staff.id, step)) return refused(staff, ip, WRONG_CODE);
  return null;
}

/** New recovery codes (a current code required); the old ones stop working. */
export async function regenerateCodesFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  now = new Date(),
): Promise<TwoFactorFormState> {
  const problem = await currentCodeProblem(staff, form, ip, now);
  if (problem) return problem;
  const codes = newRecoveryCodes();
  if (!replaceRecoveryCodes(staff.id, codes.map(hashRecoveryCode), { actorId: staff.id, ip }))
    return { status: 'invalid', message: 'Two-factor sign-in is not on.' };
  return { status: 'codes', message: 'New recovery codes: the old ones no longer work.', codes };
}

/**
 * Turns two-factor off: the password and a current code, and no role of the person's requiring
 * it. `done` when it was turned off (the action redirects).
 */
export async function disableFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  now = new Date(),
): Promise<TwoFactorFormState | { status: 'done' }> {
  if (roleRequiresTwoFactor(staff, rolesRequiringTwoFactor()))
    return { status: 'invalid', message: 'Your role requires two-factor sign-in: it cannot be turned off.' };
  const password = form.get('password');
  if (typeof password !== 'string' || !password || !cleanCode(form.get('code')))
    return { status: 'invalid', message: 'Type your password and the 6-digit code from your app.' };
  const wait = throttled(staff, ip);
  if (wait) return wait;
  const account = findStaffForSignIn(staff.email);
  const passwordOk = await verifyPassword(password.slice(0, 256), account?.passwordHash ?? DUMMY_HASH);
  if (!passwordOk) return refused(staff, ip, 'That password is not right.');
  const problem = await currentCodeProblem(staff, form, ip, now);
  if (problem) return problem;
  removeTwoFactor(staff.id, { actorId: staff.id, ip }, 'two-factor.disable');
  return { status: 'done' };
}

// --- Administrators ---------------------------------------------------------------------------

export interface RolePolicy {
  role: StaffRole;
  label: string;
  required: boolean;
}

export function rolePolicies(): RolePolicy[] {
  const required = new Set(rolesRequiringTwoFactor());
  return STAFF_ROLES.map((role) => ({ role, label: ROLE_LABELS[role], required: required.has(role) }));
}

/** Form fields: role, required ('1' or '0'). */
export function setPolicyFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  if (!can(staff.role, 'staff.manage')) return { ok: false, code: 'forbidden' };
  const role = form.get('role');
  const required = form.get('required');
  const known = STAFF_ROLES.find((r) => r === role);
  if (!known || (required !== '1' && required !== '0')) return { ok: false, code: 'not-found' };
  const result = setRoleRequiresTwoFactor(known, required === '1', { actorId: staff.id, ip });
  return {
    ok: true,
    code: !result.changed ? 'unchanged' : required === '1' ? 'two-factor-required' : 'two-factor-optional',
  };
}

/** Form fields: id. Removes a colleague's two-factor setup (they set it up again at their next sign-in if required). */
export function resetTwoFactorFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  if (!can(staff.role, 'staff.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  if (id === null) return { ok: false, code: 'not-found' };
  return removeTwoFactor(id, { actorId: staff.id, ip }, 'staff.two-factor-reset')
    ? { ok: true, code: 'two-factor-reset' }
    : { ok: true, code: 'unchanged' };
}

/** Every account's two-factor state (absent: off), for the staff list. */
export function twoFactorStates(): Map<number, 'on' | 'setting-up'> {
  return twoFactorStatuses();
}

/** Whether an account has two-factor on, for the staff pages. */
export function twoFactorStateOf(staffId: number): 'on' | 'setting-up' | 'off' {
  const row = getTwoFactor(staffId);
  return !row ? 'off' : row.enabledAt ? 'on' : 'setting-up';
}

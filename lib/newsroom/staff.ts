/**
 * Staff accounts managed by administrators (/admin/staff) and the audit log filter
 * (/admin/audit): validation, who may do what, and the rules — the last enabled administrator
 * stays one, disabling an account or resetting its password ends its sessions. Every change is
 * written to the audit log in the same transaction (db/queries/staff.ts).
 */
import { z } from 'zod';
import {
  changeStaffRole,
  insertStaffAccount,
  resetStaffPassword,
  setStaffByline,
  setStaffDisabled,
  type StaffActor,
  type StaffUser,
} from '@/db/queries/staff';
import { STAFF_ROLES } from '@/db/schema';
import { hashPassword, passwordProblem, PASSWORD_RULES } from '@/lib/auth/password';
import { can } from '@/lib/auth/roles';
import { fieldErrorsOf, formText, invalid, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';

/** An audit log row as the queries hand it out, for components/admin/AuditTable (which may not import db/). */
export type { AuditEntry } from '@/db/queries/staff';

const FORBIDDEN_MESSAGE = 'Only administrators manage staff accounts.';

const password = z.string().superRefine((pw, ctx) => {
  const problem = passwordProblem(pw);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An optional byline: '' for none, else an author id. */
const bylineId = z.union([z.literal(''), z.string().regex(/^[1-9][0-9]{0,14}$/, 'Choose a byline from the list.')]);

export const staffFormSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Give an e-mail address.')
    .max(254, 'That e-mail address is too long.')
    .pipe(z.email('Give a valid e-mail address.')),
  name: z.string().trim().min(1, 'Give the person’s name.').max(120, 'Keep the name under 120 characters.'),
  role: z.enum(STAFF_ROLES, { message: 'Choose a role from the list.' }),
  password,
  authorId: bylineId,
});

const actor = (staff: StaffUser, ip: string): StaffActor => ({ actorId: staff.id, ip });

const STAFF_FIELDS = ['email', 'name', 'role', 'password', 'authorId'] as const;

/**
 * Form fields: email, name, role, password (at least 12 characters), authorId ('' or a byline
 * id). The password is hashed like scripts/user-create.ts does and never echoed back.
 */
export async function createStaffFromForm(staff: StaffUser, form: FormData, ip: string): Promise<FormState> {
  const { password: typed, ...values } = formText(form, STAFF_FIELDS);
  if (!can(staff.role, 'staff.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
  const parsed = staffFormSchema.safeParse({ ...values, password: typed });
  if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
  const data = parsed.data;
  const result = insertStaffAccount(
    {
      email: data.email,
      name: data.name,
      role: data.role,
      authorId: data.authorId === '' ? null : Number(data.authorId),
      passwordHash: await hashPassword(data.password),
    },
    actor(staff, ip),
  );
  if (!result.ok) {
    return invalid(
      values,
      result.reason === 'email-taken'
        ? { email: 'An account with that e-mail address already exists.' }
        : { authorId: 'Choose a byline from the list.' },
    );
  }
  return { status: 'done', id: result.user.id, message: `Account for ${result.user.email} created.` };
}

/** Form fields: id, role. The last enabled administrator cannot be demoted. */
export function changeRoleFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  if (!can(staff.role, 'staff.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  const role = z.enum(STAFF_ROLES).safeParse(form.get('role'));
  if (id === null) return { ok: false, code: 'not-found' };
  if (!role.success) return { ok: false, code: 'role' };
  const result = changeStaffRole(id, role.data, actor(staff, ip));
  if (!result.ok) return { ok: false, code: result.reason };
  return { ok: true, code: result.changed ? 'role' : 'unchanged' };
}

/**
 * Form fields: id, disabled ("1" disables, "0" enables). Disabling ends every session of the
 * account; the last enabled administrator cannot be disabled.
 */
export function setDisabledFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  if (!can(staff.role, 'staff.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  const disabled = form.get('disabled');
  if (id === null || (disabled !== '1' && disabled !== '0')) return { ok: false, code: 'not-found' };
  const result = setStaffDisabled(id, disabled === '1', actor(staff, ip));
  if (!result.ok) return { ok: false, code: result.reason };
  return { ok: true, code: !result.changed ? 'unchanged' : disabled === '1' ? 'disabled' : 'enabled' };
}

/** Form fields: id, authorId ('' unlinks). */
export function setBylineFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  if (!can(staff.role, 'staff.manage')) return { ok: false, code: 'forbidden' };
  const id = parseId(form.get('id'));
  const raw = form.get('authorId');
  if (id === null) return { ok: false, code: 'not-found' };
  if (raw !== '' && parseId(raw) === null) return { ok: false, code: 'author-not-found' };
  const result = setStaffByline(id, raw === '' ? null : parseId(raw), actor(staff, ip));
  if (!result.ok) return { ok: false, code: result.reason };
  return { ok: true, code: result.changed ? 'byline' : 'unchanged' };
}

/** Form fields: id, password. Sets a new password and ends every session of the account. */
export async function resetPasswordFromForm(staff: StaffUser, form: FormData, ip: string): Promise<FormState> {
  const values = { password: '' };
  if (!can(staff.role, 'staff.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(values, {}, 'That account does not exist.');
  const typed = form.get('password');
  const parsed = password.safeParse(typeof typed === 'string' ? typed : '');
  if (!parsed.success)
    return invalid(
      values,
      { password: parsed.error.issues[0]?.message ?? `Use at least ${PASSWORD_RULES.min} characters.` },
      'The password was not changed.',
    );
  const result = resetStaffPassword(id, await hashPassword(parsed.data), actor(staff, ip));
  if (!result.ok) return invalid(values, {}, 'That account does not exist (any more).');
  return { status: 'done', id, message: 'Password changed; every session of the account has ended.' };
}

/** Suggestions for the audit log filter (any prefix works). */
export const AUDIT_PREFIXES = [
  'article.',
  'section.',
  'tag.',
  'author.',
  'staff.',
  'sign-in',
  'sign-out',
  'media.',
] as const;

/** An action prefix from the audit page's query string: letters, digits, dots and hyphens, or '' for all. */
export function parseAuditPrefix(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const prefix = raw.trim().toLowerCase();
  return /^[a-z0-9.-]{1,40}$/.test(prefix) ? prefix : '';
}

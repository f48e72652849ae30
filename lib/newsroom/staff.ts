/**
 * Staff accounts managed by administrators (/admin/staff) and the audit log filter
 * (/admin/audit): validation, who may do what, and the rules — the last enabled administrator
 * stays one, disabling an account or resetting its password ends its sessions. Every change is
 * written to the audit log in the same transaction (db/queries/staff.ts).
 */
import { z } from 'zod';
import {
  changeStaffRoles,
  insertStaffAccount,
  resetStaffPassword,
  setStaffByline,
  setStaffDisabled,
  type EditionRoles,
  type StaffActor,
  type StaffRoles,
  type StaffUser,
} from '@/db/queries/staff';
import { EDITION_ROLES, type StaffRole } from '@/db/schema';
import { hashPassword, passwordProblem, PASSWORD_RULES } from '@/lib/auth/password';
import { can, isEditionRole, ROLE_LABELS } from '@/lib/auth/roles';
import { editions } from '@/lib/editions';
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
  password,
  authorId: bylineId,
});

const actor = (staff: StaffUser, ip: string): StaffActor => ({ actorId: staff.id, ip });

const STAFF_FIELDS = ['email', 'name', 'password', 'authorId'] as const;

// --- Roles: administrator of the whole site, or a role per edition -------------------------------

/** The administrator checkbox's field (ManagedForm's checkbox sends "yes"). */
export const ADMIN_FIELD = 'admin';
/** The field of an edition's role select: `role-ru`. */
export const roleField = (code: string) => `role-${code}`;
const ROLE_FIELD = /^role-(.*)$/;

/** English names of the editions for the newsroom's labels ("Russian edition"): its chrome is English. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
export function editionLabel(code: string): string {
  const edition = editions.get(code);
  return `${languageNames.of(edition.language) ?? edition.name} edition`;
}

/** One select per configured edition, for the create form and the account's "Roles" panel. */
export function editionRoleFields(): { name: string; label: string; options: { value: string; label: string }[] }[] {
  const options = [
    { value: '', label: 'No access' },
    ...EDITION_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
  ];
  return editions.codes.map((code) => ({ name: roleField(code), label: editionLabel(code), options }));
}

export const ADMIN_LABEL = 'Administrator (every edition, people and the audit log)';

/** The roles form's values for an account: the checkbox and each edition's select. */
export function rolesFormValues(account: Pick<StaffUser, 'role' | 'editions'>): Record<string, string> {
  const values: Record<string, string> = { [ADMIN_FIELD]: account.role === 'admin' ? 'yes' : '' };
  for (const code of editions.codes) values[roleField(code)] = account.editions[code] ?? '';
  return values;
}

/** "Editor · RU, Author · EN", "Editor" (the same in every edition), or "Administrator": the staff list and the header. */
export function rolesSummary(account: Pick<StaffUser, 'role' | 'editions'>): string {
  if (account.role === 'admin') return ROLE_LABELS.admin;
  const held = Object.entries(account.editions) as [string, StaffRole][];
  if (!held.length) return 'No access';
  // The same role in every edition reads as that role alone ("Editor"), as before editions.
  const roles = new Set(held.map(([, role]) => role));
  if (roles.size === 1 && editions.codes.every((code) => Object.hasOwn(account.editions, code)))
    return ROLE_LABELS[held[0][1]];
  const rank = (r: StaffRole) => EDITION_ROLES.indexOf(r as (typeof EDITION_ROLES)[number]);
  return held
    .sort(([a, ra], [b, rb]) => rank(rb) - rank(ra) || editions.codes.indexOf(a) - editions.codes.indexOf(b))
    .map(([code, role]) => `${ROLE_LABELS[role]} · ${editions.find(code)?.flag ?? code.toUpperCase()}`)
    .join(', ');
}

const NO_EDITION = 'Give the person a role in at least one edition, or make them an administrator.';

/**
 * Reads the roles part of a form: the administrator checkbox and a select per edition. Unknown
 * editions and roles are refused (a forged form); a non-administrator needs one edition at least.
 * `values` echoes what was sent, for the form to re-render with.
 */
export function readRolesForm(
  form: FormData,
): { values: Record<string, string> } & (
  { ok: true; roles: StaffRoles } | { ok: false; errors: Record<string, string> }
) {
  const values: Record<string, string> = { [ADMIN_FIELD]: form.get(ADMIN_FIELD) === 'yes' ? 'yes' : '' };
  const errors: Record<string, string> = {};
  const roles: EditionRoles = {};
  for (const [key, raw] of form.entries()) {
    const match = ROLE_FIELD.exec(key);
    if (!match) continue;
    const code = match[1];
    const value = typeof raw === 'string' ? raw : '';
    if (!editions.find(code)) {
      errors[roleField(editions.default.code)] ??= `There is no “${code.slice(0, 20)}” edition.`;
      continue;
    }
    values[key] = value;
    if (value === '') continue;
    if (!isEditionRole(value)) errors[key] = 'Choose a role from the list.';
    else roles[code] = value;
  }
  const admin = values[ADMIN_FIELD] === 'yes';
  if (!admin && !Object.keys(roles).length && !Object.keys(errors).length)
    errors[roleField(editions.default.code)] = NO_EDITION;
  if (Object.keys(errors).length) return { values, ok: false, errors };
  // An administrator holds every edition: their selects are not stored.
  return { values, ok: true, roles: { admin, editions: admin ? {} : roles } };
}

/**
 * Form fields: email, name, admin ("yes") and role-{edition} for each edition, password (at
 * least 12 characters), authorId ('' or a byline id). The password is hashed like
 * scripts/user-create.ts does and never echoed back.
 */
export async function createStaffFromForm(staff: StaffUser, form: FormData, ip: string): Promise<FormState> {
  const { password: typed, ...text } = formText(form, STAFF_FIELDS);
  const roles = readRolesForm(form);
  const values = { ...text, ...roles.values };
  if (!can(staff.role, 'staff.manage')) return invalid(values, {}, FORBIDDEN_MESSAGE);
  const parsed = staffFormSchema.safeParse({ ...text, password: typed });
  if (!parsed.success || !roles.ok)
    return invalid(values, {
      ...(roles.ok ? {} : roles.errors),
      ...(parsed.success ? {} : fieldErrorsOf(parsed.error)),
    });
  const data = parsed.data;
  const result = insertStaffAccount(
    {
      email: data.email,
      name: data.name,
      roles: roles.roles,
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
        : result.reason === 'no-edition'
          ? { [roleField(editions.default.code)]: NO_EDITION }
          : { authorId: 'Choose a byline from the list.' },
    );
  }
  return { status: 'done', id: result.user.id, message: `Account for ${result.user.email} created.` };
}

/**
 * Form fields: id, admin ("yes"), role-{edition} for each edition. The account's role and
 * edition rows change together; the last enabled administrator cannot be demoted.
 */
export function changeRolesFromForm(staff: StaffUser, form: FormData, ip: string): FormState {
  const roles = readRolesForm(form);
  if (!can(staff.role, 'staff.manage')) return invalid(roles.values, {}, FORBIDDEN_MESSAGE);
  const id = parseId(form.get('id'));
  if (id === null) return invalid(roles.values, {}, 'That account does not exist.');
  if (!roles.ok)
    return invalid(roles.values, roles.errors, 'The roles were not changed: correct the fields marked below.');
  const result = changeStaffRoles(id, roles.roles, actor(staff, ip));
  if (!result.ok) {
    const message = {
      'not-found': 'That account does not exist (any more).',
      'author-not-found': 'That account does not exist (any more).',
      'no-edition': NO_EDITION,
      'last-admin':
        'Refused: this is the last active administrator. Make another account an administrator first, or the newsroom would have none.',
    }[result.reason];
    return invalid(roles.values, {}, message);
  }
  return { status: 'done', id, message: result.changed ? 'Roles changed.' : 'Nothing to change.' };
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
  'two-factor.',
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

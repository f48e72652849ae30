import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { getStaffAccount } from '@/db/queries/staff';
import { listAuthorsWithCounts } from '@/db/queries/taxonomy';
import { STAFF_ROLES } from '@/db/schema';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { oneParam, parseId } from '@/lib/newsroom/forms';
import {
  changeStaffRoleAction,
  resetStaffPasswordAction,
  setStaffBylineAction,
  setStaffDisabledAction,
} from '../actions';

export const metadata: Metadata = { title: 'Staff account' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    created: 'Account created. The person can sign in with the initial password now.',
    role: 'Role changed.',
    byline: 'Byline changed.',
    disabled: 'Account disabled: every session of it has ended, and it can no longer sign in.',
    enabled: 'Account enabled: it can sign in again.',
    password: 'Password changed; every session of the account has ended.',
    unchanged: 'Nothing to change.',
  },
  error: {
    forbidden: 'Only administrators manage staff accounts.',
    'not-found': 'That account does not exist (any more).',
    'last-admin':
      'Refused: this is the last active administrator. Make another account an administrator first, or the newsroom would have none.',
    role: 'Choose a role from the list.',
    'author-not-found': 'Choose a byline from the list.',
  },
};

const SELECT = 'min-h-11 rounded border border-line bg-page px-3';
const BUTTON = 'min-h-11 rounded border border-line px-4 font-semibold';

export default async function StaffAccountPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const me = await requireStaff('staff.manage', `/admin/staff/${rawId}`);
  const id = parseId(rawId);
  const account = id === null ? null : getStaffAccount(id);
  if (!account) notFound();
  const query = await searchParams;
  const bylines = listAuthorsWithCounts();
  const self = account.id === me.id;
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/staff" prefetch={false} className="underline">
          ← Staff
        </Link>
      </p>
      <h1 className="list-title">{account.name}</h1>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">E-mail</dt>
        <dd>{account.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[account.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {account.disabledAt ? (
            <>
              Disabled since <time dateTime={account.disabledAt}>{formatDateTime(account.disabledAt)}</time>
            </>
          ) : (
            'Active'
          )}
        </dd>
        <dt className="font-semibold">Last sign-in</dt>
        <dd>
          {account.lastSignInAt ? (
            <time dateTime={account.lastSignInAt}>{formatDateTime(account.lastSignInAt)}</time>
          ) : (
            'Never'
          )}
        </dd>
        <dt className="font-semibold">Created</dt>
        <dd>
          <time dateTime={account.createdAt}>{formatDateTime(account.createdAt)}</time>
        </dd>
      </dl>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={MESSAGES} />

      <section aria-labelledby="role-heading" className="mt-8">
        <h2 id="role-heading" className="text-xl font-bold">
          Role
        </h2>
        <form action={changeStaffRoleAction} className="mt-2 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={account.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor="staff-role" className="font-semibold">
              New role
            </label>
            <select id="staff-role" name="role" defaultValue={account.role} className={SELECT}>
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={BUTTON}>
            Change role
          </button>
        </form>
      </section>

      <section aria-labelledby="byline-heading" className="mt-8">
        <h2 id="byline-heading" className="text-xl font-bold">
          Byline
        </h2>
        <form action={setStaffBylineAction} className="mt-2 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={account.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor="staff-byline" className="font-semibold">
              Writes as
            </label>
            <select
              id="staff-byline"
              name="authorId"
              defaultValue={account.authorId === null ? '' : String(account.authorId)}
              className={SELECT}
            >
              <option value="">No byline</option>
              {bylines.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={BUTTON}>
            Change byline
          </button>
        </form>
      </section>

      <section aria-labelledby="access-heading" className="mt-8">
        <h2 id="access-heading" className="text-xl font-bold">
          Access
        </h2>
        <form action={setStaffDisabledAction} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="id" value={account.id} />
          <input type="hidden" name="disabled" value={account.disabledAt ? '0' : '1'} />
          <p>
            {account.disabledAt
              ? 'The account cannot sign in. Enabling it lets the person sign in again with their password.'
              : `Disabling ends every session of the account at once and stops it signing in${self ? ' (you are signed in with it)' : ''}.`}
          </p>
          <button type="submit" className={`${BUTTON} self-start`}>
            {account.disabledAt ? 'Enable account' : 'Disable account'}
          </button>
        </form>
      </section>

      <section aria-labelledby="password-heading" className="mt-8">
        <h2 id="password-heading" className="mb-2 text-xl font-bold">
          Reset password
        </h2>
        <p className="mb-3">
          Sets a new password and ends every session of the account
          {self ? ', yours included: you will sign in again' : ''}.
        </p>
        <ManagedForm
          action={resetStaffPasswordAction}
          idPrefix="reset"
          submitLabel="Set new password"
          hidden={{ id: account.id }}
          fields={[
            {
              name: 'password',
              label: 'New password',
              kind: 'password',
              required: true,
              minLength: PASSWORD_RULES.min,
              maxLength: PASSWORD_RULES.max,
              autoComplete: 'new-password',
              hint: `At least ${PASSWORD_RULES.min} characters.`,
            },
          ]}
        />
      </section>
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BUTTON_CLASS, ChoiceForm } from '@/components/admin/FormParts';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { BackLink, Panel } from '@/components/admin/PageParts';
import { getStaffAccount } from '@/db/queries/staff';
import { listAuthorsWithCounts } from '@/db/queries/taxonomy';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { oneParam, parseId } from '@/lib/newsroom/forms';
import { ADMIN_FIELD, ADMIN_LABEL, editionRoleFields, rolesFormValues, rolesSummary } from '@/lib/newsroom/staff';
import { twoFactorStateOf } from '@/lib/newsroom/two-factor';
import {
  changeStaffRoleAction,
  resetStaffTwoFactorAction,
  resetStaffPasswordAction,
  setStaffBylineAction,
  setStaffDisabledAction,
} from '../actions';

export const metadata: Metadata = { title: 'Staff account' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    created: 'Account created. The person can sign in with the initial password now.',
    role: 'Roles changed.',
    byline: 'Byline changed.',
    disabled: 'Account disabled: every session of it has ended, and it can no longer sign in.',
    enabled: 'Account enabled: it can sign in again.',
    password: 'Password changed; every session of the account has ended.',
    'two-factor-reset':
      'Two-factor sign-in reset: the person signs in with the password alone, or sets it up again if their role requires it.',
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

export default async function StaffAccountPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const me = await requireStaff('staff.manage', `/admin/staff/${rawId}`);
  const id = parseId(rawId);
  const account = id === null ? null : getStaffAccount(id);
  if (!account) notFound();
  const query = await searchParams;
  const bylines = listAuthorsWithCounts();
  const self = account.id === me.id;
  const twoFactor = twoFactorStateOf(account.id);
  return (
    <div className="max-w-3xl">
      <BackLink href="/admin/staff" label="Staff" />
      <h1 className="list-title">{account.name}</h1>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">E-mail</dt>
        <dd>{account.email}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd>{rolesSummary(account)}</dd>
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
        <dt className="font-semibold">Two-factor sign-in</dt>
        <dd>{twoFactor === 'on' ? 'On' : twoFactor === 'setting-up' ? 'Being set up' : 'Off'}</dd>
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

      <Panel id="role" title="Roles" headingClassName="mb-2 text-xl font-bold">
        <p className="mb-3">
          An administrator manages every edition, people and the audit log; anyone else works in the editions given a
          role here{self ? ' (you are signed in with this account)' : ''}.
        </p>
        <ManagedForm
          action={changeStaffRoleAction}
          idPrefix="staff-role"
          submitLabel="Change roles"
          hidden={{ id: account.id }}
          initial={rolesFormValues(account)}
          fields={[
            { name: ADMIN_FIELD, label: ADMIN_LABEL, kind: 'checkbox' },
            ...editionRoleFields().map((f) => ({ ...f, kind: 'select' as const })),
          ]}
        />
      </Panel>

      <Panel id="byline" title="Byline">
        <ChoiceForm
          action={setStaffBylineAction}
          recordId={account.id}
          id="staff-byline"
          name="authorId"
          label="Writes as"
          value={account.authorId === null ? '' : String(account.authorId)}
          options={[{ value: '', label: 'No byline' }, ...bylines.map((b) => ({ value: String(b.id), label: b.name }))]}
          submitLabel="Change byline"
        />
      </Panel>

      <Panel id="access" title="Access">
        <form action={setStaffDisabledAction} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="id" value={account.id} />
          <input type="hidden" name="disabled" value={account.disabledAt ? '0' : '1'} />
          <p>
            {account.disabledAt
              ? 'The account cannot sign in. Enabling it lets the person sign in again with their password.'
              : `Disabling ends every session of the account at once and stops it signing in${self ? ' (you are signed in with it)' : ''}.`}
          </p>
          <button type="submit" className={`${BUTTON_CLASS} self-start`}>
            {account.disabledAt ? 'Enable account' : 'Disable account'}
          </button>
        </form>
      </Panel>

      <Panel id="two-factor" title="Two-factor sign-in">
        <form action={resetStaffTwoFactorAction} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="id" value={account.id} />
          <p>
            {twoFactor === 'off'
              ? 'Not set up: nothing to reset.'
              : 'For someone who lost their phone and their recovery codes: removes their key and recovery codes. They sign in with the password alone, or set it up again at their next sign-in if their role requires it.'}
          </p>
          {twoFactor === 'off' ? null : (
            <button type="submit" className={`${BUTTON_CLASS} self-start`}>
              Reset two-factor sign-in
            </button>
          )}
        </form>
      </Panel>

      <Panel id="password" title="Reset password" headingClassName="mb-2 text-xl font-bold">
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
      </Panel>
    </div>
  );
}

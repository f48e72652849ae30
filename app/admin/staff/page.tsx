import type { Metadata } from 'next';
import Link from 'next/link';
import { BUTTON_CLASS } from '@/components/admin/FormParts';
import { ListTable } from '@/components/admin/ListParts';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { Panel } from '@/components/admin/PageParts';
import { listStaffAccounts } from '@/db/queries/staff';
import { listAuthorsWithCounts } from '@/db/queries/taxonomy';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { oneParam } from '@/lib/newsroom/forms';
import { ADMIN_FIELD, ADMIN_LABEL, editionRoleFields, rolesSummary } from '@/lib/newsroom/staff';
import { rolePolicies, twoFactorStates } from '@/lib/newsroom/two-factor';
import { createStaffAction, setTwoFactorPolicyAction } from './actions';

export const metadata: Metadata = { title: 'Staff' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    'two-factor-required':
      'Two-factor sign-in is now required of that role. Members without it were signed out and set it up at their next sign-in.',
    'two-factor-optional': 'Two-factor sign-in is no longer required of that role.',
    unchanged: 'Nothing to change.',
  },
  error: {
    forbidden: 'Only administrators manage staff accounts.',
    'not-found': 'That account (or role) does not exist.',
  },
};

const TWO_FACTOR_LABEL = { on: 'On', 'setting-up': 'Being set up', off: 'Off' } as const;

export default async function Staff({ searchParams }: Props) {
  await requireStaff('staff.manage', '/admin/staff');
  const params = await searchParams;
  const accounts = listStaffAccounts();
  const bylines = listAuthorsWithCounts();
  const twoFactor = twoFactorStates();
  const policies = rolePolicies();
  return (
    <div>
      <h1 className="list-title">Staff</h1>
      <p className="list-count">Everyone who can sign in to the newsroom, and what their role allows.</p>
      <OutcomeNotice done={oneParam(params, 'done')} error={oneParam(params, 'error')} messages={MESSAGES} />
      <ListTable
        className="mt-4"
        caption="Staff accounts"
        columns={['Name', 'E-mail', 'Roles', 'Byline', 'Status', 'Two-factor', 'Last sign-in']}
      >
        {accounts.map((a) => (
          <tr key={a.id} className="border-t border-line">
            <th scope="row" className="py-2 font-normal">
              <Link href={`/admin/staff/${a.id}`} prefetch={false} className="font-semibold underline">
                {a.name}
              </Link>
            </th>
            <td>{a.email}</td>
            <td>{rolesSummary(a)}</td>
            <td>{a.authorName ?? '—'}</td>
            <td>{a.disabledAt ? <strong>Disabled</strong> : 'Active'}</td>
            <td>{TWO_FACTOR_LABEL[twoFactor.get(a.id) ?? 'off']}</td>
            <td>
              {a.lastSignInAt ? <time dateTime={a.lastSignInAt}>{formatDateTime(a.lastSignInAt)}</time> : 'Never'}
            </td>
          </tr>
        ))}
      </ListTable>
      <Panel id="two-factor-policy" title="Two-factor sign-in by role" headingClassName="mb-2 text-xl font-bold">
        <p className="mb-3">
          A role that requires it: its members sign in with a code from an app besides their password, and whoever has
          not set it up does so at their next sign-in before anything else (those signed in are signed out when the
          requirement starts).
        </p>
        <ListTable caption="Roles that require two-factor sign-in" columns={['Role', 'Two-factor sign-in', 'Change']}>
          {policies.map((p) => (
            <tr key={p.role} className="border-t border-line">
              <th scope="row" className="py-2 font-normal">
                {p.label}
              </th>
              <td>{p.required ? <strong>Required</strong> : 'Optional'}</td>
              <td className="py-2">
                <form action={setTwoFactorPolicyAction}>
                  <input type="hidden" name="role" value={p.role} />
                  <input type="hidden" name="required" value={p.required ? '0' : '1'} />
                  <button type="submit" className={BUTTON_CLASS}>
                    {p.required ? 'Stop requiring' : 'Require'}
                    <span className="sr-only"> two-factor sign-in of {p.label.toLowerCase()}s</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </ListTable>
      </Panel>
      <Panel id="new-staff" title="New staff account" headingClassName="mb-3 text-xl font-bold">
        <ManagedForm
          action={createStaffAction}
          idPrefix="new-staff"
          submitLabel="Create account"
          initial={{ authorId: '' }}
          fields={[
            { name: 'email', label: 'E-mail address', kind: 'email', required: true, maxLength: 254 },
            { name: 'name', label: 'Name', required: true, maxLength: 120 },
            // Roles: administrator of the whole site, or a role in each edition (at least one).
            {
              name: ADMIN_FIELD,
              label: ADMIN_LABEL,
              kind: 'checkbox',
              hint: 'Otherwise choose a role in at least one edition below.',
            },
            ...editionRoleFields().map((f) => ({ ...f, kind: 'select' as const })),
            {
              name: 'password',
              label: 'Initial password',
              kind: 'password',
              required: true,
              minLength: PASSWORD_RULES.min,
              maxLength: PASSWORD_RULES.max,
              autoComplete: 'new-password',
              hint: `At least ${PASSWORD_RULES.min} characters. Give it to the person in a safe way.`,
            },
            {
              name: 'authorId',
              label: 'Byline',
              kind: 'select',
              options: [{ value: '', label: 'None' }, ...bylines.map((b) => ({ value: String(b.id), label: b.name }))],
              hint: 'The byline this person writes under, if any.',
            },
          ]}
        />
      </Panel>
    </div>
  );
}

import type { Metadata } from 'next';
import { BUTTON_CLASS, INPUT_CLASS } from '@/components/admin/FormParts';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { Panel } from '@/components/admin/PageParts';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { timeZoneChoices } from '@/lib/newsroom/profile';
import { rolesSummary } from '@/lib/newsroom/staff';
import { formatIn } from '@/lib/zoned-time';
import { setTimeZoneAction } from './actions';

export const metadata: Metadata = { title: 'My account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    zone: 'Time zone saved: the schedule and banner fields now use it.',
    'zone-browser': 'Time zone cleared: the date fields follow your browser’s zone.',
  },
  error: { zone: 'Choose a time zone from the list.' },
};

/** The signed-in staff member's own settings: any role may open it. */
export default async function MyAccountPage({ searchParams }: Props) {
  const staff = await requireStaff('admin.access', '/admin/account');
  const query = await searchParams;
  const now = new Date();
  return (
    <div className="max-w-3xl">
      <h1 className="list-title">My account</h1>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Name</dt>
        <dd>{staff.name}</dd>
        <dt className="font-semibold">E-mail</dt>
        <dd>{staff.email}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd>{rolesSummary(staff)}</dd>
      </dl>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={MESSAGES} />
      <Panel id="profile" title="Time zone">
        <p className="mt-2 max-w-prose">
          The zone the newsroom’s date and time fields mean: the schedule form and a breaking-news banner’s end. Each
          form shows the UTC equivalent of what you type. Unset, they follow your browser’s zone.
        </p>
        <p className="mt-2 text-sm text-muted-fg">
          {staff.timeZone
            ? `Now: ${staff.timeZone}, where it is ${formatIn(now, staff.timeZone)}.`
            : 'Now: your browser’s zone.'}
        </p>
        <form action={setTimeZoneAction} className="mt-3 flex flex-wrap items-end gap-3">
          <span className="flex flex-col gap-1">
            <label htmlFor="time-zone" className="font-semibold">
              Your time zone
            </label>
            <select id="time-zone" name="timeZone" defaultValue={staff.timeZone ?? ''} className={INPUT_CLASS}>
              <option value="">My browser’s zone</option>
              {timeZoneChoices().map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </span>
          <button type="submit" className={BUTTON_CLASS}>
            Save time zone
          </button>
        </form>
      </Panel>
    </div>
  );
}

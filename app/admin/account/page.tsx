import type { Metadata } from 'next';
import { BUTTON_CLASS, INPUT_CLASS } from '@/components/admin/FormParts';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { Panel } from '@/components/admin/PageParts';
import { TwoFactorCodeForm } from '@/components/admin/TwoFactorCodeForm';
import { TwoFactorSetup } from '@/components/admin/TwoFactorSetup';
import { requireStaff } from '@/lib/auth/session';
import { RECOVERY_CODE_COUNT } from '@/lib/auth/two-factor';
import { oneParam } from '@/lib/newsroom/forms';
import { timeZoneChoices } from '@/lib/newsroom/profile';
import { accountTwoFactor } from '@/lib/newsroom/two-factor';
import { formatIn } from '@/lib/zoned-time';
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  setTimeZoneAction,
  startTwoFactorSetupAction,
} from './actions';

export const metadata: Metadata = { title: 'My account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    setup: 'A new setup key is ready: add it to your app, then type the code it shows.',
    'two-factor-off': 'Two-factor sign-in is off. You sign in with your password alone.',
    zone: 'Time zone saved: the schedule and banner fields now use it.',
    'zone-browser': 'Time zone cleared: the date fields follow your browser’s zone.',
  },
  error: { 'already-on': 'Two-factor sign-in is already on.', zone: 'Choose a time zone from the list.' },
};

// The signed-in staff member's own account, in sections (each a Panel); any role.
export default async function AccountPage({ searchParams }: Props) {
  const staff = await requireStaff('admin.access', '/admin/account');
  const params = await searchParams;
  const twoFactor = accountTwoFactor(staff);
  const settingUp = twoFactor.state === 'setting-up' && twoFactor.setup;
  return (
    <div className="max-w-3xl">
      <h1 className="list-title">My account</h1>
      <p className="list-count">
        Signed in as {staff.name} ({staff.email}).
      </p>
      <OutcomeNotice done={oneParam(params, 'done')} error={oneParam(params, 'error')} messages={MESSAGES} />

      <Panel id="profile" title="Time zone">
        <p className="mt-2 max-w-prose">
          The zone the newsroom’s date and time fields mean: the schedule form and a breaking-news banner’s end. Each
          form shows the UTC equivalent of what you type. Unset, they follow your browser’s zone.
        </p>
        <p className="mt-2 text-sm text-muted-fg">
          {staff.timeZone
            ? `Now: ${staff.timeZone}, where it is ${formatIn(new Date(), staff.timeZone)}.`
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

      <Panel id="two-factor" title="Two-factor sign-in">
        {/* Three children in fixed places, so a form sent without JavaScript finds its answer again. */}
        {twoFactor.state === 'off' ? (
          <div className="mt-2 flex flex-col gap-3">
            <p>
              <strong>Off.</strong> With two-factor sign-in, signing in takes your password and a code from an app on
              your phone, so a stolen password alone opens nothing.
              {twoFactor.required ? ' Your role requires it.' : ''}
            </p>
            <form action={startTwoFactorSetupAction}>
              <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
                Set up two-factor sign-in
              </button>
            </form>
          </div>
        ) : settingUp ? (
          <div className="mt-2">
            <p>
              <strong>Being set up.</strong> It is on once you have typed a code from your app here.
            </p>
            <TwoFactorSetup setup={settingUp} />
          </div>
        ) : (
          <div className="mt-2 flex flex-col gap-2">
            <p>
              <strong>On.</strong> You sign in with your password and a code from your authenticator app.
            </p>
            <p>
              Recovery codes left: <strong data-testid="codes-left">{twoFactor.codesLeft}</strong> of{' '}
              {RECOVERY_CODE_COUNT}.
            </p>
          </div>
        )}
        <TwoFactorCodeForm
          key="confirm"
          action={confirmTwoFactorAction}
          idPrefix="two-factor-confirm"
          submitLabel="Turn on two-factor sign-in"
          after="account"
          answerOnly={!settingUp}
          fallback={null}
        />
        {settingUp ? (
          <form action={startTwoFactorSetupAction} className="mt-4">
            <p className="mb-2 text-sm">Added the key to the wrong app, or showed it to someone? Start again:</p>
            <button type="submit" className={BUTTON_CLASS}>
              Make a new setup key
            </button>
          </form>
        ) : twoFactor.state === 'on' ? (
          <div>
            <h3 className="mt-6 text-lg font-bold">New recovery codes</h3>
            <p className="mt-1">
              Makes {RECOVERY_CODE_COUNT} new codes; the old ones stop working. Confirm with a code from your app.
            </p>
            <TwoFactorCodeForm
              action={regenerateRecoveryCodesAction}
              idPrefix="two-factor-codes"
              submitLabel="Make new recovery codes"
              after="account"
            />
            <h3 className="mt-6 text-lg font-bold">Turn off</h3>
            {twoFactor.required ? (
              <p className="mt-1">Your role requires two-factor sign-in, so it cannot be turned off.</p>
            ) : (
              <>
                <p className="mt-1">Confirm with your password and a code from your app.</p>
                <TwoFactorCodeForm
                  action={disableTwoFactorAction}
                  idPrefix="two-factor-off"
                  submitLabel="Turn off two-factor sign-in"
                  withPassword
                  danger
                  after="account"
                />
              </>
            )}
          </div>
        ) : null}
      </Panel>
    </div>
  );
}

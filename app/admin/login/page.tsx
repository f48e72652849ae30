import Link from 'next/link';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { EmailField, PasswordField } from '@/components/account/FormFields';
import { CancelSignInForm, CodeStep, FinishSetupForm } from '@/components/admin/SignInSteps';
import { TwoFactorCodeForm } from '@/components/admin/TwoFactorCodeForm';
import { TwoFactorSetup } from '@/components/admin/TwoFactorSetup';
import { currentStaff } from '@/lib/auth/session';
import { safeAdminPath } from '@/lib/auth/request';
import { PENDING_COOKIE, pendingSignIn } from '@/lib/auth/sign-in';
import { setupView } from '@/lib/newsroom/two-factor';
import { confirmSetupAtSignInAction } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

const MESSAGES: Record<string, string> = {
  invalid: 'That e-mail address and password do not match an account.',
  missing: 'Enter your e-mail address and your password.',
  origin: 'The form was sent from another site. Open the sign-in page and try again.',
  expired: 'That sign-in took too long or has ended. Sign in again.',
  code: 'That code is not right, or was used already. Try the code your app shows now.',
  'code-missing': 'Type the 6-digit code from your authenticator app, or a recovery code.',
};

type Props = {
  searchParams: Promise<{ error?: string; next?: string; signedout?: string; email?: string | string[] }>;
};

export default async function SignIn({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeAdminPath(params.next);
  if (await currentStaff()) redirect(next);
  const error = params.error ? MESSAGES[params.error] : undefined;
  // After a right password: the second step (lib/auth/sign-in.ts), until it is done or expires.
  const pending = pendingSignIn((await cookies()).get(PENDING_COOKIE)?.value);
  const errorNotice = error ? (
    <p role="alert" id="sign-in-error" className="font-semibold text-link">
      {error}
    </p>
  ) : null;
  if (pending?.step === 'code') return <CodeStep error={errorNotice} hasError={!!error} />;
  if (pending) {
    const setup = pending.step === 'enrol' ? setupView(pending.staffId, pending.email) : null;
    return (
      <div className="notice">
        <h1>Set up two-factor sign-in</h1>
        <p>
          Your role requires two-factor sign-in: signing in takes your password and a code from an app on your phone.
          Set it up now to continue to the newsroom.
        </p>
        {errorNotice}
        {/* Three children in fixed places, so the form sent without JavaScript finds its answer again. */}
        {setup ? <TwoFactorSetup setup={setup} /> : null}
        <TwoFactorCodeForm
          action={confirmSetupAtSignInAction}
          idPrefix="setup-at-sign-in"
          submitLabel="Turn on and continue"
          after="sign-in"
          answerOnly={!setup}
          fallback={<FinishSetupForm />}
        />
        <CancelSignInForm />
      </div>
    );
  }
  return (
    <div className="notice">
      <h1>Sign in to the newsroom</h1>
      {params.signedout ? <p role="status">You are signed out.</p> : null}
      {errorNotice}
      <form method="post" action="/admin/session" className="mt-4 flex max-w-sm flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <EmailField
          autoComplete="username"
          defaultValue={typeof params.email === 'string' ? params.email.slice(0, 254) : undefined}
          aria-describedby={error ? 'sign-in-error' : undefined}
        />
        <PasswordField label="Password" />
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
          Sign in
        </button>
      </form>
      <p className="mt-4">
        <Link href="/admin/reset">Forgot your password?</Link>
      </p>
    </div>
  );
}

import Link from 'next/link';
import type { Metadata } from 'next';
import { EmailField, FormNotice } from '@/components/account/FormFields';
import { oneParam } from '@/lib/newsroom/forms';
import { RESET_MINUTES } from '@/lib/auth/account-tokens';

export const metadata: Metadata = { title: 'Reset your password' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Asking for a reset link (app/admin/reset/request/route.ts). The answer after sending is the same
// whether or not the address has an account.
export default async function ResetRequest({ searchParams }: Props) {
  const params = await searchParams;
  const error = oneParam(params, 'error');
  const minutes = Number(oneParam(params, 'minutes'));
  const message =
    error === 'invalid'
      ? 'Give the e-mail address you sign in with.'
      : error === 'origin'
        ? 'The form was sent from another site. Try again from this page.'
        : error === 'throttled' && Number.isInteger(minutes) && minutes > 0 && minutes <= 60
          ? `Too many requests from here. Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and try again.`
          : null;
  return (
    <div className="notice max-w-md">
      <h1>Reset your password</h1>
      {oneParam(params, 'sent') ? (
        <FormNotice role="status">
          If that address belongs to a newsroom account, a link to choose a new password is on its way. It works once,
          for {RESET_MINUTES} minutes.
        </FormNotice>
      ) : (
        <p>Give the e-mail address you sign in with, and we will send you a link to choose a new password.</p>
      )}
      {message ? <FormNotice>{message}</FormNotice> : null}
      <form method="post" action="/admin/reset/request" className="mt-4 flex flex-col gap-3">
        <EmailField autoComplete="username" defaultValue={oneParam(params, 'email').slice(0, 254)} />
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-4 font-semibold text-brand-fg">
          Send the link
        </button>
      </form>
      <p className="mt-4">
        <Link href="/admin/login">Back to sign-in</Link>
      </p>
    </div>
  );
}

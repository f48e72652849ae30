import Link from 'next/link';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { FormNotice, PasswordField } from '@/components/account/FormFields';
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { resetTokenIsUsable } from '@/lib/auth/password-reset';
import { oneParam } from '@/lib/newsroom/forms';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'same-origin' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The new-password form of an opened reset link (its token is in a cookie: app/admin/reset/[token]).
// Showing it reads the link and never uses it up; the form's POST does (app/admin/reset/complete).
export default async function ChooseNewPassword({ searchParams }: Props) {
  const params = await searchParams;
  if (oneParam(params, 'done'))
    return (
      <div className="notice max-w-md">
        <h1>Your password is changed</h1>
        <FormNotice role="status">
          Every session of your account has been signed out. Sign in with the new password.
        </FormNotice>
        <p className="mt-4">
          <Link href="/admin/login">Sign in</Link>
        </p>
      </div>
    );
  const token = (await cookies()).get(LINK_COOKIES.staffReset.name)?.value;
  if (!resetTokenIsUsable('staff', token))
    return (
      <div className="notice max-w-md">
        <h1>This link does not work any more</h1>
        <p>A reset link works once, for 30 minutes. Ask for a new one.</p>
        <p className="mt-4">
          <Link href="/admin/reset">Ask for a new link</Link>
        </p>
      </div>
    );
  const error = oneParam(params, 'error');
  return (
    <div className="notice max-w-md">
      <h1>Choose a new password</h1>
      <p>When it is changed, every session of your account is signed out.</p>
      {error === 'password' ? (
        <FormNotice>
          Use between {PASSWORD_RULES.min} and {PASSWORD_RULES.max} characters.
        </FormNotice>
      ) : error === 'origin' ? (
        <FormNotice>The form was sent from another site. Try again from this page.</FormNotice>
      ) : null}
      <form method="post" action="/admin/reset/complete" className="mt-4 flex flex-col gap-3">
        <PasswordField label="New password" isNew />
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-4 font-semibold text-brand-fg">
          Change password
        </button>
      </form>
    </div>
  );
}

import Link from 'next/link';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { EmailField, PasswordField } from '@/components/account/FormFields';
import { currentStaff } from '@/lib/auth/session';
import { safeAdminPath } from '@/lib/auth/request';

export const metadata: Metadata = { title: 'Sign in' };

const MESSAGES: Record<string, string> = {
  invalid: 'That e-mail address and password do not match an account.',
  missing: 'Enter your e-mail address and your password.',
  origin: 'The form was sent from another site. Open the sign-in page and try again.',
};

type Props = {
  searchParams: Promise<{ error?: string; next?: string; signedout?: string; email?: string | string[] }>;
};

export default async function SignIn({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeAdminPath(params.next);
  if (await currentStaff()) redirect(next);
  const error = params.error ? MESSAGES[params.error] : undefined;
  return (
    <div className="notice">
      <h1>Sign in to the newsroom</h1>
      {params.signedout ? <p role="status">You are signed out.</p> : null}
      {error ? (
        <p role="alert" id="sign-in-error" className="font-semibold text-link">
          {error}
        </p>
      ) : null}
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

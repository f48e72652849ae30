import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { currentReader } from '@/lib/auth/reader-session';

export const metadata: Metadata = { title: 'Your account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const reader = await currentReader();
  if (!reader) redirect('/signin?next=/account');
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string).slice(0, 300) : '');
  const message = (k: string) =>
    one(k) ? (
      <p role="alert" className="text-sm font-semibold text-link">
        {one(k)}
      </p>
    ) : null;
  const input = 'min-h-11 rounded border border-line bg-page px-3';
  return (
    <div className="notice max-w-md">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{reader.name}</strong> ({reader.email}).
      </p>
      {one('done') === 'password' ? (
        <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
          Your password is changed. Your other sessions are signed out.
        </p>
      ) : null}
      <form method="post" action="/signout" className="mt-3">
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Sign out
        </button>
      </form>
      <section aria-labelledby="password-heading" className="mt-6">
        <h2 id="password-heading" className="text-xl font-bold">
          Change your password
        </h2>
        <form method="post" action="/reader/password" className="mt-2 flex flex-col gap-3">
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Current password</span>
            <input
              type="password"
              name="current"
              required
              autoComplete="current-password"
              maxLength={256}
              className={input}
            />
          </label>
          {message('error.current')}
          <label className="flex flex-col gap-1">
            <span className="font-semibold">New password (at least {PASSWORD_RULES.min} characters)</span>
            <input
              type="password"
              name="password"
              required
              minLength={PASSWORD_RULES.min}
              maxLength={PASSWORD_RULES.max}
              autoComplete="new-password"
              className={input}
            />
          </label>
          {message('error.password')}
          <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
            Change password
          </button>
        </form>
      </section>
      <section aria-labelledby="delete-heading" className="mt-8">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete your account
        </h2>
        <p>Your bookmarks and sessions are deleted with it. This cannot be undone.</p>
        <form method="post" action="/reader/delete" className="mt-2 flex flex-col gap-3">
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Your password, to confirm</span>
            <input
              type="password"
              name="password"
              required
              autoComplete="current-password"
              maxLength={256}
              className={input}
            />
          </label>
          {message('error.delete')}
          <button type="submit" className="min-h-11 self-start rounded border border-line px-6 font-semibold">
            Delete my account
          </button>
        </form>
      </section>
    </div>
  );
}

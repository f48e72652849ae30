import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentReader } from '@/lib/auth/reader-session';
import { safeReturnPath } from '@/lib/readers/http';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES: Record<string, string> = {
  invalid: 'That e-mail address and password do not match an account.',
  missing: 'Give your e-mail address and your password.',
  origin: 'The form came from another site. Try again from this page.',
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : '');
  const next = safeReturnPath(one('next'), '/bookmarks');
  if (await currentReader()) redirect(next);
  const error = MESSAGES[one('error')];
  return (
    <div className="notice max-w-md">
      <h1>Sign in</h1>
      <p>Sign in to bookmark stories and read them later.</p>
      {error ? (
        <p role="alert" className="mt-3 rounded border border-line p-3 font-semibold">
          {error}
        </p>
      ) : null}
      <form method="post" action="/reader/session" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">E-mail address</span>
          <input
            type="email"
            name="email"
            required
            autoComplete="email"
            maxLength={254}
            defaultValue={one('email').slice(0, 254)}
            className="min-h-11 rounded border border-line bg-page px-3"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Password</span>
          <input
            type="password"
            name="password"
            required
            autoComplete="current-password"
            maxLength={256}
            className="min-h-11 rounded border border-line bg-page px-3"
          />
        </label>
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          Sign in
        </button>
      </form>
      <p className="mt-4">
        New here? <a href={`/signup?next=${encodeURIComponent(next)}`}>Create an account</a>
      </p>
    </div>
  );
}

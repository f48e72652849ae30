import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentReader } from '@/lib/auth/reader-session';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { safeReturnPath } from '@/lib/readers/http';

export const metadata: Metadata = { title: 'Create an account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string).slice(0, 300) : '');
  const next = safeReturnPath(one('next'), '/bookmarks');
  if (await currentReader()) redirect(next);
  const error = (field: string) =>
    one(`error.${field}`) ? (
      <span id={`signup-${field}-error`} className="text-sm font-semibold text-link">
        {one(`error.${field}`)}
      </span>
    ) : null;
  const described = (field: string) =>
    one(`error.${field}`) ? { 'aria-invalid': true, 'aria-describedby': `signup-${field}-error` } : {};
  const anyError = ['email', 'name', 'password'].some((f) => one(`error.${f}`));
  return (
    <div className="notice max-w-md">
      <h1>Create an account</h1>
      <p>Bookmark stories and find them again on any device.</p>
      {anyError ? (
        <p role="alert" className="mt-3 rounded border border-line p-3 font-semibold">
          The account was not created: correct the fields marked below.
        </p>
      ) : null}
      <form method="post" action="/reader/signup" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Name</span>
          <input
            name="name"
            required
            autoComplete="name"
            maxLength={80}
            defaultValue={one('name')}
            className="min-h-11 rounded border border-line bg-page px-3"
            {...described('name')}
          />
          {error('name')}
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">E-mail address</span>
          <input
            type="email"
            name="email"
            required
            autoComplete="email"
            maxLength={254}
            defaultValue={one('email')}
            className="min-h-11 rounded border border-line bg-page px-3"
            {...described('email')}
          />
          {error('email')}
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Password (at least {PASSWORD_RULES.min} characters)</span>
          <input
            type="password"
            name="password"
            required
            minLength={PASSWORD_RULES.min}
            maxLength={PASSWORD_RULES.max}
            autoComplete="new-password"
            className="min-h-11 rounded border border-line bg-page px-3"
            {...described('password')}
          />
          {error('password')}
        </label>
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          Create account
        </button>
      </form>
      <p className="mt-4">
        Already have an account? <a href={`/signin?next=${encodeURIComponent(next)}`}>Sign in</a>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FormNotice, FormSection, PasswordField } from '@/components/account/FormFields';
import { currentReader } from '@/lib/auth/reader-session';
import { queryParams, type PageQuery } from '@/lib/readers/pages';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: PageQuery }) {
  const reader = await currentReader();
  if (!reader) redirect('/signin?next=/account');
  const one = queryParams(await searchParams, 300);
  const message = (k: string) =>
    one(k) ? (
      <p role="alert" className="text-sm font-semibold text-link">
        {one(k)}
      </p>
    ) : null;
  return (
    <div className="notice max-w-md">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{reader.name}</strong> ({reader.email}).
      </p>
      {one('done') === 'password' ? (
        <FormNotice role="status">Your password is changed. Your other sessions are signed out.</FormNotice>
      ) : null}
      <form method="post" action="/signout" className="mt-3">
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Sign out
        </button>
      </form>
      <FormSection id="password" title="Change your password" className="mt-6">
        <form method="post" action="/reader/password" className="mt-2 flex flex-col gap-3">
          <PasswordField label="Current password" name="current" />
          {message('error.current')}
          <PasswordField label="New password" isNew />
          {message('error.password')}
          <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
            Change password
          </button>
        </form>
      </FormSection>
      <FormSection id="delete" title="Delete your account" className="mt-8">
        <p>Your bookmarks and sessions are deleted with it. This cannot be undone.</p>
        <form method="post" action="/reader/delete" className="mt-2 flex flex-col gap-3">
          <PasswordField label="Your password, to confirm" />
          {message('error.delete')}
          <button type="submit" className="min-h-11 self-start rounded border border-line px-6 font-semibold">
            Delete my account
          </button>
        </form>
      </FormSection>
    </div>
  );
}

import type { Metadata } from 'next';
import { EmailField, FormNotice, PasswordField } from '@/components/account/FormFields';
import { signedOutPage, type PageQuery } from '@/lib/readers/pages';

export const metadata: Metadata = { title: 'Sign in' };

const MESSAGES: Record<string, string> = {
  invalid: 'That e-mail address and password do not match an account.',
  missing: 'Give your e-mail address and your password.',
  origin: 'The form came from another site. Try again from this page.',
};

export default async function SignInPage({ searchParams }: { searchParams: PageQuery }) {
  const { one, next } = await signedOutPage(searchParams);
  const error = MESSAGES[one('error')];
  return (
    <div className="notice max-w-md">
      <h1>Sign in</h1>
      <p>Sign in to bookmark stories and read them later.</p>
      {error ? <FormNotice>{error}</FormNotice> : null}
      <form method="post" action="/reader/session" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <EmailField defaultValue={one('email').slice(0, 254)} />
        <PasswordField label="Password" />
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

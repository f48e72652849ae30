import type { Metadata } from 'next';
import { EmailField, Field, FormNotice, PasswordField } from '@/components/account/FormFields';
import { signedOutPage, type PageQuery } from '@/lib/readers/pages';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: PageQuery }) {
  const { one, next } = await signedOutPage(searchParams, 300);
  // A field the server refused: its message inside the label, and the input points at it.
  const errorOf = (field: string) => {
    const message = one(`error.${field}`);
    if (!message) return {};
    const id = `signup-${field}-error`;
    return {
      'aria-invalid': true,
      'aria-describedby': id,
      children: (
        <span id={id} className="text-sm font-semibold text-link">
          {message}
        </span>
      ),
    };
  };
  const anyError = ['email', 'name', 'password'].some((f) => one(`error.${f}`));
  return (
    <div className="notice max-w-md">
      <h1>Create an account</h1>
      <p>Bookmark stories and find them again on any device.</p>
      {anyError ? <FormNotice>The account was not created: correct the fields marked below.</FormNotice> : null}
      <form method="post" action="/reader/signup" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <Field
          label="Name"
          name="name"
          required
          autoComplete="name"
          maxLength={80}
          defaultValue={one('name')}
          {...errorOf('name')}
        />
        <EmailField defaultValue={one('email')} {...errorOf('email')} />
        <PasswordField label="Password" isNew {...errorOf('password')} />
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

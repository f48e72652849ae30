import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmailField, Field, FormNotice, PasswordField } from '@/components/account/FormFields';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { editionPath } from '@/lib/editions';
import { readerMessages } from '@/lib/i18n/reader-messages';
import { signedOutPage, type PageQuery } from '@/lib/readers/pages';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('signUpTitle') };
}

export default async function SignUpPage({ params, searchParams }: { params: EditionParams; searchParams: PageQuery }) {
  const { code } = await editionOf(params);
  const { one, next } = await signedOutPage(searchParams, 300, editionPath(code, '/bookmarks'));
  const t = await getTranslations('Account');
  const say = await readerMessages();
  // A field the server refused: its message (sent back as a key) inside the label, and the input points at it.
  const errorOf = (field: string) => {
    const message = say(one(`error.${field}`));
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
  const anyError = ['email', 'name', 'password'].some((f) => say(one(`error.${f}`)));
  const signIn = `${editionPath(code, '/signin')}?next=${encodeURIComponent(next)}`;
  return (
    <div className="notice max-w-md">
      <h1>{t('signUpTitle')}</h1>
      <p>{t('signUpIntro')}</p>
      {anyError ? <FormNotice>{t('signUpFailed')}</FormNotice> : null}
      <form method="post" action="/reader/signup" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="edition" value={code} />
        <Field
          label={t('name')}
          name="name"
          required
          autoComplete="name"
          maxLength={80}
          defaultValue={one('name')}
          {...errorOf('name')}
        />
        <EmailField label={t('email')} defaultValue={one('email')} {...errorOf('email')} />
        <PasswordField
          label={t('password')}
          newLabel={t('newPasswordHint', { label: t('password'), min: PASSWORD_RULES.min })}
          isNew
          {...errorOf('password')}
        />
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          {t('createAccount')}
        </button>
      </form>
      <p className="mt-4">{t.rich('haveAccount', { link: (c) => <a href={signIn}>{c}</a> })}</p>
    </div>
  );
}

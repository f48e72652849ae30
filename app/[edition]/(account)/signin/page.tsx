import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmailField, FormNotice, PasswordField } from '@/components/account/FormFields';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { editionPath } from '@/lib/editions';
import { signedOutPage, type PageQuery } from '@/lib/readers/pages';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('signInTitle') };
}

export default async function SignInPage({ params, searchParams }: { params: EditionParams; searchParams: PageQuery }) {
  const { code } = await editionOf(params);
  const { one, next } = await signedOutPage(searchParams, undefined, editionPath(code, '/bookmarks'));
  const t = await getTranslations('Account');
  // The sign-in post sends back a reason (app/reader/session/route.ts), never words.
  const errors: Record<string, string> = {
    invalid: t('signInInvalid'),
    missing: t('signInMissing'),
    origin: t('signInOrigin'),
  };
  const minutes = Number(one('minutes'));
  const error =
    one('error') === 'throttled' && Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60
      ? t('signInThrottled', { minutes })
      : Object.hasOwn(errors, one('error'))
        ? errors[one('error')]
        : null;
  const signUp = `${editionPath(code, '/signup')}?next=${encodeURIComponent(next)}`;
  return (
    <div className="notice max-w-md">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      {one('done') === 'reset' ? <FormNotice role="status">{t('resetDone')}</FormNotice> : null}
      {error ? <FormNotice>{error}</FormNotice> : null}
      <form method="post" action="/reader/session" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="edition" value={code} />
        <EmailField label={t('email')} defaultValue={one('email').slice(0, 254)} />
        <PasswordField label={t('password')} />
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          {t('signInButton')}
        </button>
      </form>
      <p className="mt-4">
        <a href={editionPath(code, '/signin/reset')}>{t('forgotPassword')}</a>
      </p>
      <p className="mt-2">{t.rich('newHere', { link: (c) => <a href={signUp}>{c}</a> })}</p>
    </div>
  );
}

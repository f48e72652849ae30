import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmailField, FormNotice } from '@/components/account/FormFields';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { RESET_MINUTES } from '@/lib/auth/account-tokens';
import { editionPath } from '@/lib/editions';
import { queryParams, type PageQuery } from '@/lib/readers/pages';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('resetTitle') };
}

// Asking for a password-reset link (app/reader/reset/route.ts): after sending, the same answer
// whether or not the address has an account.
export default async function ResetRequestPage({
  params,
  searchParams,
}: {
  params: EditionParams;
  searchParams: PageQuery;
}) {
  const { code } = await editionOf(params);
  const one = queryParams(await searchParams, 254);
  const t = await getTranslations('Account');
  const minutes = Number(one('minutes'));
  const error =
    one('error') === 'invalid'
      ? t('errors.emailInvalid')
      : one('error') === 'origin'
        ? t('signInOrigin')
        : one('error') === 'throttled' && Number.isInteger(minutes) && minutes > 0 && minutes <= 60
          ? t('resetThrottled', { minutes })
          : null;
  return (
    <div className="notice max-w-md">
      <h1>{t('resetTitle')}</h1>
      {one('sent') ? (
        <FormNotice role="status">{t('resetSent', { minutes: RESET_MINUTES })}</FormNotice>
      ) : (
        <p>{t('resetIntro')}</p>
      )}
      {error ? <FormNotice>{error}</FormNotice> : null}
      <form method="post" action="/reader/reset" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="edition" value={code} />
        <EmailField label={t('email')} defaultValue={one('email')} />
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          {t('resetSend')}
        </button>
      </form>
      <p className="mt-4">
        <a href={editionPath(code, '/signin')}>{t('backToSignIn')}</a>
      </p>
    </div>
  );
}

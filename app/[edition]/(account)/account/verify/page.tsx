import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { FormNotice } from '@/components/account/FormFields';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { editionPath } from '@/lib/editions';
import { verifyTokenEdition } from '@/lib/readers/verification';
import { queryParams, type PageQuery } from '@/lib/readers/pages';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('verifyTitle'), referrer: 'same-origin' };
}

// An opened verification link (its token in a cookie: app/reader/verify/[token]): one button
// confirms the address. Opening the link does not (mail scanners open links too).
export default async function VerifyPage({ params, searchParams }: { params: EditionParams; searchParams: PageQuery }) {
  const { code } = await editionOf(params);
  const one = queryParams(await searchParams, 10);
  const t = await getTranslations('Account');
  if (one('done'))
    return (
      <div className="notice max-w-md">
        <h1>{t('verifyTitle')}</h1>
        <FormNotice role="status">{t('verifyDone')}</FormNotice>
        <p className="mt-4">
          <a href={editionPath(code, '/account')}>{t('accountTitle')}</a>
        </p>
      </div>
    );
  const token = (await cookies()).get(LINK_COOKIES.readerVerify.name)?.value;
  if (verifyTokenEdition(token) === null)
    return (
      <div className="notice max-w-md">
        <h1>{t('linkExpiredTitle')}</h1>
        <p>{t('verifyLinkExpired')}</p>
        <p className="mt-4">
          <a href={editionPath(code, '/account')}>{t('accountTitle')}</a>
        </p>
      </div>
    );
  return (
    <div className="notice max-w-md">
      <h1>{t('verifyTitle')}</h1>
      <p>{t('verifyIntro')}</p>
      {one('error') === 'origin' ? <FormNotice>{t('signInOrigin')}</FormNotice> : null}
      <form method="post" action="/reader/verify/complete" className="mt-4">
        <input type="hidden" name="edition" value={code} />
        <button type="submit" className="min-h-11 rounded bg-brand px-6 font-semibold text-brand-fg">
          {t('verifyButton')}
        </button>
      </form>
    </div>
  );
}

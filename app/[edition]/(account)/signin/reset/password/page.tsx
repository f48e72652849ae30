import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { FormNotice, PasswordField } from '@/components/account/FormFields';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { LINK_COOKIES } from '@/lib/auth/account-tokens';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { resetTokenIsUsable } from '@/lib/auth/password-reset';
import { editionPath } from '@/lib/editions';
import { readerMessages } from '@/lib/i18n/reader-messages';
import { queryParams, type PageQuery } from '@/lib/readers/pages';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('newPasswordTitle'), referrer: 'same-origin' };
}

// The new-password form of an opened reset link (its token in a cookie: app/reader/reset/[token]).
// Showing it reads the link and never uses it up; the form's POST does (app/reader/reset/complete).
export default async function NewPasswordPage({
  params,
  searchParams,
}: {
  params: EditionParams;
  searchParams: PageQuery;
}) {
  const { code } = await editionOf(params);
  const one = queryParams(await searchParams, 40);
  const t = await getTranslations('Account');
  const token = (await cookies()).get(LINK_COOKIES.readerReset.name)?.value;
  if (!resetTokenIsUsable('reader', token))
    return (
      <div className="notice max-w-md">
        <h1>{t('linkExpiredTitle')}</h1>
        <p>{t('resetLinkExpired')}</p>
        <p className="mt-4">
          <a href={editionPath(code, '/signin/reset')}>{t('resetAskAgain')}</a>
        </p>
      </div>
    );
  const say = await readerMessages();
  const error = one('error') === 'origin' ? t('signInOrigin') : say(one('error'));
  return (
    <div className="notice max-w-md">
      <h1>{t('newPasswordTitle')}</h1>
      <p>{t('newPasswordIntro')}</p>
      {error ? <FormNotice>{error}</FormNotice> : null}
      <form method="post" action="/reader/reset/complete" className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="edition" value={code} />
        <PasswordField
          label={t('newPassword')}
          newLabel={t('newPasswordHint', { label: t('newPassword'), min: PASSWORD_RULES.min })}
          isNew
        />
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          {t('changePassword')}
        </button>
      </form>
    </div>
  );
}

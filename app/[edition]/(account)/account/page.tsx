import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FormNotice, FormSection, PasswordField } from '@/components/account/FormFields';
import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { currentReader } from '@/lib/auth/reader-session';
import { editionPath } from '@/lib/editions';
import { readerMessages } from '@/lib/i18n/reader-messages';
import { queryParams, type PageQuery } from '@/lib/readers/pages';
import { isReaderVerified } from '@/lib/readers/verification';

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const { code } = await editionOf(params);
  const t = await getTranslations({ locale: code, namespace: 'Account' });
  return { title: t('accountTitle') };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: EditionParams;
  searchParams: PageQuery;
}) {
  const { code } = await editionOf(params);
  const reader = await currentReader();
  if (!reader) redirect(editionPath(code, `/signin?next=${editionPath(code, '/account')}`));
  const t = await getTranslations('Account');
  const say = await readerMessages();
  const one = queryParams(await searchParams, 300);
  // A form post sends back a message key (lib/readers/messages.ts); anything else is not shown.
  const message = (k: string) => {
    const words = say(one(k));
    return words ? (
      <p role="alert" className="text-sm font-semibold text-link">
        {words}
      </p>
    ) : null;
  };
  const verified = isReaderVerified(reader.id);
  const minutes = Number(one('minutes'));
  const verifyNotice =
    one('verify') === 'sent'
      ? t('verifySent')
      : one('verify') === 'throttled' && Number.isInteger(minutes) && minutes > 0 && minutes <= 60
        ? t('resetThrottled', { minutes })
        : null;
  // Where the form posts send the reader back: this edition's account page.
  const edition = <input type="hidden" name="edition" value={code} />;
  return (
    <div className="notice max-w-md">
      <h1>{t('accountTitle')}</h1>
      <p>{t.rich('signedInAs', { name: reader.name, email: reader.email, strong: (c) => <strong>{c}</strong> })}</p>
      {one('done') === 'password' ? <FormNotice role="status">{t('passwordChanged')}</FormNotice> : null}
      {verified ? null : (
        <FormSection id="verify" title={t('unverifiedTitle')} className="mt-4 rounded border border-line p-3">
          <p>{t('unverifiedBody', { email: reader.email })}</p>
          {verifyNotice ? (
            <p role="status" className="mt-2 font-semibold">
              {verifyNotice}
            </p>
          ) : null}
          <form method="post" action="/reader/verify/resend" className="mt-2">
            {edition}
            <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
              {t('verifyResend')}
            </button>
          </form>
        </FormSection>
      )}
      <form method="post" action="/signout" className="mt-3">
        {edition}
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          {t('signOut')}
        </button>
      </form>
      <FormSection id="password" title={t('changePasswordTitle')} className="mt-6">
        <form method="post" action="/reader/password" className="mt-2 flex flex-col gap-3">
          {edition}
          <PasswordField label={t('currentPassword')} name="current" />
          {message('error.current')}
          <PasswordField
            label={t('newPassword')}
            newLabel={t('newPasswordHint', { label: t('newPassword'), min: PASSWORD_RULES.min })}
            isNew
          />
          {message('error.password')}
          <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
            {t('changePassword')}
          </button>
        </form>
      </FormSection>
      <FormSection id="delete" title={t('deleteTitle')} className="mt-8">
        <p>{t('deleteBody')}</p>
        <form method="post" action="/reader/delete" className="mt-2 flex flex-col gap-3">
          {edition}
          <PasswordField label={t('confirmPassword')} />
          {message('error.delete')}
          <button type="submit" className="min-h-11 self-start rounded border border-line px-6 font-semibold">
            {t('deleteAccount')}
          </button>
        </form>
      </FormSection>
    </div>
  );
}

import { useTranslations } from 'next-intl';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';

/**
 * The header's account area: the reader's menu (a <details>, which opens without JavaScript;
 * AccountMenu.island.ts adds Escape and click-outside), or sign-in and sign-up links.
 * `account`: the reader on per-request pages; null or left out on shared cached pages, whose
 * anonymous links lib/readers/splice.ts replaces for a signed-in reader.
 */
export function AccountArea({ account }: { account?: { name: string } | null }) {
  const t = useTranslations('Chrome');
  const { code } = useEdition();
  return account ? (
    <details className="account-menu" data-island="account-menu">
      <summary>{account.name}</summary>
      <ul>
        <li>
          <a href={editionPath(code, '/bookmarks')}>{t('bookmarks')}</a>
        </li>
        <li>
          <a href={editionPath(code, '/account')}>{t('account')}</a>
        </li>
        <li>
          <form method="post" action="/signout">
            <button type="submit">{t('signOut')}</button>
          </form>
        </li>
      </ul>
    </details>
  ) : (
    <p className="account-links">
      <a href={editionPath(code, '/signin')} rel="nofollow">
        {t('signIn')}
      </a>
      <a href={editionPath(code, '/signup')} rel="nofollow">
        {t('signUp')}
      </a>
    </p>
  );
}

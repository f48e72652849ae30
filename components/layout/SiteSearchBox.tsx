import { useTranslations } from 'next-intl';
import { SearchIcon } from '@/components/icons/Icons';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';

/** The site's search box (a GET form to /search): the header's from 980 px, and the menu's. */
export function SiteSearchBox({ id, className }: { id: string; className: string }) {
  const t = useTranslations('Chrome');
  const edition = useEdition();
  return (
    <form action={editionPath(edition.code, '/search')} method="get" role="search" className={className}>
      <label htmlFor={id} className="sr-only">
        {t('searchSite', { site: edition.siteName })}
      </label>
      <input id={id} type="search" name="q" placeholder={t('search')} maxLength={200} autoComplete="off" />
      <button type="submit">
        <SearchIcon />
        <span className="sr-only">{t('search')}</span>
      </button>
    </form>
  );
}

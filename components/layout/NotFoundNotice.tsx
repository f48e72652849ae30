import type { Section } from '@/lib/content/reader';
import { useTranslations } from 'next-intl';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { homePath, sectionPath } from '@/lib/urls';
import { EmptyState } from '@/components/ui/EmptyState';

/**
 * The body of every 404 page: what happened, a search form, the home page and the main sections
 * (the first in the navigation's order; `sections` is empty where no data is read: app/not-found).
 */
export function NotFoundNotice({ sections = [] }: { sections?: Section[] }) {
  const t = useTranslations('NotFound');
  const { code } = useEdition();
  return (
    <EmptyState mark="404" title={t('title')}>
      <p>{t('body')}</p>
      <form action={editionPath(code, '/search')} method="get" role="search" className="empty-state__search">
        <label htmlFor="not-found-q" className="empty-state__label">
          {t('searchLabel')}
        </label>
        <div className="empty-state__field">
          <input id="not-found-q" type="search" name="q" maxLength={200} />
          <button type="submit">{t('search')}</button>
        </div>
      </form>
      <p>
        {t.rich('goHome', {
          home: (chunks) => <a href={homePath(code)}>{chunks}</a>,
          withSections: sections.length > 0 ? 'yes' : 'no',
        })}
      </p>
      {sections.length > 0 ? (
        <ul className="empty-state__links" aria-label={t('sections')}>
          {sections.slice(0, 6).map((s) => (
            <li key={s.id}>
              <a href={sectionPath(s.edition, s.slug)}>{s.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </EmptyState>
  );
}

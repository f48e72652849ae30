import { useTranslations } from 'next-intl';
import { editions } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';
import { homePath } from '@/lib/urls';

/**
 * The header's editions, as the outlet's own header has them: the current edition's flag (and
 * its name from 600 px) opening a list of the others, each linking to the translation of the
 * story on screen when there is a published one (`translations`, by edition code), else to that
 * edition's home page. Links, never an automatic redirect: a URL always shows what it names.
 * A <details>, so it opens without JavaScript; AccountMenu.island.ts adds Escape and a click
 * elsewhere closing it. Each link is marked with its language (`lang`, `hreflang`) so it is read
 * out in that language, in the system font so a page never fetches another script's web font.
 */
export function EditionSwitcher({ translations = {} }: { translations?: Record<string, string> }) {
  const t = useTranslations('Chrome');
  const current = useEdition();
  return (
    <details className="edition-menu" data-menu="editions">
      <summary className="header-button edition-menu__button">
        <span aria-hidden="true" className="edition-switcher__flag">
          {current.flag}
        </span>
        <span className="header-button__label edition-menu__current">{current.name}</span>
        <span className="sr-only">{t('editions')}</span>
      </summary>
      <nav aria-label={t('editions')} className="edition-menu__panel">
        <ul>
          {editions.all
            .filter((e) => e.code !== current.code)
            .map((e) => (
              <li key={e.code}>
                <a
                  href={translations[e.code] ?? homePath(e.code)}
                  hrefLang={e.language}
                  lang={e.language}
                  dir={e.dir}
                  className="edition-switcher__link"
                >
                  <span aria-hidden="true" className="edition-switcher__flag">
                    {e.flag}
                  </span>
                  <span className="edition-switcher__name">{e.name}</span>
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </details>
  );
}

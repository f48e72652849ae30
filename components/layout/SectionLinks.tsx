import { useTranslations } from 'next-intl';
import type { Section } from '@/lib/content/reader';
import { useEdition } from '@/lib/i18n/edition';
import { homePath, sectionPath } from '@/lib/urls';

/**
 * Where the reader is, for the navigation: a section's front (`aria-current="page"`), one of its
 * stories (`aria-current="location"`: in that section, not on its page), or the home page.
 */
export type CurrentPlace = { section: string; kind: 'front' | 'article' } | 'home' | null;

export function currentAttribute(place: CurrentPlace, slug: string): 'page' | 'location' | undefined {
  if (!place || place === 'home' || place.section !== slug) return undefined;
  return place.kind === 'front' ? 'page' : 'location';
}

/**
 * One list item per section, linking to its front (the header's, the menu's and the footer's
 * section lists); `withHome` puts the home page first.
 */
export function SectionLinks({
  sections,
  current = null,
  withHome = false,
}: {
  sections: Section[];
  current?: CurrentPlace;
  withHome?: boolean;
}) {
  const t = useTranslations('Chrome');
  const edition = useEdition();
  return (
    <>
      {withHome ? (
        <li>
          <a href={homePath(edition.code)} aria-current={current === 'home' ? 'page' : undefined}>
            {t('home')}
          </a>
        </li>
      ) : null}
      {sections.map((s) => (
        <li key={s.id}>
          <a href={sectionPath(s.edition, s.slug)} aria-current={currentAttribute(current, s.slug)}>
            {s.name}
          </a>
        </li>
      ))}
    </>
  );
}

import { useTranslations } from 'next-intl';
import type { Section } from '@/lib/content/reader';
import { SectionLinks, type CurrentPlace } from './SectionLinks';

/**
 * The header's second row: every section in one line that scrolls sideways on narrow screens,
 * a fade at the end edge saying there is more (CSS only; the list's end padding lets the last
 * link scroll clear of it). The current place is marked for assistive technology and the eye.
 */
export function SectionNav({ sections, current = null }: { sections: Section[]; current?: CurrentPlace }) {
  const t = useTranslations('Chrome');
  return (
    <nav aria-label={t('sections')} className="section-nav">
      <div className="section-nav__inner">
        <ul className="section-nav__list">
          <SectionLinks sections={sections} current={current} withHome />
        </ul>
      </div>
    </nav>
  );
}

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { MostReadItem } from '@/lib/content/reader';
import { cardPath } from '@/lib/urls';

/**
 * "Most read": an ordered list with large rank numbers and headline links (the Guardian's and
 * BBC's style). Nothing at all when there are no counts yet, so a fresh site shows no empty box.
 */
export function MostRead({
  items,
  title,
  headingLevel = 2,
}: {
  items: MostReadItem[];
  /** The heading; the edition's "Most read" when left out. */
  title?: string;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('Lists');
  const headingId = useId();
  if (!items.length) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="most-read" aria-labelledby={headingId}>
      <H id={headingId} className="most-read__title">
        {title || t('mostRead')}
      </H>
      <ol className="most-read__list">
        {items.map(({ card }, i) => (
          <li key={card.id} className="most-read__item">
            <span className="most-read__rank" aria-hidden="true">
              {i + 1}
            </span>
            <a className="most-read__link" href={cardPath(card)}>
              {card.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

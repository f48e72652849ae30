import { useTranslations } from 'next-intl';
import type { ArticleCard } from '@/lib/content/reader';
import { StoryCard, type CardActions } from '@/components/lists/StoryCard';

/**
 * A section front's continuation: the section's next newest stories that the front above does
 * not already show, as a compact list with thumbnails on the right; the pagination follows.
 */
export function MoreFrom({
  name,
  items,
  actions,
  children,
}: {
  name: string;
  items: ArticleCard[];
  actions?: CardActions;
  /** The pagination to page 2. */
  children?: React.ReactNode;
}) {
  const t = useTranslations('Fronts');
  return (
    <section aria-labelledby="front-more-from" className="fcon fcon--more">
      <h2 id="front-more-from" className="fcon__title">
        {t('moreFrom', { name })}
      </h2>
      {items.length ? (
        <ol className="story-list list-stories list-stories--compact">
          {items.map((story) => (
            <li key={story.id}>
              <StoryCard
                story={story}
                variant="compact"
                headingLevel={3}
                showSection={false}
                actions={actions?.(story)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {children}
    </section>
  );
}

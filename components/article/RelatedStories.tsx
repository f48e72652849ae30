import { useTranslations } from 'next-intl';
import type { ArticleCard } from '@/lib/content/reader';
import { cardPath } from '@/lib/urls';
import { Picture } from '@/components/media/Picture';
import { DateTime } from '@/components/ui/DateTime';

/** The article's related stories, compact for the rail (300 px; under the story on narrow screens). */
export function RelatedStories({ stories }: { stories: ArticleCard[] }) {
  const t = useTranslations('Article');
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related print:hidden">
      <h2 id="related-heading" className="rail-heading">
        {t('related')}
      </h2>
      <ul className="related__list">
        {stories.map((story) => {
          const href = cardPath(story);
          return (
            <li key={story.id} className="related__item">
              <div className="related__text">
                <p className="related__kicker">{story.section.name}</p>
                <h3 className="related__headline">
                  <a href={href}>{story.title}</a>
                </h3>
                <DateTime value={story.publishedAt} className="related__time" />
              </div>
              {story.hero ? (
                <Picture image={story.hero} alt="" role="thumb" className="related__image" crop={{ ratio: '5:4' }} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

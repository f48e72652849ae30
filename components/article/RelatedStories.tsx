import type { ArticleCard } from '@/lib/content/reader';
import { StoryCard } from '@/components/lists/StoryCard';

export function RelatedStories({ stories }: { stories: ArticleCard[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related print:hidden">
      <h2 id="related-heading" className="section-heading">
        Related stories
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

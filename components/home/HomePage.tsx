import type { HomeFeed } from '@/lib/content/reader';
import { sectionPath } from '@/lib/urls';
import { StoryCard, type CardActions } from '@/components/lists/StoryCard';

/** `actions`: per-reader controls under each story (only on the signed-in variant). */
export function HomePage({ feed, actions }: { feed: HomeFeed; actions?: CardActions }) {
  return (
    <div className="home">
      <h1 className="sr-only">Latest news</h1>
      <section aria-labelledby="top-heading" className="home-top">
        <h2 id="top-heading" className="sr-only">
          Top stories
        </h2>
        <div className="grid gap-6 lg:grid-cols-3">
          {feed.lead ? (
            <div className="lg:col-span-2">
              <StoryCard story={feed.lead} variant="lead" headingLevel={3} priority actions={actions?.(feed.lead)} />
            </div>
          ) : null}
          <ul className="top-stories">
            {feed.top.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} variant="compact" headingLevel={3} actions={actions?.(story)} />
              </li>
            ))}
          </ul>
        </div>
      </section>
      {feed.sections.map(({ section, items }) => (
        <section key={section.id} aria-labelledby={`section-${section.slug}`} className="home-section">
          <h2 id={`section-${section.slug}`} className="section-heading">
            <a href={sectionPath(section.slug)}>{section.name}</a>
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {items.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} headingLevel={3} actions={actions?.(story)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

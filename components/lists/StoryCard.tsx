import type { ArticleCard } from '@/lib/content/reader';
import { cardPath, sectionPath } from '@/lib/urls';
import { Picture } from '@/components/media/Picture';
import { DateTime } from '@/components/ui/DateTime';

type Variant = 'lead' | 'standard' | 'compact';

const THUMB_CROP = { ratio: '5:4' };
const LEAD_CROP = { ratio: '16:9' };

/**
 * One story in a list: headline (the link), lede, section and time. Headlines are h2/h3
 * according to where the card sits, so every page keeps a clean outline. In lists (tag and author
 * pages, a section's "More from…") the picture is a 5:4 thumbnail on the right, the BBC's way;
 * `lead` is the first story of a list's first page, drawn bigger (app/_styles/fronts.css).
 */
/** Renders per-reader controls for a story (the signed-in variants pass one; cached pages none). */
export type CardActions = (story: ArticleCard) => React.ReactNode;

export function StoryCard({
  story,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
  showImage = true,
  priority = false,
  actions,
}: {
  story: ArticleCard;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  showImage?: boolean;
  priority?: boolean;
  /** Per-reader controls (a bookmark button) after the card's text. */
  actions?: React.ReactNode;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const href = cardPath(story);
  const image = showImage && story.hero ? story.hero : null;
  return (
    <article className={`story-card story-card--${variant}`}>
      {image ? (
        <Picture
          image={image}
          alt={image.alt}
          role={variant === 'lead' ? 'list-lead' : variant === 'compact' ? 'thumb' : 'list'}
          priority={priority}
          crop={variant === 'lead' ? LEAD_CROP : THUMB_CROP}
          className="story-card__image"
        />
      ) : null}
      <div className="story-card__text">
        <H className="story-card__headline">
          <a href={href}>{story.title}</a>
        </H>
        {story.lede ? <p className="story-card__lede">{story.lede}</p> : null}
        <p className="story-card__meta">
          {showSection ? (
            <>
              <a href={sectionPath(story.edition, story.section.slug)} className="story-card__section">
                {story.section.name}
              </a>
              <span aria-hidden="true"> · </span>
            </>
          ) : null}
          <DateTime value={story.publishedAt} />
        </p>
      </div>
      {actions ? <div className="story-card__actions">{actions}</div> : null}
    </article>
  );
}

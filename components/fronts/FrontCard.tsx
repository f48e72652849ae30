import { useTranslations } from 'next-intl';
import type { FrontCard as FrontCardData } from '@/lib/content/reader';
import type { CardLayout } from '@/lib/media';
import { cardPath } from '@/lib/urls';
import { Picture } from '@/components/media/Picture';
import { CameraIcon, PlayIcon } from '@/components/icons/Icons';
import { ShortTime } from './ShortTime';

/**
 * How big a card is drawn. `splash`: the lead (picture beside the text from 980 px); `large`: a
 * 50 % card; `medium`: a 25 % card (a row with a thumbnail on phones, except a grid's first);
 * `small`: headline with a thumbnail on the right; `text`: headline only.
 */
export type CardSize = 'splash' | 'large' | 'medium' | 'small' | 'text';

/** Fronts draw pictures 5:4 unless the slot chose another crop (the Guardian's ratio). */
// Cut around the picture's own focal point (components/media/Picture.tsx).
const DEFAULT_CROP = { ratio: '5:4' } as const;

const ROLE = { splash: 'splash', large: 'card', medium: 'card', small: 'thumb', text: 'thumb' } as const;

/**
 * One story on a front. The headline is the link, and its ::after covers the card, so the whole
 * card is clickable while the page keeps one link per story (the focus ring stays on the headline).
 * `tone="opinion"` draws the columnist's name and round cut-out instead of the picture.
 */
export function FrontCard({
  card,
  size,
  headingLevel = 3,
  priority = false,
  tone = 'news',
  showKicker = true,
  actions,
  layout,
}: {
  card: FrontCardData;
  size: CardSize;
  /** Where the grid draws a large or medium card (its picture's `sizes`). */
  layout?: CardLayout;
  headingLevel?: 2 | 3;
  /** The front's first picture (its largest paint): loaded eagerly, first. */
  priority?: boolean;
  tone?: 'news' | 'opinion';
  /** The section's name above the headline (left off where the whole front is one section). */
  showKicker?: boolean;
  /** Per-reader controls (a bookmark button), above the card's link layer. */
  actions?: React.ReactNode;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const href = cardPath(card);
  const opinion = tone === 'opinion';
  const image = !opinion && size !== 'text' ? card.hero : null;
  // The lead and 50 % cards carry their standfirst; so does a 25 % card with no picture, in its place.
  const showStandfirst =
    card.standfirst && (size === 'splash' || size === 'large' || (size === 'medium' && !image && !opinion));
  return (
    <article
      className={`fc fc--${size}${opinion ? ' fc--opinion' : ''}${image ? ' fc--has-media' : ''}`}
      data-story={card.id}
    >
      {image ? (
        <div className="fc__media">
          <Picture
            image={image}
            alt={image.alt}
            role={ROLE[size]}
            card={layout}
            priority={priority}
            crop={card.crop ?? (size === 'small' ? { ...DEFAULT_CROP, ratio: '1:1' } : DEFAULT_CROP)}
            className="fc__img"
          />
          {card.format !== 'text' ? <FormatBadge format={card.format} /> : null}
        </div>
      ) : null}
      <div className="fc__body">
        {opinion && card.byline ? <p className="fc__columnist">{card.byline.name}</p> : null}
        {!opinion && showKicker ? (
          <p className="fc__kicker">
            {card.format !== 'text' && !image ? <FormatLabel format={card.format} /> : null}
            {card.section.name}
          </p>
        ) : null}
        <H className="fc__headline">
          <a href={href} className="fc__link">
            {opinion ? (
              <span className="fc__quote" aria-hidden="true">
                “
              </span>
            ) : null}
            {card.headline}
          </a>
        </H>
        {showStandfirst ? <p className="fc__standfirst">{card.standfirst}</p> : null}
        <p className="fc__meta">
          {size === 'splash' && card.byline ? (
            <>
              <span className="fc__byline">{card.byline.name}</span>
              <span aria-hidden="true"> · </span>
            </>
          ) : null}
          <ShortTime value={card.publishedAt} />
        </p>
        {actions ? <div className="fc__actions">{actions}</div> : null}
      </div>
      {opinion ? <Avatar byline={card.byline} /> : null}
    </article>
  );
}

/** Video and gallery stories say so on their picture (the word is read; the icon is decoration). */
function FormatBadge({ format }: { format: 'video' | 'gallery' }) {
  return (
    <span className="fc__format">
      <FormatLabel format={format} />
    </span>
  );
}

function FormatLabel({ format }: { format: 'video' | 'gallery' }) {
  const t = useTranslations('Fronts');
  return (
    <span className="fc__format-label">
      {format === 'video' ? <PlayIcon width={14} height={14} /> : <CameraIcon width={14} height={14} />}
      {format === 'video' ? t('video') : t('gallery')}
      <span className="sr-only">: </span>
    </span>
  );
}

/**
 * The columnist's face as a round cut-out; their initials on a tinted disc when there is no
 * portrait. Decorative either way (alt ""): the name is printed beside it.
 */
function Avatar({ byline }: { byline: FrontCardData['byline'] }) {
  if (!byline) return null;
  if (byline.avatar)
    return (
      <div className="fc__avatar">
        <Picture
          image={byline.avatar}
          alt=""
          role="face"
          crop={{ ratio: '1:1', focusX: 50, focusY: 30 }}
          className="fc__avatar-img"
        />
      </div>
    );
  const initials = byline.name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <div className="fc__avatar fc__avatar--initials" aria-hidden="true">
      {initials}
    </div>
  );
}

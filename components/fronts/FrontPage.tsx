import { useTranslations } from 'next-intl';
import type { ArticleCard, FrontCard as FrontCardData, FrontContainerView, FrontView } from '@/lib/content/reader';
import type { CardActions } from '@/components/lists/StoryCard';
import { MostRead } from '@/components/lists/MostRead';
import { isOpinion } from '@/lib/editions';
import { cardPath } from '@/lib/urls';
import { FrontCard, type CardSize } from './FrontCard';
import { ShortTime } from './ShortTime';

/**
 * A front (the home page or a section's): its containers in the order editors set, each a
 * `<section>` named by its heading. From 1300 px a right rail holds "Latest" and "Most read"; on
 * narrower screens "Most read" is a full-width container where the layout puts it, and "Latest"
 * is left out (the containers are themselves the latest news). The rail is ONE element in the
 * source, placed by CSS grid, so nothing is rendered twice.
 */
export function FrontPage({
  view,
  heading,
  latest,
  actions,
  children,
}: {
  view: FrontView;
  /** A section front's visible header; null on the home page (its h1 is for screen readers). */
  heading: { name: string; description: string } | null;
  /** The newest stories, for the rail's "Latest" (5–8 are shown). */
  latest: ArticleCard[];
  actions?: CardActions;
  /** After the containers, in the main column: a section's "More from…" list and pagination. */
  children?: React.ReactNode;
}) {
  const t = useTranslations('Fronts');
  const containers = view.containers.filter((c) => c.style === 'most-read' || c.cards.length > 0);
  const railAt = containers.findIndex((c) => c.style === 'most-read');
  const main = containers.filter((c) => c.style !== 'most-read');
  // readFront fills the most-read container with the counts' stories (none before any count).
  const mostRead = railAt >= 0 ? containers[railAt] : null;
  const priorityId = firstPictureId(main);
  const sectionKey = heading ? view.key : null;
  // Rows the main column fills (containers, plus the section's list): the rail spans them all
  // from 1300 px; the last row is flexible, so a rail taller than a short front opens no gaps.
  const mainRows = main.length + (children ? 1 : 0);
  const gridVars = {
    '--front-rows': mainRows > 1 ? `repeat(${mainRows - 1}, auto) 1fr` : '1fr',
    '--front-rail-rows': `1 / span ${Math.max(mainRows, 1)}`,
  } as React.CSSProperties;

  const rail = (
    <div className="front-rail" key="rail">
      {latest.length ? <LatestList items={latest.slice(0, 8)} /> : null}
      {mostRead ? (
        <MostRead items={mostRead.cards.map((card) => ({ card, views: 0 }))} title={mostRead.title || undefined} />
      ) : null}
    </div>
  );
  const blocks = main.map((c) => (
    <Container
      key={c.id}
      container={c}
      actions={actions}
      priorityId={priorityId}
      sectionKey={sectionKey}
      first={c === main[0]}
    />
  ));
  // The rail sits where the layout put "most read" (at the end when it has none).
  const railIndex =
    railAt < 0 ? blocks.length : containers.slice(0, railAt).filter((c) => c.style !== 'most-read').length;
  const body = [...blocks.slice(0, railIndex), rail, ...blocks.slice(railIndex)];

  return (
    <div className={`front ${heading ? 'front--section' : 'front--home'}`}>
      {heading ? (
        <header className="front-header">
          <h1 className="front-header__title">{heading.name}</h1>
          {heading.description ? <p className="front-header__description">{heading.description}</p> : null}
        </header>
      ) : (
        <h1 className="sr-only">{t('latestNews')}</h1>
      )}
      <div className="front-body" style={gridVars}>
        {body}
        {children ? <div className="front-more">{children}</div> : null}
      </div>
    </div>
  );
}

/** The id of the first story drawn with a picture near the top: the page's largest paint. */
function firstPictureId(containers: FrontContainerView[]): number | null {
  for (const c of containers.slice(0, 2)) {
    if (c.style === 'opinion') continue;
    // Opinion pieces show their columnist's face, not their picture (except as the splash).
    const card = c.cards.find((k, i) => k.hero && (c.style === 'lead' ? i === 0 : !isOpinion(k)));
    if (card) return card.id;
  }
  return null;
}

function Container({
  container,
  actions,
  priorityId,
  sectionKey,
  first,
}: {
  container: FrontContainerView;
  actions?: CardActions;
  priorityId: number | null;
  sectionKey: string | null;
  first: boolean;
}) {
  const { id, style, title, href, cards } = container;
  const headingId = `front-${id}`;
  // On a section front, or in a row of one section, the section's name over every card says nothing.
  const oneSection = cards.every((c) => c.section.slug === cards[0].section.slug);
  const kicker = (card: FrontCardData) =>
    !(sectionKey && card.section.slug === sectionKey) && !(style === 'row' && oneSection);
  const sizes = sizesFor(style, cards.length);
  const perRow = style === 'top' ? 0 : perRowFor(cards.length);
  return (
    <section
      aria-labelledby={headingId}
      className={`fcon fcon--${style}${first ? ' fcon--first' : ''}`}
      data-container={style}
    >
      <h2 id={headingId} className={style === 'lead' ? 'sr-only' : 'fcon__title'}>
        {href ? (
          <a href={href} className="fcon__title-link">
            {title}
            <span className="fcon__more" aria-hidden="true">
              {' '}
              <span className="flip-rtl">→</span>
            </span>
          </a>
        ) : (
          title
        )}
      </h2>
      <ul
        className={`fgrid fgrid--${style}${style === 'top' ? ` fgrid--top-${topShape(cards.length)}` : ''}`}
        style={{ '--fgrid-rest': Math.max(cards.length - 1, 1) } as React.CSSProperties}
      >
        {cards.map((card, i) => (
          <li
            key={card.id}
            className={`fgrid__item fgrid__item--${sizes[i]}`}
            style={{ '--span': perRow ? 12 / perRow : spanOf(sizes, i) } as React.CSSProperties}
          >
            <FrontCard
              card={card}
              size={sizes[i]}
              layout={{ share: shareOf(sizes, i, perRow), thumbOnPhone: i > 0 }}
              tone={style === 'opinion' || (isOpinion(card) && sizes[i] !== 'splash') ? 'opinion' : 'news'}
              priority={card.id === priorityId}
              showKicker={kicker(card)}
              actions={actions?.(card)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Card sizes per container. Top stories mix sizes (never identical rows): with 1–2 stories both
 * large; with 3–4 one large beside small cards with thumbnails (the BBC's hierarchical grid: the
 * first spans more); with 5+ two large at 50 %, up to four medium at 25 %, then headline-only.
 */
function sizesFor(style: FrontContainerView['style'], n: number): CardSize[] {
  if (style === 'lead') return Array.from({ length: n }, (_, i) => (i === 0 ? 'splash' : 'medium'));
  if (style !== 'top') return Array.from({ length: n }, () => 'medium');
  if (n <= 2) return Array.from({ length: n }, () => 'large');
  if (n <= 4) return Array.from({ length: n }, (_, i) => (i === 0 ? 'large' : 'small'));
  return Array.from({ length: n }, (_, i) => (i < 2 ? 'large' : i < 6 ? 'medium' : 'text'));
}

function topShape(n: number): 'pair' | 'hier' | 'wide' {
  return n <= 2 ? 'pair' : n <= 4 ? 'hier' : 'wide';
}

/** Cards per row from 980 px for rows and opinion: up to 4; 5 or 6 as two rows of 3. */
function perRowFor(n: number): number {
  return n <= 4 ? Math.max(n, 1) : n <= 6 ? 3 : 4;
}

/** The share of the main column a card's picture is drawn at (its `sizes`): its span, or half in the hierarchy's two columns. */
function shareOf(sizes: CardSize[], i: number, perRow: number): number {
  if (perRow) return 1 / perRow;
  return topShape(sizes.length) === 'hier' ? 0.5 : spanOf(sizes, i) / 12;
}

/** A top-stories card's share of the 12 columns from 980 px, by how many of its size there are. */
function spanOf(sizes: CardSize[], i: number): number {
  const size = sizes[i];
  const same = sizes.filter((s) => s === size).length;
  return size === 'large' ? 12 / Math.min(same, 2) : 12 / Math.min(same, 4);
}

/** The rail's "Latest": the newest stories as small timed links. */
function LatestList({ items }: { items: ArticleCard[] }) {
  const t = useTranslations('Fronts');
  return (
    <section aria-labelledby="front-latest" className="fcon fcon--latest">
      <h2 id="front-latest" className="fcon__title">
        {t('latest')}
      </h2>
      <ol className="latest-list">
        {items.map((story) => (
          <li key={story.id}>
            <ShortTime value={story.publishedAt} className="latest-list__time" />
            <a href={cardPath(story)}>{story.title}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}

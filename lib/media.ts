/**
 * One place decides which image widths each role on the page asks for, and the `sizes`
 * that tell the browser how wide the image is drawn (as Guardian's dotcom-rendering does).
 * Media files live under MEDIA_DIR and are served by app/media/[file]/route.ts.
 */
export type ImageRole = 'hero' | 'inline' | 'splash' | 'card' | 'list-lead' | 'list' | 'thumb' | 'face';

export interface ImageSource {
  file: string;
  width: number;
  height: number;
  variants: number[];
  /** The focal point (lib/focal.ts), 0–1; centre when absent. */
  focalX?: number;
  focalY?: number;
}

/**
 * `sizes` per role: the widest the picture is drawn in each band of the layout's breakpoints
 * (tablet 740 = 46.25rem, desktop 980 = 61.25rem, wide 1300 = 81.25rem, where the front's rail
 * appears and its main column stops at 940 px). Measured, not guessed: e2e/reader-fronts.spec.ts
 * checks that no picture on a front or list is fetched wider than it is drawn. A `sizes` that
 * says 100vw for a 104 px thumbnail makes a phone fetch nine times the pixels it shows.
 */
const SIZES: Record<Exclude<ImageRole, 'card'>, string> = {
  // The article's centre column: 620 px from 980 (app/globals.css, .article-layout).
  hero: '(min-width: 61.25rem) 38.75rem, 100vw',
  inline: '(min-width: 61.25rem) 38.75rem, 100vw',
  // A front's lead: half the page from 740, beside its text from 980, 537 px beside the rail.
  splash: '(min-width: 81.25rem) 34rem, (min-width: 61.25rem) 56vw, (min-width: 46.25rem) 50vw, 100vw',
  // A list's first story (tag, author, section page 2…): its picture beside the text from 740.
  'list-lead': '(min-width: 81.25rem) 38.75rem, (min-width: 46.25rem) 50vw, 100vw',
  // The other stories of a list: a thumbnail beside the headline (app/_styles/fronts.css, ol.list-stories).
  list: '(min-width: 46.25rem) 12rem, 6.5rem',
  thumb: '8rem',
  // A columnist's round cut-out on an opinion card.
  face: '(min-width: 61.25rem) 6.5rem, 5rem',
};

/** The widest variant a role ever needs (keeps srcset short). */
const MAX_WIDTH: Record<ImageRole, number> = {
  hero: 1600,
  inline: 1600,
  splash: 1600,
  card: 960,
  'list-lead': 960,
  list: 480,
  thumb: 320,
  face: 320,
};

/**
 * Where a front card's picture sits: `share` of the front's main column from 740 px (a 25 % card
 * 0.25), and below 740 either the whole width or, for a grid's later cards, a thumbnail beside
 * the headline (at most 8rem).
 */
export interface CardLayout {
  share: number;
  thumbOnPhone: boolean;
}

function cardSizes({ share, thumbOnPhone }: CardLayout): string {
  const rem = Math.ceil(58.75 * share * 100) / 100;
  const vw = Math.ceil(share * 100);
  return `(min-width: 81.25rem) ${rem}rem, (min-width: 46.25rem) ${vw}vw, ${thumbOnPhone ? '8rem' : '100vw'}`;
}

export function mediaUrl(file: string, width: number): string {
  return `/media/${file}-${width}.webp`;
}

export function imageAttributes(image: ImageSource, role: ImageRole, card?: CardLayout) {
  const widths = image.variants.length ? image.variants : [image.width];
  const usable = widths.filter((w) => w <= MAX_WIDTH[role]);
  const chosen = usable.length ? usable : [widths[0]];
  const fallback = chosen.find((w) => w >= 640) ?? chosen[chosen.length - 1];
  return {
    src: mediaUrl(image.file, fallback),
    srcSet: chosen.map((w) => `${mediaUrl(image.file, w)} ${w}w`).join(', '),
    sizes: role === 'card' ? cardSizes(card ?? { share: 1, thumbOnPhone: false }) : SIZES[role],
    width: image.width,
    height: image.height,
  };
}

/** Media file names as stored: generated names only, so a request can never name another path. */
export const MEDIA_FILE_PATTERN = /^([a-z0-9][a-z0-9-]{0,80})-([1-9][0-9]{1,4})\.(webp|jpg|png)$/;

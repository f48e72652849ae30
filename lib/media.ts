/**
 * One place decides which image widths each role on the page asks for, and the `sizes`
 * that tell the browser how wide the image is drawn (as Guardian's dotcom-rendering does).
 * Media files live under MEDIA_DIR and are served by app/media/[file]/route.ts.
 */
export type ImageRole = 'hero' | 'lead' | 'half' | 'card' | 'thumb' | 'inline';

export interface ImageSource {
  file: string;
  width: number;
  height: number;
  variants: number[];
}

/** `sizes` per role, matching the layout's breakpoints (max content width 80rem). */
const SIZES: Record<ImageRole, string> = {
  // The article's centre column: 620 px from 980 (app/globals.css, .article-layout).
  hero: '(min-width: 61.25rem) 38.75rem, 100vw',
  inline: '(min-width: 61.25rem) 38.75rem, 100vw',
  lead: '(min-width: 64rem) 50rem, 100vw',
  // A front's 50 % cards (top stories' first two): half the front's main column from 740 px.
  half: '(min-width: 61.25rem) 30rem, (min-width: 46.25rem) 50vw, 100vw',
  card: '(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw',
  thumb: '8rem',
};

/** The widest variant a role ever needs (keeps srcset short). */
const MAX_WIDTH: Record<ImageRole, number> = {
  hero: 1600,
  inline: 1600,
  lead: 1600,
  half: 960,
  card: 960,
  thumb: 320,
};

export function mediaUrl(file: string, width: number): string {
  return `/media/${file}-${width}.webp`;
}

export function imageAttributes(image: ImageSource, role: ImageRole) {
  const widths = image.variants.length ? image.variants : [image.width];
  const usable = widths.filter((w) => w <= MAX_WIDTH[role]);
  const chosen = usable.length ? usable : [widths[0]];
  const fallback = chosen.find((w) => w >= 640) ?? chosen[chosen.length - 1];
  return {
    src: mediaUrl(image.file, fallback),
    srcSet: chosen.map((w) => `${mediaUrl(image.file, w)} ${w}w`).join(', '),
    sizes: SIZES[role],
    width: image.width,
    height: image.height,
  };
}

/** Media file names as stored: generated names only, so a request can never name another path. */
export const MEDIA_FILE_PATTERN = /^([a-z0-9][a-z0-9-]{0,80})-([1-9][0-9]{1,4})\.(webp|jpg|png)$/;

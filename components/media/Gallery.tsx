/**
 * A photo gallery, in the body or as the hero (issue 18). Without JavaScript a grid of thumbnails,
 * each a plain link to the largest variant of its picture with the id `img-N`; with it,
 * Gallery.island.ts opens them in the lightbox rendered here, a closed <dialog> (its words are
 * the page's). Hero mode shows the first picture large, as the page's LCP picture, and the rest as a
 * strip.
 */
import type { MediaItem } from '@/lib/content/reader';
import type { MediaMessages } from '@/lib/islands/media-messages';
import { useMediaMessages } from '@/lib/i18n/media';
import { mediaUrl } from '@/lib/media';
import { CameraIcon, ChevronNextIcon, ChevronPreviousIcon, CloseIcon } from '@/components/icons/Icons';
import { Picture } from '@/components/media/Picture';

export interface GalleryPicture {
  image: MediaItem;
  alt: string;
  caption: string;
  credit: string;
}

const widthsOf = (image: MediaItem) => (image.variants.length ? image.variants : [image.width]);

/** The full picture a thumbnail links to: its largest variant. */
export function fullPictureUrl(image: MediaItem): string {
  const widths = widthsOf(image);
  return mediaUrl(image.file, Math.max(...widths));
}

export function Gallery({
  pictures,
  title,
  hero = false,
  firstNumber = 1,
  words: given,
}: {
  pictures: GalleryPicture[];
  title?: string;
  hero?: boolean;
  /**
   * The number of the first picture's address (`#img-N`). Addresses are per page: a page with two
   * galleries numbers the second on from the first's last.
   */
  firstNumber?: number;
  /** The words; the page's edition's when left out. */
  words?: MediaMessages;
}) {
  const editionWords = useMediaMessages();
  const words = given ?? editionWords;
  const count = pictures.length;
  const name = title || words.gallery(count);
  return (
    <figure className={`gallery${hero ? ' gallery--hero' : ''}`} data-island="gallery">
      <figcaption className="gallery__title">
        <CameraIcon />
        {title ? <span className="gallery__name">{title}</span> : null}
        <span className="gallery__count">{words.gallery(count)}</span>
      </figcaption>
      <ul className="gallery__grid">
        {pictures.map((picture, i) => {
          const n = firstNumber + i;
          const large = hero && i === 0;
          return (
            <li key={`${picture.image.id}-${i}`} className={large ? 'gallery__lead' : undefined}>
              <a
                className="gallery__link"
                id={`img-${n}`}
                href={fullPictureUrl(picture.image)}
                data-srcset={widthsOf(picture.image)
                  .map((w) => `${mediaUrl(picture.image.file, w)} ${w}w`)
                  .join(', ')}
                data-width={picture.image.width}
                data-height={picture.image.height}
                data-caption={picture.caption || undefined}
                data-credit={picture.credit || undefined}
              >
                <Picture image={picture.image} alt={picture.alt} role={large ? 'hero' : 'thumb'} priority={large} />
                {picture.alt ? null : <span className="sr-only">{words.openPicture(i + 1, count)}</span>}
              </a>
            </li>
          );
        })}
      </ul>
      {/* The lightbox, opened by Gallery.island.ts; closed, a <dialog> is neither shown nor read out, and its
          lazy picture is not fetched. suppressHydrationWarning: under `next dev` React hydrates this page and
          would otherwise redraw it on finding the island's words (a lightbox opened from #img-N on arrival). */}
      <dialog className="lightbox" aria-label={name}>
        <div className="lightbox__top">
          <p className="lightbox__counter" data-lightbox="counter" aria-live="polite" suppressHydrationWarning />
          <button type="button" className="lightbox__button" data-lightbox="close" aria-label={words.close}>
            <CloseIcon />
          </button>
        </div>
        <figure className="lightbox__stage" data-lightbox="stage">
          {/* eslint-disable-next-line @next/next/no-img-element -- the island shows each picture here at its size */}
          <img
            className="lightbox__image"
            data-lightbox="image"
            src={pictures[0] ? fullPictureUrl(pictures[0].image) : undefined}
            alt=""
            sizes="100vw"
            loading="lazy"
            draggable={false}
            suppressHydrationWarning
          />
          <figcaption className="lightbox__caption">
            <span data-lightbox="caption" suppressHydrationWarning />{' '}
            <span className="credit" data-lightbox="credit" suppressHydrationWarning />
          </figcaption>
        </figure>
        <button
          type="button"
          className="lightbox__button lightbox__previous"
          data-lightbox="previous"
          aria-label={words.previous}
        >
          <ChevronPreviousIcon className="icon-mirror" />
        </button>
        <button type="button" className="lightbox__button lightbox__next" data-lightbox="next" aria-label={words.next}>
          <ChevronNextIcon className="icon-mirror" />
        </button>
      </dialog>
    </figure>
  );
}

// One <img> for every image on the site: srcset and sizes from lib/media by role, intrinsic
// width and height (so the browser reserves space: no layout shift), lazy below the fold.
import { focalOf, objectPositionFor } from '@/lib/focal';
import { imageAttributes, type CardLayout, type ImageRole, type ImageSource } from '@/lib/media';

export function Picture({
  image,
  alt,
  role,
  priority = false,
  className,
  crop,
  card,
}: {
  image: ImageSource;
  alt: string;
  role: ImageRole;
  /** The largest image above the fold: loaded eagerly with high priority. */
  priority?: boolean;
  className?: string;
  /**
   * Drawn at this ratio ("5:4"), cut around the focus point (0–100 from left and top: a front
   * slot's own), or without one around the picture's focal point, as the server cuts its crops.
   */
  crop?: { ratio: string; focusX?: number; focusY?: number } | null;
  /** For `role="card"`: where the front's grid draws it (its `sizes` follow). */
  card?: CardLayout;
}) {
  const attrs = imageAttributes(image, role, card);
  const style = crop
    ? { aspectRatio: crop.ratio.replace(':', ' / '), objectPosition: cropPosition(image, crop) }
    : { aspectRatio: `${attrs.width} / ${attrs.height}` };
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload, so next/image's optimizer is not needed
    <img
      {...attrs}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={`h-auto w-full bg-muted object-cover ${className ?? ''}`}
      style={style}
    />
  );
}

function cropPosition(image: ImageSource, crop: { ratio: string; focusX?: number; focusY?: number }): string {
  if (crop.focusX !== undefined && crop.focusY !== undefined) return `${crop.focusX}% ${crop.focusY}%`;
  const [w, h] = crop.ratio.split(':').map(Number);
  if (!(w > 0 && h > 0 && image.width > 0 && image.height > 0)) return '50% 50%';
  return objectPositionFor(image.width, image.height, w / h, focalOf(image));
}

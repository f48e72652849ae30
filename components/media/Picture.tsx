// One <img> for every image on the site: srcset and sizes from lib/media by role, intrinsic
// width and height (so the browser reserves space: no layout shift), lazy below the fold.
import { imageAttributes, type ImageRole, type ImageSource } from '@/lib/media';

export function Picture({
  image,
  alt,
  role,
  priority = false,
  className,
}: {
  image: ImageSource;
  alt: string;
  role: ImageRole;
  /** The largest image above the fold: loaded eagerly with high priority. */
  priority?: boolean;
  className?: string;
}) {
  const attrs = imageAttributes(image, role);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload, so next/image's optimizer is not needed
    <img
      {...attrs}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={`h-auto w-full bg-muted object-cover ${className ?? ''}`}
      style={{ aspectRatio: `${attrs.width} / ${attrs.height}` }}
    />
  );
}

import type { MediaItem } from '@/lib/content/reader';

export interface GalleryPicture {
  image: MediaItem;
  alt: string;
  caption: string;
  credit: string;
}

/** Issue 18 (in progress): thumbnails linking to the full pictures; the lightbox comes with its island. */
export function Gallery({ pictures }: { pictures: GalleryPicture[]; title?: string; hero?: boolean }) {
  return <ul>{pictures.length}</ul>;
}

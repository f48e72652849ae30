/**
 * The video, audio and gallery pictures of an article as crawlers are told about them (JSON-LD,
 * og:video, video sitemaps): only what a reader can play, with absolute URLs. Built from the same
 * data the page renders.
 */
import { avUrl } from '@/lib/av/storage';
import { readBody, type Block } from '@/lib/content/blocks';
import type { ArticleFull, AvItem, GalleryItem, MediaItem, Rendition } from '@/lib/content/reader';
import { isoDuration } from '@/lib/format';
import { mediaUrl } from '@/lib/media';
import { absoluteUrl } from '@/lib/urls';

type JsonLd = Record<string, unknown>;

/** The MP4 rendition with the most lines: what a crawler (or a download) should fetch. */
export function largestMp4(item: Pick<AvItem, 'renditions'>): Rendition | undefined {
  return item.renditions
    .filter((r) => r.role === 'mp4')
    .reduce<Rendition | undefined>((best, r) => ((r.height ?? 0) > (best?.height ?? -1) ? r : best), undefined);
}

/** The audio file readers play. */
export function audioRendition(item: Pick<AvItem, 'renditions'>): Rendition | undefined {
  return item.renditions.find((r) => r.role === 'audio');
}

/** A picture's widest variant: its absolute URL and size. */
export function largestPicture(image: Pick<MediaItem, 'file' | 'width' | 'height' | 'variants'>): {
  url: string;
  width: number;
  height: number;
} {
  const width = image.variants.length ? Math.max(...image.variants) : image.width;
  return {
    url: absoluteUrl(mediaUrl(image.file, width)),
    width,
    height: image.width ? Math.round((width * image.height) / image.width) : image.height,
  };
}

export interface PlayableVideo {
  item: AvItem;
  /** The block's caption (none for the hero). */
  caption?: string;
  /** The absolute URL of the largest MP4. */
  contentUrl: string;
  /** The absolute URL of the poster's widest variant. */
  thumbnailUrl: string;
}

/** A video crawlers may be told about: ready, with a poster and an MP4 (a video rich result needs both). */
export function playableVideo(item: AvItem | null | undefined, caption?: string): PlayableVideo | null {
  if (!item || item.kind !== 'video' || item.status !== 'ready' || !item.poster) return null;
  const mp4 = largestMp4(item);
  if (!mp4) return null;
  return {
    item,
    caption,
    contentUrl: absoluteUrl(avUrl(item.storageKey, mp4.file)),
    thumbnailUrl: largestPicture(item.poster).url,
  };
}

/** The article's playable videos, the hero first, each once. */
export function articleVideos(article: ArticleFull, blocks: Block[] = readBody(article.body)): PlayableVideo[] {
  const found = [
    playableVideo(article.heroVideo, article.heroCaption || undefined),
    ...blocks.map((b) => (b.type === 'video' ? playableVideo(article.av[b.mediaId], b.caption) : null)),
  ];
  const byId = new Map<number, PlayableVideo>();
  for (const video of found) if (video && !byId.has(video.item.id)) byId.set(video.item.id, video);
  return [...byId.values()];
}

/** The article's ready audio items with their block captions, each once. */
export function articleAudios(
  article: ArticleFull,
  blocks: Block[] = readBody(article.body),
): { item: AvItem; caption?: string; rendition: Rendition }[] {
  const seen = new Set<number>();
  return blocks.flatMap((b) => {
    if (b.type !== 'audio') return [];
    const item = article.av[b.mediaId];
    const rendition = item && audioRendition(item);
    if (!item || item.kind !== 'audio' || item.status !== 'ready' || !rendition || seen.has(item.id)) return [];
    seen.add(item.id);
    return [{ item, caption: b.caption, rendition }];
  });
}

/** The pictures of the hero gallery and the body's galleries, in page order, each once. */
export function articleGalleryPictures(
  article: ArticleFull,
  blocks: Block[] = readBody(article.body),
): { image: MediaItem; caption: string }[] {
  const items: GalleryItem[] = [
    ...article.heroGallery,
    ...blocks.flatMap((b) => (b.type === 'gallery' ? b.items : [])),
  ];
  const seen = new Set<number>();
  return items.flatMap((item) => {
    const image = article.media[item.mediaId];
    if (!image || seen.has(image.id)) return [];
    seen.add(image.id);
    return [{ image, caption: item.caption ?? image.caption }];
  });
}

/** schema.org VideoObject of a playable video. */
export function videoObject(video: PlayableVideo, fallback: { name: string; description: string }): JsonLd {
  const { item } = video;
  return {
    '@type': 'VideoObject',
    name: item.title || fallback.name,
    description: item.description || video.caption || fallback.description,
    thumbnailUrl: [video.thumbnailUrl],
    uploadDate: item.createdAt,
    duration: isoDuration(item.durationMs),
    contentUrl: video.contentUrl,
    encodingFormat: 'video/mp4',
    ...(item.width && item.height ? { width: item.width, height: item.height } : {}),
  };
}

/** schema.org AudioObject of a ready audio item. */
export function audioObject(
  audio: { item: AvItem; caption?: string; rendition: Rendition },
  fallback: { name: string; description: string },
): JsonLd {
  const { item, rendition } = audio;
  return {
    '@type': 'AudioObject',
    name: item.title || fallback.name,
    description: item.description || audio.caption || fallback.description,
    uploadDate: item.createdAt,
    duration: isoDuration(item.durationMs),
    contentUrl: absoluteUrl(avUrl(item.storageKey, rendition.file)),
    encodingFormat: rendition.mime,
  };
}

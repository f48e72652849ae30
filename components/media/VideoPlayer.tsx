import type { AvItem } from '@/lib/content/reader';

/** Issue 18 (in progress): the native player; the outlet's controls come with the player island. */
export function VideoPlayer({ video }: { video: AvItem; caption?: string; hero?: boolean }) {
  return <video controls preload="none" aria-label={video.title || 'Video'} />;
}

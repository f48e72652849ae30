import type { AvItem } from '@/lib/content/reader';

/** Issue 18 (in progress): the native player; the compact bar comes with the player island. */
export function AudioPlayer({ audio }: { audio: AvItem; caption?: string }) {
  return <audio controls preload="none" aria-label={audio.title || 'Audio'} />;
}

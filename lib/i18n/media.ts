/**
 * The players' and the gallery's words (lib/islands/media-messages.ts) in the page's edition, from
 * the catalogue's "Media" namespace; the components render them into the markup, as before.
 */
import { useTranslations } from 'next-intl';
import type { MediaMessages } from '@/lib/islands/media-messages';

export function useMediaMessages(): MediaMessages {
  const t = useTranslations('Media');
  return {
    play: t('play'),
    pause: t('pause'),
    mute: t('mute'),
    volume: t('volume'),
    back: (seconds) => t('back', { seconds }),
    forward: (seconds) => t('forward', { seconds }),
    seek: t('seek'),
    captions: t('captions'),
    fullScreen: t('fullScreen'),
    pictureInPicture: t('pictureInPicture'),
    speed: t('speed'),
    download: t('download'),
    downloadFile: (size) => t('downloadFile', { size }),
    videoPlayer: (title) => (title ? t('videoPlayer', { title }) : t('video')),
    audioPlayer: (title) => (title ? t('audioPlayer', { title }) : t('audio')),
    videoControls: t('videoControls'),
    audioControls: t('audioControls'),
    noVideo: t('noVideo'),
    noAudio: t('noAudio'),
    downloadInstead: t('downloadInstead'),
    transcript: t('transcript'),
    timeOf: t('timeOf'),
    gallery: (count) => t('gallery', { count }),
    openPicture: (n, count) => t('openPicture', { n, count }),
    close: t('close'),
    previous: t('previous'),
    next: t('next'),
  };
}

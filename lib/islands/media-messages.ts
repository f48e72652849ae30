/**
 * The words of the players and the gallery's lightbox (issue 18). The server components render
 * them into the markup (button labels, and the alternate label of a button whose label changes as
 * `data-label-on`), so the player and lightbox code hold no text of their own, as the islands'
 * words do (lib/islands/messages.ts); they are not on the islands script itself because only pages
 * with a player or a gallery need them. An edition's catalogue can pass its own.
 */
export const MEDIA_MESSAGES = {
  play: 'Play',
  pause: 'Pause',
  mute: 'Mute',
  volume: 'Volume',
  back: (seconds: number) => `Back ${seconds} seconds`,
  forward: (seconds: number) => `Forward ${seconds} seconds`,
  seek: 'Seek',
  captions: 'Captions',
  fullScreen: 'Full screen',
  pictureInPicture: 'Picture in picture',
  speed: 'Speed',
  download: 'Download video',
  downloadFile: (size: string) => `MP4, ${size}`,
  videoPlayer: (title: string) => (title ? `Video: ${title}` : 'Video'),
  audioPlayer: (title: string) => (title ? `Audio: ${title}` : 'Audio'),
  videoControls: 'Video controls',
  audioControls: 'Audio controls',
  noVideo: 'Your browser cannot play this video here.',
  noAudio: 'Your browser cannot play this audio here.',
  downloadInstead: 'Download it',
  transcript: 'Transcript',
  timeOf: 'of',
  gallery: (count: number) => `Gallery, ${count} pictures`,
  openPicture: (n: number, count: number) => `picture ${n} of ${count}, opens full size`,
  close: 'Close',
  previous: 'Previous picture',
  next: 'Next picture',
};

/** The words' shape; reader pages take their edition's (lib/i18n/media.ts). */
export type MediaMessages = {
  [K in keyof typeof MEDIA_MESSAGES]: (typeof MEDIA_MESSAGES)[K] extends string ? string : (typeof MEDIA_MESSAGES)[K];
};

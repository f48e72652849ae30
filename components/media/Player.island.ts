// Runs in the browser: the outlet's controls drive the media element (play, seek, volume, captions, full screen), which only the browser has; without JavaScript the native controls stay.
import type { Replay } from '@/components/media/media.island';

type Hls = {
  loadSource(url: string): void;
  attachMedia(media: HTMLMediaElement): void;
};
type HlsModule = { default: { isSupported(): boolean; new (config: object): Hls } };

/** Shortcuts while focus is in the player (YouTube's keys); each works where its button is. */
const KEYS: Record<string, string> = {
  ' ': 'play',
  k: 'play',
  j: 'back',
  ArrowLeft: 'back',
  l: 'forward',
  ArrowRight: 'forward',
  m: 'mute',
  f: 'fullscreen',
  c: 'captions',
};

const HLS_TYPE = 'application/vnd.apple.mpegurl';

/** 83 → "1:23", 3723 → "1:02:03". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds || 0));
  const mm = `${Math.floor(s / 60) % 60}`;
  const ss = `${s % 60}`.padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/**
 * Where the picture comes from, decided on the first play (so nothing is fetched before the reader
 * asks): the HLS ladder natively where the browser plays HLS (Safari; Chromium answers "maybe"
 * too), hls.js over Media Source Extensions where it does not, else the MP4 sources as rendered.
 * The choice is written to the figure's `data-source` ("native-hls", "hls.js" or "mp4").
 */
async function chooseSource(figure: HTMLElement, video: HTMLVideoElement): Promise<void> {
  const master = figure.dataset.hls;
  // A seek made before the first play is kept across the change of source.
  const start = video.currentTime;
  let source = 'mp4';
  if (master && video.canPlayType(HLS_TYPE)) {
    video.src = master;
    video.currentTime = start;
    source = 'native-hls';
  } else if (master && 'MediaSource' in window) {
    try {
      const { default: Hls } = (await import(__HLS_CHUNK__)) as HlsModule;
      if (Hls.isSupported()) {
        // No worker: it would be made from a blob: URL, which the CSP's worker-src does not allow.
        const hls = new Hls({ enableWorker: false, capLevelToPlayerSize: true, startPosition: start });
        hls.loadSource(master);
        hls.attachMedia(video);
        source = 'hls.js';
      }
    } catch {
      // hls.js could not be loaded: the MP4 sources play.
    }
  }
  figure.dataset.source = source;
}

export function enhance(figure: HTMLElement): Replay {
  const media = figure.querySelector<HTMLMediaElement>('video, audio')!;
  const video = media instanceof HTMLVideoElement ? media : null;
  const frame = figure.querySelector<HTMLElement>('.player__frame') ?? figure;
  const $ = <T extends HTMLElement>(selector: string) => figure.querySelector<T>(selector);
  const button = (action: string) => $<HTMLButtonElement>(`[data-action="${action}"]`);
  const seek = $<HTMLInputElement>('[data-control="seek"]');
  const volume = $<HTMLInputElement>('[data-control="volume"]');
  const speed = $<HTMLSelectElement>('[data-control="speed"]');
  const current = $('[data-time="current"]');
  const total = $('[data-time="duration"]');
  const step = Number(figure.dataset.step) || 10;
  const known = Number(figure.dataset.duration) || 0;
  const duration = () => (Number.isFinite(media.duration) && media.duration > 0 ? media.duration : known);

  // media.island.ts has already put the bar in place of the native controls.

  const press = (action: string, on: boolean) => button(action)?.setAttribute('aria-pressed', String(on));

  let started: Promise<void> | undefined;
  const play = () => {
    started ??= video ? chooseSource(figure, video) : Promise.resolve();
    // A rejected play (the browser's autoplay rules) leaves the button as it is.
    started.then(() => media.play()).catch(() => {});
  };
  const seekTo = (time: number) => {
    media.currentTime = Math.min(Math.max(time, 0), duration() || time);
    showTime();
  };
  const tracks = () => Array.from(media.textTracks).filter((t) => t.kind === 'subtitles' || t.kind === 'captions');
  let lastTrack = 0;
  const fullScreenElement = () => document.fullscreenElement;

  const actions: Record<string, () => unknown> = {
    play: () => (media.paused || media.ended ? play() : media.pause()),
    // The large button over a paused video (shown by CSS only while the bar is).
    start: () => play(),
    back: () => seekTo(media.currentTime - step),
    forward: () => seekTo(media.currentTime + step),
    mute: () => {
      media.muted = !media.muted;
      if (!media.muted && media.volume === 0) media.volume = 1;
    },
    captions: () => {
      const list = tracks();
      const showing = list.findIndex((t) => t.mode === 'showing');
      if (showing >= 0) lastTrack = showing;
      list.forEach((t, i) => (t.mode = showing < 0 && i === lastTrack ? 'showing' : 'disabled'));
      showCaptions();
    },
    fullscreen: () => {
      if (fullScreenElement()) return document.exitFullscreen();
      // iPhones have full screen for the video element only (with the system's controls).
      if (frame.requestFullscreen) return frame.requestFullscreen().catch(() => {});
      (video as HTMLVideoElement & { webkitEnterFullscreen?: () => void })?.webkitEnterFullscreen?.();
    },
    pip: () =>
      (document.pictureInPictureElement ? document.exitPictureInPicture() : video?.requestPictureInPicture())?.catch(
        () => {},
      ),
  };

  // --- what the controls show follows the media element's own events
  const showTime = () => {
    const d = duration();
    const t = media.currentTime;
    if (seek) {
      if (d) seek.max = String(d);
      seek.value = String(t);
      seek.setAttribute('aria-valuetext', `${clock(t)} ${seek.dataset.of ?? '/'} ${clock(d)}`);
    }
    if (current) current.textContent = clock(t);
    if (total && d) total.textContent = clock(Math.round(d));
  };
  const showPlaying = () => {
    const playing = !media.paused && !media.ended;
    figure.toggleAttribute('data-playing', playing);
    const b = button('play');
    if (b) {
      b.dataset.labelOff ??= b.getAttribute('aria-label') ?? '';
      b.setAttribute('aria-label', (playing ? b.dataset.labelOn : b.dataset.labelOff) ?? '');
    }
  };
  const showVolume = () => {
    press('mute', media.muted || media.volume === 0);
    if (volume) volume.value = String(media.muted ? 0 : media.volume);
  };
  const showCaptions = () =>
    press(
      'captions',
      tracks().some((t) => t.mode === 'showing'),
    );
  const showFullScreen = () => {
    const on = fullScreenElement() === frame;
    press('fullscreen', on);
    figure.toggleAttribute('data-fullscreen', on);
  };

  for (const type of ['timeupdate', 'durationchange', 'loadedmetadata', 'seeked', 'emptied'])
    media.addEventListener(type, showTime);
  for (const type of ['play', 'pause', 'ended', 'playing']) media.addEventListener(type, showPlaying);
  media.addEventListener('volumechange', showVolume);
  media.addEventListener('ratechange', () => speed && (speed.value = String(media.playbackRate)));
  // One voice at a time: starting this one pauses any other player on the page.
  media.addEventListener('play', () =>
    document.querySelectorAll<HTMLMediaElement>('video, audio').forEach((other) => other !== media && other.pause()),
  );
  media.textTracks.addEventListener('change', showCaptions);
  document.addEventListener('fullscreenchange', showFullScreen);
  if (video) {
    video.addEventListener('enterpictureinpicture', () => press('pip', true));
    video.addEventListener('leavepictureinpicture', () => press('pip', false));
    const pip = button('pip');
    if (pip && document.pictureInPictureEnabled && !video.disablePictureInPicture) pip.hidden = false;
    const fs = button('fullscreen');
    if (fs && !document.fullscreenEnabled && !('webkitEnterFullscreen' in video)) fs.hidden = true;
  }

  seek?.addEventListener('input', () => seekTo(Number(seek.value)));
  volume?.addEventListener('input', () => {
    media.volume = Number(volume.value);
    media.muted = media.volume === 0;
  });
  speed?.addEventListener('change', () => (media.playbackRate = Number(speed.value)));

  const onClick = (event: Event) => {
    const target = event.target as HTMLElement;
    const control = target.closest<HTMLElement>('[data-action]');
    if (control) actions[control.dataset.action!]?.();
    else if (target === video) actions.play();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const action = KEYS[key];
    const control = (event.target as HTMLElement).closest('button, a, input, select');
    // Space presses a focused button; arrows move a focused slider or choice.
    if (!action || (key === ' ' && control) || (key.startsWith('Arrow') && control?.matches('input, select'))) return;
    if (control?.matches('select') || !button(action)) return;
    event.preventDefault();
    actions[action]();
  };
  figure.addEventListener('click', onClick);
  figure.addEventListener('keydown', onKey);
  video?.addEventListener('dblclick', () => actions.fullscreen());

  showTime();
  showPlaying();
  showVolume();
  showCaptions();
  return (event) => (event.type === 'keydown' ? onKey(event as KeyboardEvent) : onClick(event));
}

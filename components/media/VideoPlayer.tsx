/**
 * A video in the body or as the hero (issue 18). Without JavaScript it is the browser's own player:
 * `<video controls>` with the poster, the MP4 renditions and the caption tracks. With it,
 * media.island.ts swaps the native controls for the outlet's bar rendered here (hidden), and the
 * player chunk (Player.island.ts) drives it; the island reads its data from `data-*` attributes.
 */
import { avUrl } from '@/lib/av/storage';
import type { AvItem, Rendition } from '@/lib/content/reader';
import type { MediaMessages } from '@/lib/islands/media-messages';
import { useMediaMessages } from '@/lib/i18n/media';
import { mediaUrl } from '@/lib/media';
import {
  CaptionsIcon,
  DownloadIcon,
  ExitFullScreenIcon,
  FullScreenIcon,
  MutedIcon,
  PictureInPictureIcon,
  PlayIcon,
  VolumeIcon,
} from '@/components/icons/Icons';
import { ControlButton, SeekBar, SpeedSelect, TransportButtons } from '@/components/media/PlayerControls';
import { formatBytes } from '@/lib/format';

/** Seconds the step buttons and j/l move. */
export const VIDEO_STEP_SECONDS = 10;
/** The poster is one URL (no srcset): the variant that fills the 46rem column on a phone or a laptop. */
const POSTER_WIDTH = 960;
/** Narrower viewports than this get the smallest rendition first. */
const WIDE_VIEWPORT = '(min-width: 40em)';

/** The poster's URL: the widest variant up to POSTER_WIDTH, or the narrowest there is. */
export function posterUrl(poster: NonNullable<AvItem['poster']>): string {
  const widths = poster.variants.length ? poster.variants : [poster.width];
  const fitting = widths.filter((w) => w <= POSTER_WIDTH);
  return mediaUrl(poster.file, fitting.length ? fitting[fitting.length - 1] : widths[0]);
}

/**
 * The MP4 renditions as `<source>`s, in the order a browser should try them. The browser takes
 * the first it can play, so the larger comes first with a `media` condition (Chrome 120+, Firefox
 * 120+ and Safari honour it on video sources; an older browser takes it everywhere) and the
 * smallest last without one: phones get 360p, wider screens 720p. 1080p is left to HLS, whose
 * ladder adapts to the player's size and the connection (an MP4 that large would be fetched whole
 * for a 46rem column), and to the download link.
 */
export function videoSources(renditions: Rendition[]): { src: string; type: string; media?: string; height: number }[] {
  const mp4 = renditions
    .filter((r) => r.role === 'mp4')
    .map((r) => ({ file: r.file, mime: r.mime, height: r.height ?? 0 }))
    .sort((a, b) => b.height - a.height);
  const sensible = mp4.filter((r) => r.height <= 720);
  const chosen = sensible.length ? sensible : mp4.slice(-1);
  return chosen.map((r, i) => ({
    src: r.file,
    type: r.mime || 'video/mp4',
    media: i < chosen.length - 1 ? WIDE_VIEWPORT : undefined,
    height: r.height,
  }));
}

export function VideoPlayer({
  video,
  caption,
  hero = false,
  words: given,
}: {
  video: AvItem;
  caption?: string;
  /** The story's hero: its poster is the page's largest picture, so it is preloaded at high priority. */
  hero?: boolean;
  /** The words; the page's edition's when left out. */
  words?: MediaMessages;
}) {
  const editionWords = useMediaMessages();
  const words = given ?? editionWords;
  const url = (file: string) => avUrl(video.storageKey, file);
  const sources = videoSources(video.renditions);
  const hls = video.renditions.find((r) => r.role === 'hls');
  const largest = video.renditions.filter((r) => r.role === 'mp4').sort((a, b) => (b.height ?? 0) - (a.height ?? 0))[0];
  const poster = video.poster ? posterUrl(video.poster) : undefined;
  const width = video.width || 16;
  const height = video.height || 9;
  const text = caption || video.description;
  const fallback = sources[0] ? url(sources[0].src) : undefined;
  const downloadName = largest ? `${(video.title || 'video').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.mp4` : '';
  return (
    <figure
      className={`player player--video${hero ? ' player--hero' : ''}`}
      data-island="player"
      data-source="mp4"
      data-hls={hls ? url(hls.file) : undefined}
      data-duration={video.durationMs / 1000}
      data-step={VIDEO_STEP_SECONDS}
    >
      {/* The LCP element of a story with a video hero, fetched first: React hoists the link into the <head>.
          (react-dom's preload() only leaves a hint in the RSC payload, which reader pages are sent without.) */}
      {hero && poster ? <link rel="preload" as="image" href={poster} fetchPriority="high" /> : null}
      <div className="player__frame">
        <video
          className="player__video"
          controls
          // Nothing is fetched before the reader presses play: the poster stands in, and the
          // duration shown comes from processing. Not even metadata: it would cost every reader
          // a request per video, above all on a hero.
          preload="none"
          poster={poster}
          width={width}
          height={height}
          playsInline
          controlsList={video.allowDownload ? undefined : 'nodownload'}
          aria-label={words.videoPlayer(video.title)}
          style={{ aspectRatio: `${width} / ${height}` }}
        >
          {sources.map((s) => (
            <source key={s.src} src={url(s.src)} type={s.type} media={s.media} />
          ))}
          {video.captions.map((t) => (
            <track key={t.url} kind="subtitles" srcLang={t.lang} label={t.label} src={t.url} />
          ))}
          {fallback ? (
            <p>
              {words.noVideo} <a href={fallback}>{words.downloadInstead}</a>
            </p>
          ) : null}
        </video>
        {/* The large play button over the poster, for a pointer or a finger: CSS shows it only
            beside the outlet's bar and while paused. Keyboard and screen-reader users have the
            bar's own Play button, so this one stays out of their way. */}
        <button type="button" className="player__start" data-action="start" tabIndex={-1} aria-hidden="true">
          <PlayIcon />
        </button>
        <div className="player__bar" hidden dir="ltr" role="group" aria-label={words.videoControls}>
          {/* Speed beside the time, so the buttons' row fits a phone's width at 44 px a button. */}
          <SeekBar durationMs={video.durationMs} words={words}>
            <SpeedSelect words={words} />
          </SeekBar>
          <div className="player__buttons">
            <TransportButtons step={VIDEO_STEP_SECONDS} words={words} />
            <ControlButton action="mute" label={words.mute} pressed={false}>
              <VolumeIcon className="player__off" />
              <MutedIcon className="player__on" />
            </ControlButton>
            <input
              type="range"
              className="player__range player__volume"
              data-control="volume"
              min={0}
              max={1}
              step={0.05}
              defaultValue={1}
              aria-label={words.volume}
            />
            <span className="player__spacer" />
            {video.captions.length ? (
              <ControlButton action="captions" label={words.captions} pressed={false}>
                <CaptionsIcon />
              </ControlButton>
            ) : null}
            <ControlButton action="pip" label={words.pictureInPicture} pressed={false} hidden>
              <PictureInPictureIcon />
            </ControlButton>
            {video.allowDownload && largest ? (
              <a
                className="player__button"
                href={url(largest.file)}
                download={downloadName}
                aria-label={`${words.download} (${words.downloadFile(formatBytes(largest.bytes))})`}
              >
                <DownloadIcon />
              </a>
            ) : null}
            <ControlButton action="fullscreen" label={words.fullScreen} pressed={false}>
              <FullScreenIcon className="player__off" />
              <ExitFullScreenIcon className="player__on" />
            </ControlButton>
          </div>
        </div>
      </div>
      {video.title || text || video.credit ? (
        <figcaption>
          {video.title ? <strong className="player__title">{video.title}</strong> : null}
          {text ? <span> {text}</span> : null}
          {video.credit ? <span className="credit"> {video.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * Audio in the body (music, radio, a podcast episode; issue 18). Without JavaScript the browser's
 * own `<audio controls>`; with it media.island.ts shows the compact bar rendered here (hidden) and
 * the player chunk (Player.island.ts, the same code as video) drives it. The transcript, when
 * staff gave one, follows in a <details>, open to every reader and to search engines alike.
 */
import { avUrl } from '@/lib/av/storage';
import type { AvItem } from '@/lib/content/reader';
import type { MediaMessages } from '@/lib/islands/media-messages';
import { useMediaMessages } from '@/lib/i18n/media';
import { Picture } from '@/components/media/Picture';
import { SeekBar, SpeedSelect, TransportButtons } from '@/components/media/PlayerControls';

/** Seconds the step buttons and j/l move: a spoken sentence or two. */
export const AUDIO_STEP_SECONDS = 15;

export function AudioPlayer({
  audio,
  caption,
  words: given,
}: {
  audio: AvItem;
  caption?: string;
  /** The words; the page's edition's when left out. */
  words?: MediaMessages;
}) {
  const editionWords = useMediaMessages();
  const words = given ?? editionWords;
  const url = (file: string) => avUrl(audio.storageKey, file);
  const sources = audio.renditions.filter((r) => r.role === 'audio');
  const text = caption || audio.description;
  const paragraphs = audio.transcript
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className="audio-block">
      <figure
        className={`player player--audio${audio.poster ? ' player--artwork' : ''}`}
        data-island="player"
        data-duration={audio.durationMs / 1000}
        data-step={AUDIO_STEP_SECONDS}
      >
        {audio.poster ? (
          <span className="player__artwork">
            <Picture image={audio.poster} alt="" role="thumb" />
          </span>
        ) : null}
        <div className="player__frame">
          <audio controls preload="metadata" aria-label={words.audioPlayer(audio.title)}>
            {sources.map((s) => (
              <source key={s.file} src={url(s.file)} type={s.mime} />
            ))}
            {audio.captions.map((t) => (
              <track key={t.url} kind="subtitles" srcLang={t.lang} label={t.label} src={t.url} />
            ))}
            {sources[0] ? (
              <p>
                {words.noAudio} <a href={url(sources[0].file)}>{words.downloadInstead}</a>
              </p>
            ) : null}
          </audio>
          <div className="player__bar" hidden dir="ltr" role="group" aria-label={words.audioControls}>
            <div className="player__buttons">
              <TransportButtons step={AUDIO_STEP_SECONDS} words={words} />
            </div>
            <SeekBar durationMs={audio.durationMs} words={words} />
            <SpeedSelect words={words} />
          </div>
        </div>
        {audio.title || text || audio.credit ? (
          <figcaption>
            {audio.title ? <strong className="player__title">{audio.title}</strong> : null}
            {text ? <span> {text}</span> : null}
            {audio.credit ? <span className="credit"> {audio.credit}</span> : null}
          </figcaption>
        ) : null}
      </figure>
      {paragraphs.length ? (
        <details className="player__transcript">
          <summary>{words.transcript}</summary>
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </details>
      ) : null}
    </div>
  );
}

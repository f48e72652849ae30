/**
 * The parts of the players' own control bar (issue 18), shared by VideoPlayer and AudioPlayer. The
 * bar is server-rendered `hidden`: without JavaScript the native controls are the player, and
 * Player.island.ts shows the bar (CSS keeps its room from the first paint, so nothing moves).
 * Every word comes from MEDIA_MESSAGES; a button whose label changes carries the other one
 * (`data-label-on`), the toggles say their state with aria-pressed.
 */
import { BackIcon, ForwardIcon, PauseIcon, PlayIcon } from '@/components/icons/Icons';
import { formatDuration } from '@/lib/format';
import type { MediaMessages } from '@/lib/islands/media-messages';

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export function ControlButton({
  action,
  label,
  labelOn,
  pressed,
  hidden,
  children,
}: {
  action: string;
  label: string;
  /** The label while the action's state is on (Play → Pause). */
  labelOn?: string;
  /** A toggle: rendered with aria-pressed="false". */
  pressed?: boolean;
  hidden?: boolean;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className="player__button"
      data-action={action}
      aria-label={label}
      data-label-on={labelOn}
      aria-pressed={pressed === undefined ? undefined : pressed}
      hidden={hidden}
    >
      {children}
    </button>
  );
}

/** The seek bar and the time, "0:00 / 1:23" (the duration known from processing, before any metadata), then `children`. */
export function SeekBar({
  durationMs,
  words,
  children,
}: {
  durationMs: number;
  words: MediaMessages;
  children?: React.ReactNode;
}) {
  const total = formatDuration(durationMs);
  return (
    <div className="player__seek">
      <input
        type="range"
        className="player__range"
        data-control="seek"
        min={0}
        max={Math.max(durationMs / 1000, 0.001)}
        step="any"
        defaultValue={0}
        aria-label={words.seek}
        aria-valuetext={`0:00 ${words.timeOf} ${total}`}
        data-of={words.timeOf}
      />
      <span className="player__time">
        <span data-time="current">0:00</span>
        <span aria-hidden="true"> / </span>
        <span className="sr-only"> {words.timeOf} </span>
        <span data-time="duration">{total}</span>
      </span>
      {children}
    </div>
  );
}

export function SpeedSelect({ words }: { words: MediaMessages }) {
  return (
    <select className="player__speed" data-control="speed" defaultValue="1" aria-label={words.speed}>
      {SPEEDS.map((s) => (
        <option key={s} value={String(s)}>
          {`${s}×`}
        </option>
      ))}
    </select>
  );
}

/** Play/pause and the steps back and forward by `step` seconds: the first buttons of both players. */
export function TransportButtons({ step, words }: { step: number; words: MediaMessages }) {
  return (
    <>
      <ControlButton action="play" label={words.play} labelOn={words.pause}>
        <PlayIcon className="player__off" />
        <PauseIcon className="player__on" />
      </ControlButton>
      <ControlButton action="back" label={words.back(step)}>
        <BackIcon seconds={step} />
      </ControlButton>
      <ControlButton action="forward" label={words.forward(step)}>
        <ForwardIcon seconds={step} />
      </ControlButton>
    </>
  );
}

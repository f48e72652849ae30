'use client';
// Runs in the browser because the marker follows clicks, taps and arrow keys and the crop previews follow the marker; without JavaScript the media page's number fields set the same point.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { normaliseFocal, objectPositionFor, type FocalPoint } from '@/lib/focal';

/** The crops the server cuts around the point (lib/og/paths.ts CROPS and the 1.91:1 share image). */
const PREVIEWS = [
  { label: '16:9', ratio: 16 / 9, css: '16 / 9' },
  { label: '4:3', ratio: 4 / 3, css: '4 / 3' },
  { label: '1:1', ratio: 1, css: '1 / 1' },
  { label: 'Share image', ratio: 1200 / 630, css: '1200 / 630' },
] as const;

const percent = (n: number) => Math.round(n * 1000) / 10;

/**
 * A picture with a marker on its focal point: click or tap to place it, or focus the picture and
 * move it with the arrow keys (Shift: bigger steps). Below, the 16:9, 4:3, 1:1 and share-image
 * crops as the server will cut them (the same lib/focal.ts rectangle, drawn with object-position).
 */
export function FocalPointSetter({
  src,
  alt,
  width,
  height,
  value,
  onChange,
  idPrefix,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
  value: FocalPoint;
  onChange: (focal: FocalPoint) => void;
  idPrefix: string;
}) {
  const area = useRef<HTMLDivElement>(null);
  const set = (x: number, y: number) =>
    onChange({ x: normaliseFocal(Math.min(1, Math.max(0, x))), y: normaliseFocal(Math.min(1, Math.max(0, y))) });
  const onPointer = (event: PointerEvent<HTMLDivElement>) => {
    if (event.type === 'pointermove' && event.buttons !== 1) return;
    const box = area.current?.getBoundingClientRect();
    if (!box || !box.width || !box.height) return;
    set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 0.1 : 0.01;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (event.key === 'Home') set(0.5, 0.5);
    else if (move) set(value.x + move[0], value.y + move[1]);
    else return;
    event.preventDefault();
  };
  const where = `${percent(value.x)}% across, ${percent(value.y)}% down`;
  return (
    <div className="focal-setter">
      <div>
        <div
          ref={area}
          role="slider"
          tabIndex={0}
          aria-label="Focal point: click the picture, or use the arrow keys (Shift for bigger steps, Home for the centre)"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent(value.x)}
          aria-valuetext={where}
          aria-describedby={`${idPrefix}-where`}
          className="focal-area"
          // The whole picture in view however tall (at most 60vh), sized before it loads: the marker
          // is placed on the picture's own box.
          style={{ width: `min(100%, calc(min(60vh, 30rem) * ${(width / height).toFixed(4)}))` }}
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture?.(event.pointerId);
            onPointer(event);
          }}
          onPointerMove={onPointer}
          onKeyDown={onKey}
          data-focal-x={value.x}
          data-focal-y={value.y}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variants, not next/image */}
          <img src={src} alt={alt} width={width} height={height} draggable={false} className="focal-img" />
          <span
            className="focal-marker"
            aria-hidden="true"
            style={{ left: `${value.x * 100}%`, top: `${value.y * 100}%` }}
          />
        </div>
        <p id={`${idPrefix}-where`} className="mt-1 text-sm text-muted-fg" aria-live="polite">
          Focal point: {where}
        </p>
      </div>
      <div className="focal-previews">
        {PREVIEWS.map((p) => (
          <figure key={p.label} className="m-0">
            {/* eslint-disable-next-line @next/next/no-img-element -- a preview of our own variant */}
            <img
              src={src}
              alt=""
              data-crop={p.label}
              className="block w-full rounded bg-muted object-cover"
              style={{ aspectRatio: p.css, objectPosition: objectPositionFor(width, height, p.ratio, value) }}
            />
            <figcaption className="text-xs text-muted-fg">{p.label}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}

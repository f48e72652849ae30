/**
 * A picture's focal point (its point of interest, 0–1 from the left and from the top) and the
 * crops it decides. Pure: the share image and JSON-LD crops (lib/og/render.ts), the crop URLs
 * (lib/og/paths.ts), cards' object-position (components/media/Picture.tsx) and the newsroom's
 * live preview all use these, so what the editor sees is what the server cuts.
 */

export interface FocalPoint {
  x: number;
  y: number;
}

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

/** Focal points are kept to a thousandth: finer is invisible, and names carry them as 0–1000. */
export const FOCAL_STEPS = 1000;

/** A number in 0–1 rounded to a thousandth; anything else (NaN, out of range) to the centre's 0.5. */
export function normaliseFocal(value: unknown): number {
  const n = typeof value === 'number' ? value : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) return 0.5;
  return Math.round(n * FOCAL_STEPS) / FOCAL_STEPS;
}

/** A stored item's focal point; the centre when it has none (older rows, seeded data in tests). */
export function focalOf(item: { focalX?: number | null; focalY?: number | null }): FocalPoint {
  return { x: normaliseFocal(item.focalX ?? 0.5), y: normaliseFocal(item.focalY ?? 0.5) };
}

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest rectangle of `ratio` (width / height) inside a `width`×`height` picture, centred on
 * the focal point as far as the picture allows (clamped to its edges), in whole pixels.
 */
export function cropRect(width: number, height: number, ratio: number, focal: FocalPoint = CENTRE): CropRect {
  if (!(width > 0 && height > 0 && ratio > 0)) throw new RangeError('cropRect: sizes and ratio must be positive');
  const x = normaliseFocal(focal.x);
  const y = normaliseFocal(focal.y);
  let w = width;
  let h = Math.round(width / ratio);
  if (h > height) {
    h = height;
    w = Math.min(width, Math.round(height * ratio));
  }
  w = Math.max(1, w);
  h = Math.max(1, h);
  const clamp = (start: number, size: number, total: number) => Math.min(Math.max(Math.round(start), 0), total - size);
  return {
    left: clamp(x * width - w / 2, w, width),
    top: clamp(y * height - h / 2, h, height),
    width: w,
    height: h,
  };
}

/**
 * The CSS `object-position` that shows exactly `cropRect`'s window when a `width`×`height`
 * picture is drawn with `object-fit: cover` in a box of `ratio`: the crop's offset as a share of
 * the room to move (50 % where there is none).
 */
export function objectPositionFor(width: number, height: number, ratio: number, focal: FocalPoint): string {
  const r = cropRect(width, height, ratio, focal);
  const pct = (offset: number, room: number) => (room > 0 ? Math.round((offset / room) * 10000) / 100 : 50);
  return `${pct(r.left, width - r.width)}% ${pct(r.top, height - r.height)}%`;
}

/**
 * `object-position` for a box whose ratio is not known here (a card's CSS decides it): the focal
 * point's own percentages, which always keep the point inside the visible window.
 */
export function objectPosition(focal: FocalPoint): string {
  return `${Math.round(focal.x * 1000) / 10}% ${Math.round(focal.y * 1000) / 10}%`;
}

/** The focal point as it goes into a derived image's name: `f{x}x{y}` in thousandths ("f500x500"). */
export function focalToken(focal: FocalPoint): string {
  return `f${Math.round(normaliseFocal(focal.x) * FOCAL_STEPS)}x${Math.round(normaliseFocal(focal.y) * FOCAL_STEPS)}`;
}

/** Reads `focalToken`'s form back; null for anything else (leading zeros, over 1000). */
export function parseFocalToken(token: string): FocalPoint | null {
  const match = /^f(0|[1-9][0-9]{0,3})x(0|[1-9][0-9]{0,3})$/.exec(token);
  if (!match) return null;
  const x = Number(match[1]);
  const y = Number(match[2]);
  if (x > FOCAL_STEPS || y > FOCAL_STEPS) return null;
  return { x: x / FOCAL_STEPS, y: y / FOCAL_STEPS };
}

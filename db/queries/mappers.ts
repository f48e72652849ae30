import type { MediaItem } from '../types';

export function iso(value: Date | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = typeof value === 'number' ? new Date(value * 1000) : value;
  return date.toISOString();
}

export function parseVariants(variants: string): number[] {
  return variants
    .split(',')
    .map((w) => Number(w))
    .filter((w) => Number.isInteger(w) && w > 0)
    .sort((a, b) => a - b);
}

export interface MediaRow {
  id: number | null;
  file: string | null;
  mime: string | null;
  width: number | null;
  height: number | null;
  variants: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  focalX?: number | null;
  focalY?: number | null;
}

export function toMedia(row: MediaRow | null): MediaItem | null {
  if (!row || row.id === null || row.file === null) return null;
  return {
    id: row.id,
    file: row.file,
    mime: row.mime ?? 'image/webp',
    width: row.width ?? 0,
    height: row.height ?? 0,
    variants: parseVariants(row.variants ?? ''),
    alt: row.alt ?? '',
    caption: row.caption ?? '',
    credit: row.credit ?? '',
    focalX: row.focalX ?? 0.5,
    focalY: row.focalY ?? 0.5,
  };
}

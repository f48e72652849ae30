/** Where media files live on disk (MEDIA_DIR, default data/media) and how a request names one. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_FILE_PATTERN } from '@/lib/media';

export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR || 'data/media');
}

const TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/** Reads a stored media file by its public name; null for any name we never generate or a missing file. */
export async function readMediaFile(name: string): Promise<{ data: Buffer; type: string } | null> {
  const match = MEDIA_FILE_PATTERN.exec(name);
  if (!match) return null;
  try {
    const data = await fs.readFile(path.join(mediaDir(), name));
    return { data, type: TYPES[match[3]] };
  } catch {
    return null;
  }
}

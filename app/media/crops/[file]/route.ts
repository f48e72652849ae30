/**
 * JSON-LD image crops: `/media/crops/{file}-{16x9|4x3|1x1}-f{x}x{y}.jpg`, cut from the widest
 * stored variant of a picture around its focal point (lib/og). Immutable like the pictures: a
 * changed image gets a new name. A name with another focal point than the picture's own (or the
 * older name without one) answers 308 to the current crop, so only crops a page names are made.
 */
import { focalOf, focalToken } from '@/lib/focal';
import { cropPath, parseCropName } from '@/lib/og/paths';
import { getCrop } from '@/lib/og/render';
import { focalByFile } from '@/db/queries/media';
import { immutableImageResponse, notFoundResponse } from '@/lib/http';

export const runtime = 'nodejs';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = parseCropName(file);
  if (!name) return notFoundResponse();
  const stored = focalByFile(name.file);
  if (!stored) return notFoundResponse();
  const focal = focalOf(stored);
  if (!name.focal || focalToken(name.focal) !== focalToken(focal)) {
    // Not immutable: the current point moves on with the next edit.
    return new Response(null, {
      status: 308,
      headers: { Location: cropPath(name.file, name.ratio, focal), 'Cache-Control': 'public, max-age=300' },
    });
  }
  const data = await getCrop(name.file, name.ratio, focal);
  if (!data) return notFoundResponse();
  return immutableImageResponse(data, 'image/jpeg');
}

/**
 * JSON-LD image crops: `/media/crops/{file}-{16x9|4x3|1x1}.jpg`, cut from the widest stored
 * variant of a picture (lib/og). Immutable like the pictures: a changed image gets a new name.
 */
import { parseCropName } from '@/lib/og/paths';
import { getCrop } from '@/lib/og/render';
import { immutableImageResponse, notFoundResponse } from '@/lib/http';

export const runtime = 'nodejs';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = parseCropName(file);
  if (!name) return notFoundResponse();
  const data = await getCrop(name.file, name.ratio);
  if (!data) return notFoundResponse();
  return immutableImageResponse(data, 'image/jpeg');
}

/**
 * JSON-LD image crops: `/media/crops/{file}-{16x9|4x3|1x1}.jpg`, cut from the widest stored
 * variant of a picture (lib/og). Immutable like the pictures: a changed image gets a new name.
 */
import { parseCropName } from '@/lib/og/paths';
import { getCrop } from '@/lib/og/render';

export const runtime = 'nodejs';

function notFound() {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = parseCropName(file);
  if (!name) return notFound();
  const data = await getCrop(name.file, name.ratio);
  if (!data) return notFound();
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

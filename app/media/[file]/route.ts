/**
 * Public media files (image variants made at upload or seed time). Open to everyone, like
 * the pages that show them; names are checked against the generated-name pattern, so a
 * request can never reach another path. Immutable: a changed image gets a new name.
 */
import { readMediaFile } from '@/lib/media-store';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = await readMediaFile(file);
  if (!found) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
    });
  }
  return new Response(new Uint8Array(found.data), {
    headers: {
      'Content-Type': found.type,
      'Content-Length': String(found.data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

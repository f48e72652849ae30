/**
 * The islands' chunks, `/assets/islands/{name}-{hash}.js` (lib/islands/chunks.ts): immutable,
 * from our own origin, as the CSP's script-src asks. Unknown names answer 404.
 */
import { notFoundResponse } from '@/lib/http';
import { islandChunkResponse } from '@/lib/islands/chunks';

export const runtime = 'nodejs';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return (await islandChunkResponse(file)) ?? notFoundResponse();
}

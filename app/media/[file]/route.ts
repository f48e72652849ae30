/**
 * Public media files (image variants made at upload or seed time). Open to everyone, like
 * the pages that show them; names are checked against the generated-name pattern, so a
 * request can never reach another path. Immutable: a changed image gets a new name.
 */
import { immutableImageResponse, notFoundResponse } from '@/lib/http';
import { readMediaFile } from '@/lib/media-store';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = await readMediaFile(file);
  return found ? immutableImageResponse(found.data, found.type) : notFoundResponse();
}

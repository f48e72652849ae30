/**
 * GET /shows/{show}/artwork-{id}.jpg — the show's artwork as podcast apps take it (square JPEG).
 * The address names the picture, so it never changes: cached for a year.
 */
import { immutableImageResponse, notFoundResponse } from '@/lib/http';
import { decodeParam } from '@/lib/feeds';
import { showArtworkJpeg } from '@/lib/podcasts';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ edition: string; show: string; file: string }> },
) {
  const { edition, show, file } = await params;
  const match = /^artwork-([1-9][0-9]{0,14})\.jpg$/.exec(file);
  const jpeg = match ? await showArtworkJpeg(edition, decodeParam(show), Number(match[1])) : null;
  return jpeg ? immutableImageResponse(jpeg, 'image/jpeg') : notFoundResponse();
}

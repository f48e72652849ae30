/**
 * Stored files of video, audio and document items: renditions, HLS playlists and segments,
 * captions and documents (lib/av/serve-file.ts). Open to everyone who has the URL: its folder
 * is 32 random hex digits, so an unpublished story's media cannot be guessed.
 */
import { serveAvFile } from '@/lib/av/serve-file';

type Context = { params: Promise<{ key: string; path: string[] }> };

export async function GET(request: Request, { params }: Context) {
  const { key, path } = await params;
  return serveAvFile(request, key, path);
}

// Its own HEAD, so a HEAD never opens the file (Next would otherwise run GET and drop the body).
export async function HEAD(request: Request, { params }: Context) {
  const { key, path } = await params;
  return serveAvFile(request, key, path);
}

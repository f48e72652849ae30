/**
 * Share images: `/og/{id}-{version}.jpg`, 1200×630 JPEG (lib/og renders what components/og
 * draws). The version is a hash of what the image shows, so a response is immutable; a URL with
 * an old version answers 308 to the current one (shares made before a headline or picture change
 * still get a picture), and an unknown or unpublished article answers 404.
 */
import { shareArt } from '@/components/og/ShareImage';
import { readArticle } from '@/lib/content/reader';
import { parseShareImageName, SHARE_IMAGE, shareImagePath, shareImageVersion } from '@/lib/og/paths';
import { getShareImage } from '@/lib/og/render';
import { immutableImageResponse, notFoundResponse } from '@/lib/http';
import { shareImageSubject } from '@/lib/seo/metadata';

export const runtime = 'nodejs';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = parseShareImageName(file);
  if (!name) return notFoundResponse();
  const published = await readArticle(name.id);
  if (!published) return notFoundResponse();
  const article = shareImageSubject(published);
  if (shareImageVersion(article) !== name.version) {
    // Not immutable: the current version moves on with the next edit.
    return new Response(null, {
      status: 308,
      headers: { Location: shareImagePath(article), 'Cache-Control': 'public, max-age=300' },
    });
  }
  const data = await getShareImage(article, shareArt);
  return immutableImageResponse(data, SHARE_IMAGE.type);
}

/**
 * Shows (programmes) for readers: the programme page's data and each show's podcast feed, an
 * RSS 2.0 document with the tags Apple Podcasts and Spotify read (itunes:*, an <enclosure> with
 * length and type per episode, a stable guid). Read through the data cache with the `feeds` tag:
 * every article change expires feeds, and a show's page and feed are lists of its episodes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { Feed, type Item } from 'feed';
import { getShowBySlug, listEpisodes, listShows, type Episode, type Show } from '@/db/queries/shows';
import { cachedRead, cacheTags, REVALIDATE } from '@/lib/cache';
import { articleGuid, attr, cdata, RSS_CONTENT_TYPE, text } from '@/lib/feeds';
import { notFoundResponse } from '@/lib/http';
import { mediaUrl } from '@/lib/media';
import { mediaDir } from '@/lib/media-store';
import { avUrl } from '@/lib/av/storage';
import { editionPath, editions } from '@/lib/editions';
import { absoluteUrl, cardPath } from '@/lib/urls';

export type { Episode, Show } from '@/db/queries/shows';

/** Episodes on a programme page and in its feed. */
export const EPISODES_PER_PAGE = 20;
export const FEED_EPISODES = 100;
/** Apple Podcasts wants square JPEG or PNG artwork of 1400–3000 px. */
export const ARTWORK_SIZE = 1400;

export const showPath = (edition: string, slug: string) => editionPath(edition, `/shows/${slug}`);
export const showFeedPath = (edition: string, slug: string) => editionPath(edition, `/shows/${slug}/feed.xml`);
/** The artwork's JPEG, named by the picture's id so a new picture gets a new (immutable) address. */
export const showArtworkPath = (show: Pick<Show, 'slug' | 'artwork' | 'edition'>) =>
  show.artwork ? editionPath(show.edition, `/shows/${show.slug}/artwork-${show.artwork.id}.jpg`) : null;

/** An edition's programmes. */
export const readShows = cachedRead(
  'shows',
  (edition: string) => listShows(edition),
  (edition) => [cacheTags.feeds(edition)],
  REVALIDATE.list,
);

export const readShow = cachedRead(
  'show',
  (edition: string, slug: string, page: number) => {
    const show = getShowBySlug(edition, slug);
    if (!show) return null;
    const episodes = listEpisodes(show.id, page, page === 0 ? FEED_EPISODES : EPISODES_PER_PAGE);
    if (page > 1 && page > episodes.pageCount) return null;
    return { show, episodes };
  },
  (edition) => [cacheTags.feeds(edition)],
  REVALIDATE.list,
);

/** The audio file an episode's enclosure points at: its first audio rendition. */
export function episodeEnclosure(e: Episode): { url: string; bytes: number; type: string } | null {
  const r = e.audio.renditions.find((x) => x.role === 'audio');
  return r ? { url: absoluteUrl(avUrl(e.audio.storageKey, r.file)), bytes: r.bytes, type: r.mime } : null;
}

/** RSS 2.0 with the iTunes podcast namespace for a show and its newest episodes. */
export function buildPodcastRss(show: Show, episodes: Episode[], now = new Date()): string {
  const SITE = { name: editions.get(show.edition).siteName, language: editions.get(show.edition).language };
  const link = absoluteUrl(showPath(show.edition, show.slug));
  const artwork = showArtworkPath(show);
  const feed = new Feed({
    title: text(show.name),
    description: text(show.description || `${show.name} from ${SITE.name}.`),
    id: link,
    link,
    feed: absoluteUrl(showFeedPath(show.edition, show.slug)),
    language: SITE.language,
    updated: episodes.length ? new Date(episodes[0].publishedAt) : now,
    ttl: Math.round(REVALIDATE.feed / 60),
    generator: SITE.name,
    copyright: text(`© ${SITE.name}`),
    image: artwork ? absoluteUrl(artwork) : undefined,
  });
  const explicit = show.explicit ? 'true' : 'false';
  feed.addExtension({ name: 'itunes:author', objects: { _text: text(show.host || SITE.name) } });
  feed.addExtension({ name: 'itunes:summary', objects: { _text: text(show.description) } });
  feed.addExtension({ name: 'itunes:type', objects: { _text: 'episodic' } });
  feed.addExtension({ name: 'itunes:explicit', objects: { _text: explicit } });
  feed.addExtension({ name: 'itunes:category', objects: { _attributes: { text: attr(show.category) } } });
  if (artwork)
    feed.addExtension({ name: 'itunes:image', objects: { _attributes: { href: attr(absoluteUrl(artwork)) } } });
  for (const e of episodes) {
    const enclosure = episodeEnclosure(e);
    if (!enclosure) continue;
    const item: Item = {
      title: cdata(e.title),
      link: absoluteUrl(cardPath(e)),
      guid: articleGuid(e.id),
      date: new Date(e.publishedAt),
      description: e.lede ? cdata(e.lede) : undefined,
      enclosure: { url: attr(enclosure.url), type: enclosure.type, length: enclosure.bytes },
      extensions: [
        { name: 'itunes:duration', objects: { _text: String(Math.max(1, Math.round(e.audio.durationMs / 1000))) } },
        { name: 'itunes:episodeType', objects: { _text: 'full' } },
        { name: 'itunes:explicit', objects: { _text: explicit } },
      ],
    };
    if (e.audio.transcript) item.extensions!.push({ name: 'itunes:summary', objects: { _text: text(e.lede) } });
    feed.addItem(item);
  }
  const xml = feed.rss2();
  const root = '<rss version="2.0"';
  if (!xml.includes(root)) throw new Error('unexpected RSS output from feed');
  return xml.replace(root, `${root} xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"`);
}

/** The response of a show's feed route: the podcast RSS, or 404 for an unknown show. */
export async function renderPodcast(slug: string, edition: string): Promise<Response> {
  if (!editions.find(edition)) return notFoundResponse();
  const data = await readShow(edition, slug, 0);
  if (!data) return notFoundResponse();
  return new Response(buildPodcastRss(data.show, data.episodes.items), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE, 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The show's artwork as a square JPEG of ARTWORK_SIZE px, made from the picture's largest stored
 * variant (pictures are kept as WebP, which podcast apps do not take). Null when the show, its
 * artwork or the asked-for picture id is unknown.
 */
export async function showArtworkJpeg(edition: string, slug: string, mediaId: number): Promise<Buffer | null> {
  const show = editions.find(edition) ? getShowBySlug(edition, slug) : null;
  const art = show?.artwork;
  if (!art || art.id !== mediaId) return null;
  const width = art.variants.length ? art.variants[art.variants.length - 1] : art.width;
  try {
    const source = await fs.readFile(path.join(mediaDir(), path.basename(mediaUrl(art.file, width))));
    return await sharp(source)
      .resize(ARTWORK_SIZE, ARTWORK_SIZE, { fit: 'cover' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
  } catch {
    return null;
  }
}

/** Metadata of the programme pages: canonical, the podcast feed as an alternate, share cards. */
import type { Metadata } from 'next';
import { absoluteUrl } from '@/lib/urls';
import { editionPath, editions, type Edition } from '@/lib/editions';
import { SITE } from '@/lib/site';
import { showArtworkPath, showFeedPath, showPath, type Show } from '@/lib/podcasts';
import { alternates, ENGLISH_SEO_WORDS, INDEX_ROBOTS, truncate, type SeoWords } from './metadata';

export function showsIndexMetadata(edition: Edition, title: string, words: SeoWords = ENGLISH_SEO_WORDS): Metadata {
  const description = words.showsDescription(edition.siteName);
  const path = editionPath(edition.code, '/shows');
  return {
    title,
    description,
    alternates: alternates(edition, path),
    robots: INDEX_ROBOTS,
    openGraph: { type: 'website', url: absoluteUrl(path), title, description, siteName: edition.siteName },
  };
}

export function showMetadata(show: Show, words: SeoWords = ENGLISH_SEO_WORDS): Metadata {
  const edition = editions.get(show.edition);
  const description = truncate(show.description || words.showDescription(show.name, edition.siteName), 200);
  const artwork = showArtworkPath(show);
  const path = showPath(show.edition, show.slug);
  return {
    title: show.name,
    description,
    alternates: alternates(edition, path, [
      { url: showFeedPath(show.edition, show.slug), title: words.podcastFeed(show.name) },
    ]),
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      url: absoluteUrl(path),
      title: show.name,
      description,
      siteName: edition.siteName,
      locale: edition.ogLocale,
      ...(artwork ? { images: [{ url: absoluteUrl(artwork), width: 1400, height: 1400, alt: show.name }] } : {}),
    },
    twitter: { card: 'summary', site: SITE.twitter, title: show.name, description },
  };
}

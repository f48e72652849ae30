/** Metadata of the programme pages: canonical, the podcast feed as an alternate, share cards. */
import type { Metadata } from 'next';
import { absoluteUrl } from '@/lib/urls';
import { SITE } from '@/lib/site';
import { showArtworkPath, showFeedPath, showPath, type Show } from '@/lib/podcasts';
import { alternates, INDEX_ROBOTS, truncate } from './metadata';

export function showsIndexMetadata(): Metadata {
  const title = 'Programmes';
  const description = `Radio, music and podcasts from ${SITE.name}.`;
  return {
    title,
    description,
    alternates: alternates('/shows'),
    robots: INDEX_ROBOTS,
    openGraph: { type: 'website', url: absoluteUrl('/shows'), title, description, siteName: SITE.name },
  };
}

export function showMetadata(show: Show): Metadata {
  const description = truncate(show.description || `${show.name}, a programme from ${SITE.name}.`, 200);
  const artwork = showArtworkPath(show);
  return {
    title: show.name,
    description,
    alternates: alternates(showPath(show.slug), [{ url: showFeedPath(show.slug), title: `${show.name} (podcast)` }]),
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      url: absoluteUrl(showPath(show.slug)),
      title: show.name,
      description,
      siteName: SITE.name,
      locale: SITE.locale,
      ...(artwork ? { images: [{ url: absoluteUrl(artwork), width: 1400, height: 1400, alt: show.name }] } : {}),
    },
    twitter: { card: 'summary', site: SITE.twitter, title: show.name, description },
  };
}

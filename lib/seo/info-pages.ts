/** Metadata and structured data of the site's own pages (`/info/{slug}`). */
import type { Metadata } from 'next';
import { plainText, readBody } from '@/lib/content/blocks';
import type { InfoPage } from '@/lib/content/reader';
import { organization } from '@/lib/seo/jsonld';
import { SITE } from '@/lib/site';
import { absoluteUrl, infoPagePath } from '@/lib/urls';
import { alternates, INDEX_ROBOTS, truncate } from './metadata';

export function infoPageDescription(page: Pick<InfoPage, 'description' | 'body' | 'title'>): string {
  return truncate(page.description || plainText(readBody(page.body)) || `${page.title} — ${SITE.name}`, 200);
}

export function infoPageMetadata(page: InfoPage): Metadata {
  const path = infoPagePath(page.slug);
  const description = infoPageDescription(page);
  return {
    title: page.title,
    description,
    alternates: alternates(path),
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      url: absoluteUrl(path),
      title: page.title,
      description,
      siteName: SITE.name,
      locale: SITE.locale,
    },
    twitter: { card: 'summary', site: SITE.twitter, title: page.title, description },
  };
}

/** schema.org's page types for the pages that have one; every other page is a WebPage. */
const PAGE_TYPES: Record<string, string> = { about: 'AboutPage', contact: 'ContactPage' };

export function infoPageJsonLd(page: InfoPage): Record<string, unknown> {
  const url = absoluteUrl(infoPagePath(page.slug));
  return {
    '@context': 'https://schema.org',
    '@type': PAGE_TYPES[page.slug] ?? 'WebPage',
    '@id': url,
    url,
    name: page.title,
    description: infoPageDescription(page),
    inLanguage: SITE.language,
    dateModified: page.updatedAt,
    isPartOf: { '@type': 'WebSite', '@id': absoluteUrl('/#website'), name: SITE.name, url: absoluteUrl('/') },
    publisher: organization(),
  };
}

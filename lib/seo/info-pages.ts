/** Metadata and structured data of the site's own pages (`/info/{slug}`). */
import type { Metadata } from 'next';
import { plainText, readBody } from '@/lib/content/blocks';
import type { InfoPage } from '@/lib/content/reader';
import { organization } from '@/lib/seo/jsonld';
import { editions } from '@/lib/editions';
import { SITE } from '@/lib/site';
import { absoluteUrl, infoPagePath } from '@/lib/urls';
import { alternates, INDEX_ROBOTS, truncate } from './metadata';

export function infoPageDescription(page: Pick<InfoPage, 'description' | 'body' | 'title' | 'edition'>): string {
  const site = editions.find(page.edition)?.siteName ?? SITE.name;
  return truncate(page.description || plainText(readBody(page.body)) || `${page.title} — ${site}`, 200);
}

export function infoPageMetadata(page: InfoPage): Metadata {
  const edition = editions.get(page.edition);
  const path = infoPagePath(page.edition, page.slug);
  const description = infoPageDescription(page);
  return {
    title: page.title,
    description,
    alternates: alternates(edition, path),
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      url: absoluteUrl(path),
      title: page.title,
      description,
      siteName: edition.siteName,
      locale: edition.ogLocale,
    },
    twitter: { card: 'summary', site: SITE.twitter, title: page.title, description },
  };
}

/** schema.org's page types for the pages that have one; every other page is a WebPage. */
const PAGE_TYPES: Record<string, string> = { about: 'AboutPage', contact: 'ContactPage' };

export function infoPageJsonLd(page: InfoPage): Record<string, unknown> {
  const url = absoluteUrl(infoPagePath(page.edition, page.slug));
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

/**
 * Structured data (schema.org JSON-LD) for Google and other search engines: NewsArticle and
 * BreadcrumbList on articles, WebSite with a SearchAction and the NewsMediaOrganization on
 * the home page. Built from the same data as the page and its metadata.
 */
import { readBody } from '@/lib/content/blocks';
import type { ArticleFull, Translation } from '@/lib/content/reader';
import { focalOf } from '@/lib/focal';
import { CROPS, cropPath, type CropRatio } from '@/lib/og/paths';
import {
  articleAudios,
  articleGalleryPictures,
  articleVideos,
  audioObject,
  largestPicture,
  videoObject,
} from '@/lib/seo/media';
import { articleCanonicalUrl, articleDescription, articleShareImage, translationPath } from '@/lib/seo/metadata';
import { SITE } from '@/lib/site';
import { editionPath, editions } from '@/lib/editions';
import { absoluteUrl, authorPath, homePath, sectionPath } from '@/lib/urls';

type JsonLd = Record<string, unknown>;

export function organization(): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#organization'),
    name: SITE.name,
    url: absoluteUrl('/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(SITE.logoPath),
      width: SITE.logoSize,
      height: SITE.logoSize,
    },
    sameAs: SITE.social.map((s) => s.url),
  };
}

/** Headline as Google shows it: at most 110 characters, cut at a word. */
export function jsonLdHeadline(title: string): string {
  if (title.length <= 110) return title;
  const cut = title.slice(0, 109);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

const RATIOS: CropRatio[] = ['16x9', '4x3', '1x1'];

function translationLinks(article: ArticleFull): JsonLd {
  const ref = (t: Translation) => ({ '@id': `${absoluteUrl(translationPath(t))}#article` });
  if (article.isOriginal) return article.translations.length ? { workTranslation: article.translations.map(ref) } : {};
  const original = article.translations.find((t) => t.original);
  return original ? { translationOfWork: ref(original) } : {};
}

export function articleJsonLd(article: ArticleFull): JsonLd[] {
  const edition = editions.get(article.edition);
  const url = articleCanonicalUrl(article);
  // Three crops of the hero (each at least 1200 px wide), or the generated share card.
  const images: JsonLd[] = article.hero
    ? RATIOS.map((ratio) => ({
        '@type': 'ImageObject',
        url: absoluteUrl(cropPath(article.hero!.file, ratio, focalOf(article.hero!))),
        width: CROPS[ratio].width,
        height: CROPS[ratio].height,
      }))
    : [{ '@type': 'ImageObject', url: articleShareImage(article).url, width: 1200, height: 630 }];
  // The story's video, audio and gallery pictures (issue 18): what a reader can play or open.
  const blocks = readBody(article.body);
  const about = { name: article.title, description: articleDescription(article) };
  const videos = articleVideos(article, blocks).map((v) => videoObject(v, about));
  const audios = articleAudios(article, blocks).map((a) => audioObject(a, about));
  for (const { image, caption } of articleGalleryPictures(article, blocks)) {
    images.push({ '@type': 'ImageObject', ...largestPicture(image), ...(caption ? { caption } : {}) });
  }
  const newsArticle: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: jsonLdHeadline(article.title),
    description: articleDescription(article),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: images,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: absoluteUrl(authorPath(edition.code, a.slug)),
      ...(a.jobTitle ? { jobTitle: a.jobTitle } : {}),
    })),
    publisher: organization(),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: edition.language,
    // Translations name each other: the original lists its translations, each translation its original.
    ...translationLinks(article),
    isAccessibleForFree: true,
    ...(videos.length ? { video: videos } : {}),
    ...(audios.length ? { audio: audios } : {}),
  };
  const breadcrumbs: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: edition.siteName, item: absoluteUrl(homePath(edition.code)) },
      {
        '@type': 'ListItem',
        position: 2,
        name: article.section.name,
        item: absoluteUrl(sectionPath(edition.code, article.section.slug)),
      },
      { '@type': 'ListItem', position: 3, name: jsonLdHeadline(article.title), item: url },
    ],
  };
  return [newsArticle, breadcrumbs];
}

/** An edition's home page: the edition's WebSite (its name, language and search) and the publisher. */
export function homeJsonLd(code: string): JsonLd[] {
  const edition = editions.get(code);
  const home = absoluteUrl(homePath(code));
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': `${home}#website`,
      name: edition.siteName,
      url: home,
      inLanguage: edition.language,
      publisher: { '@id': absoluteUrl('/#organization') },
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: `${absoluteUrl(editionPath(code, '/search'))}?q={search_term_string}`,
        },
        'query-input': 'required name=search_term_string',
      },
    },
    { '@context': 'https://schema.org', ...organization() },
  ];
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so no text can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

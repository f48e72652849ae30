/**
 * Metadata for reader pages, built from the same data the page renders: title, description,
 * canonical, robots, OpenGraph, X cards and feed alternates. Pages are ISR pages, and every
 * crawler is on `htmlLimitedBots`, so all of it is in the <head> of the first response.
 */
import type { Metadata } from 'next';
import type { ArticleFull, ListPage, Translation } from '@/lib/content/reader';
import { SHARE_IMAGE, shareImagePath } from '@/lib/og/paths';
import { largestMp4, playableVideo } from '@/lib/seo/media';
import { DEFAULT_EDITION, editionPath, editions, type Edition } from '@/lib/editions';
import { catalogueSync } from '@/lib/i18n/catalogues';
import { SITE } from '@/lib/site';
import { absoluteUrl, articlePath, authorPath, homePath, listPath, sectionPath, tagPath } from '@/lib/urls';

export const INDEX_ROBOTS: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};

export const NOINDEX_ROBOTS: Metadata['robots'] = { index: false, follow: true };

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

type Feed = { url: string; title: string };

/** The edition's own feed of its latest stories. */
const siteFeed = (edition: Edition): Feed => ({
  url: editionPath(edition.code, '/rss.xml'),
  title: `${edition.siteName} — ${catalogueSync(edition.code).Fronts.latestNews}`,
});

/**
 * `alternates` replaces the layout's as a whole, so every page states its canonical and its feeds
 * (the edition's site feed last).
 */
export function alternates(
  edition: Edition,
  canonicalPath: string,
  feeds: Feed[] = [],
  languages?: Record<string, string>,
): Metadata['alternates'] {
  return {
    canonical: absoluteUrl(canonicalPath),
    ...(languages ? { languages } : {}),
    types: {
      'application/rss+xml': [...feeds, siteFeed(edition)].map((f) => ({ url: absoluteUrl(f.url), title: f.title })),
    },
  };
}

export function articleCanonicalPath(article: Pick<ArticleFull, 'id' | 'slug' | 'section' | 'edition'>): string {
  return articlePath({
    id: article.id,
    slug: article.slug,
    sectionSlug: article.section.slug,
    edition: article.edition,
  });
}

export function articleCanonicalUrl(article: Pick<ArticleFull, 'id' | 'slug' | 'section' | 'edition'>): string {
  return absoluteUrl(articleCanonicalPath(article));
}

/** A translation's address. */
export function translationPath(t: Translation): string {
  return articlePath({ id: t.id, slug: t.slug, sectionSlug: t.sectionSlug, edition: t.edition });
}

/**
 * hreflang of a page and its versions in other editions (`versions`: edition code → path, the
 * page itself included): each language's absolute address, reciprocal because every version
 * lists the same set, and `x-default` for the default edition's version (else the page itself).
 * Undefined for a page with no other version.
 */
export function hreflangs(self: string, versions: Record<string, string>): Record<string, string> | undefined {
  const codes = Object.keys(versions);
  if (codes.length < 2) return undefined;
  const languages: Record<string, string> = {};
  for (const code of codes) languages[editions.get(code).language] = absoluteUrl(versions[code]);
  languages['x-default'] = absoluteUrl(versions[DEFAULT_EDITION] ?? versions[self]);
  return languages;
}

/** A story's versions: itself and its published translations, by edition. */
export function articleVersions(article: Pick<ArticleFull, 'id' | 'slug' | 'section' | 'edition' | 'translations'>) {
  return Object.fromEntries([
    [article.edition, articleCanonicalPath(article)],
    ...article.translations.map((t) => [t.edition, translationPath(t)]),
  ]) as Record<string, string>;
}

export function articleDescription(article: Pick<ArticleFull, 'lede' | 'title'>): string {
  return truncate(article.lede || article.title, 200);
}

/** What the share image draws: the SEO panel's social picture when set, else the hero. */
export function shareImageSubject(article: ArticleFull): ArticleFull {
  return article.seo.socialImage ? { ...article, hero: article.seo.socialImage } : article;
}

export function articleShareImage(article: ArticleFull) {
  const subject = shareImageSubject(article);
  return {
    url: absoluteUrl(shareImagePath(subject)),
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    alt: subject.hero?.alt || article.title,
    type: SHARE_IMAGE.type,
  };
}

/** og:video for a video hero (with its secure URL, type and size), so share cards can play it. */
export function articleShareVideos(
  article: ArticleFull,
): { url: string; secureUrl: string; type: string; width: number; height: number }[] {
  const video = playableVideo(article.heroVideo);
  if (!video) return [];
  const mp4 = largestMp4(video.item)!;
  return [
    {
      url: video.contentUrl,
      // The site is served over https in production (SITE_URL), so the URL is its own secure URL.
      secureUrl: video.contentUrl,
      type: mp4.mime || 'video/mp4',
      width: mp4.width ?? video.item.width,
      height: mp4.height ?? video.item.height,
    },
  ];
}

/**
 * The words of list and article metadata. English here; a route passes its edition's
 * (`await seoWords(code)`, lib/i18n/seo.ts, from the catalogue's "Seo" namespace).
 */
export interface SeoWords {
  tagTitle: (name: string) => string;
  pageTitle: (title: string, page: number) => string;
  authorDescription: (name: string, site: string) => string;
  sectionDescription: (name: string, site: string) => string;
  writtenBy: string;
  showsDescription: (site: string) => string;
  showDescription: (name: string, site: string) => string;
  podcastFeed: (name: string) => string;
}

export const ENGLISH_SEO_WORDS: SeoWords = {
  tagTitle: (name) => `${name}: news and analysis`,
  pageTitle: (title, page) => `${title} — page ${page}`,
  authorDescription: (name, site) => `Stories by ${name} for ${site}.`,
  sectionDescription: (name, site) => `The latest ${name} news from ${site}.`,
  writtenBy: 'Written by',
  showsDescription: (site) => `Radio, music and podcasts from ${site}.`,
  showDescription: (name, site) => `${name}, a programme from ${site}.`,
  podcastFeed: (name) => `${name} (podcast)`,
};

export function articleMetadata(article: ArticleFull, words: SeoWords = ENGLISH_SEO_WORDS): Metadata {
  const edition = editions.get(article.edition);
  const url = articleCanonicalUrl(article);
  const description = articleDescription(article);
  const image = articleShareImage(article);
  const modified = article.updatedAt ?? article.publishedAt;
  const byline = article.authors.map((a) => a.name).join(', ');
  // The SEO panel's overrides: the meta title is the whole <title> (no site suffix), as in Ghost.
  const { seo } = article;
  const socialTitle = seo.socialTitle || article.title;
  const socialDescription = seo.socialDescription || seo.metaDescription || description;
  return {
    title: seo.metaTitle ? { absolute: seo.metaTitle } : article.title,
    description: seo.metaDescription || description,
    alternates: alternates(
      edition,
      articleCanonicalPath(article),
      [
        {
          url: `${sectionPath(edition.code, article.section.slug)}/rss.xml`,
          title: `${edition.siteName} — ${article.section.name}`,
        },
      ],
      hreflangs(edition.code, articleVersions(article)),
    ),
    robots: INDEX_ROBOTS,
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(edition.code, a.slug)) })),
    keywords: article.tags.map((t) => t.name),
    openGraph: {
      type: 'article',
      url,
      title: socialTitle,
      description: socialDescription,
      siteName: edition.siteName,
      locale: edition.ogLocale,
      alternateLocale: article.translations.map((t) => editions.get(t.edition).ogLocale),
      publishedTime: article.publishedAt,
      modifiedTime: modified,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(authorPath(edition.code, a.slug))),
      images: [image],
      videos: articleShareVideos(article),
    },
    twitter: {
      card: 'summary_large_image',
      site: SITE.twitter,
      title: socialTitle,
      description: socialDescription,
      images: [{ url: image.url, alt: image.alt }],
    },
    other: byline ? { 'twitter:label1': words.writtenBy, 'twitter:data1': byline } : {},
  };
}

const LIST_FEEDS = {
  section: (e: Edition, slug: string, name: string) => [
    { url: `${sectionPath(e.code, slug)}/rss.xml`, title: `${e.siteName} — ${name}` },
  ],
  tag: (e: Edition, slug: string, name: string) => [
    { url: `${tagPath(e.code, slug)}/rss.xml`, title: `${e.siteName} — ${name}` },
  ],
  author: () => [],
};

export function listMetadata(data: ListPage, words: SeoWords = ENGLISH_SEO_WORDS): Metadata {
  const { kind, owner, page } = data;
  const edition = editions.get(data.edition);
  const base = kind === 'tag' ? words.tagTitle(owner.name) : owner.name;
  const title = page > 1 ? words.pageTitle(base, page) : base;
  const about = 'bio' in owner ? owner.bio : owner.description;
  const description = truncate(
    about ||
      (kind === 'author'
        ? words.authorDescription(owner.name, edition.siteName)
        : words.sectionDescription(owner.name, edition.siteName)),
    200,
  );
  const path = listPath(edition.code, kind, owner.slug, page);
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: alternates(edition, path, LIST_FEEDS[kind](edition, owner.slug, owner.name)),
    robots: INDEX_ROBOTS,
    openGraph: { type: 'website', url, title, description, siteName: edition.siteName, locale: edition.ogLocale },
    twitter: { card: 'summary', site: SITE.twitter, title, description },
  };
}

/** An edition's home page. */
export function homeMetadata(edition: Edition): Metadata {
  const path = homePath(edition.code);
  const url = absoluteUrl(path);
  // Every edition's home page is a version of every other's.
  const homes = Object.fromEntries(editions.codes.map((code) => [code, homePath(code)]));
  return {
    alternates: alternates(edition, path, [], hreflangs(edition.code, homes)),
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      url,
      siteName: edition.siteName,
      alternateLocale: editions.all.filter((e) => e.code !== edition.code).map((e) => e.ogLocale),
      title: `${edition.siteName} — ${edition.tagline}`,
      description: edition.description,
      locale: edition.ogLocale,
      images: [{ url: absoluteUrl(SITE.logoPath), width: SITE.logoSize, height: SITE.logoSize, alt: edition.siteName }],
    },
    twitter: { card: 'summary', site: SITE.twitter, title: edition.siteName, description: edition.description },
  };
}

/** rel=prev/next targets of a paginated list (rendered as <link> elements, which React hoists into <head>). */
export function listPagerLinks(data: ListPage): { prev: string | null; next: string | null } {
  const { kind, owner, page, pageCount, edition } = data;
  return {
    prev: page > 1 ? absoluteUrl(listPath(edition, kind, owner.slug, page - 1)) : null,
    next: page < pageCount ? absoluteUrl(listPath(edition, kind, owner.slug, page + 1)) : null,
  };
}

/**
 * Metadata for reader pages, built from the same data the page renders: title, description,
 * canonical, robots, OpenGraph, X cards and feed alternates. Pages are ISR pages, and every
 * crawler is on `htmlLimitedBots`, so all of it is in the <head> of the first response.
 */
import type { Metadata } from 'next';
import type { ArticleFull, ListPage } from '@/lib/content/reader';
import { SHARE_IMAGE, shareImagePath } from '@/lib/og/paths';
import { largestMp4, playableVideo } from '@/lib/seo/media';
import { SITE } from '@/lib/site';
import { absoluteUrl, articlePath, authorPath, listPath, sectionPath, tagPath } from '@/lib/urls';

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

const SITE_FEED: Feed = { url: '/rss.xml', title: `${SITE.name} — latest news` };

/** `alternates` replaces the layout's as a whole, so every page states its canonical and its feeds. */
export function alternates(canonicalPath: string, feeds: Feed[] = []): Metadata['alternates'] {
  return {
    canonical: absoluteUrl(canonicalPath),
    types: { 'application/rss+xml': [...feeds, SITE_FEED].map((f) => ({ url: absoluteUrl(f.url), title: f.title })) },
  };
}

export function articleCanonicalPath(article: Pick<ArticleFull, 'id' | 'slug' | 'section'>): string {
  return articlePath({ id: article.id, slug: article.slug, sectionSlug: article.section.slug });
}

export function articleCanonicalUrl(article: Pick<ArticleFull, 'id' | 'slug' | 'section'>): string {
  return absoluteUrl(articleCanonicalPath(article));
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

export function articleMetadata(article: ArticleFull): Metadata {
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
    alternates: alternates(articleCanonicalPath(article), [
      { url: `${sectionPath(article.section.slug)}/rss.xml`, title: `${SITE.name} — ${article.section.name}` },
    ]),
    robots: INDEX_ROBOTS,
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
    keywords: article.tags.map((t) => t.name),
    openGraph: {
      type: 'article',
      url,
      title: socialTitle,
      description: socialDescription,
      siteName: SITE.name,
      locale: SITE.locale,
      publishedTime: article.publishedAt,
      modifiedTime: modified,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(authorPath(a.slug))),
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
    other: byline ? { 'twitter:label1': 'Written by', 'twitter:data1': byline } : {},
  };
}

const LIST_FEEDS = {
  section: (slug: string, name: string) => [{ url: `${sectionPath(slug)}/rss.xml`, title: `${SITE.name} — ${name}` }],
  tag: (slug: string, name: string) => [{ url: `${tagPath(slug)}/rss.xml`, title: `${SITE.name} — ${name}` }],
  author: () => [],
};

export function listMetadata(data: ListPage): Metadata {
  const { kind, owner, page } = data;
  const base = kind === 'tag' ? `${owner.name}: news and analysis` : owner.name;
  const title = page > 1 ? `${base} — page ${page}` : base;
  const about = 'bio' in owner ? owner.bio : owner.description;
  const description = truncate(
    about ||
      (kind === 'author'
        ? `Stories by ${owner.name} for ${SITE.name}.`
        : `The latest ${owner.name} news from ${SITE.name}.`),
    200,
  );
  const path = listPath(kind, owner.slug, page);
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: alternates(path, LIST_FEEDS[kind](owner.slug, owner.name)),
    robots: INDEX_ROBOTS,
    openGraph: { type: 'website', url, title, description, siteName: SITE.name, locale: SITE.locale },
    twitter: { card: 'summary', site: SITE.twitter, title, description },
  };
}

export function homeMetadata(): Metadata {
  const url = absoluteUrl('/');
  return {
    alternates: alternates('/'),
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      url,
      siteName: SITE.name,
      title: `${SITE.name} — ${SITE.tagline}`,
      description: SITE.description,
      locale: SITE.locale,
      images: [{ url: absoluteUrl(SITE.logoPath), width: SITE.logoSize, height: SITE.logoSize, alt: SITE.name }],
    },
    twitter: { card: 'summary', site: SITE.twitter, title: SITE.name, description: SITE.description },
  };
}

/** rel=prev/next targets of a paginated list (rendered as <link> elements, which React hoists into <head>). */
export function listPagerLinks(data: ListPage): { prev: string | null; next: string | null } {
  const { kind, owner, page, pageCount } = data;
  return {
    prev: page > 1 ? absoluteUrl(listPath(kind, owner.slug, page - 1)) : null,
    next: page < pageCount ? absoluteUrl(listPath(kind, owner.slug, page + 1)) : null,
  };
}

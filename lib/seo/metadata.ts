/**
 * Metadata for reader pages, built from the same data the page renders. The social-card
 * and structured-data work (full OpenGraph, JSON-LD, generated share images) extends this file.
 */
import type { Metadata } from 'next';
import type { ArticleFull, ListPage } from '@/lib/content/reader';
import { SITE } from '@/lib/site';
import { absoluteUrl, articlePath, authorPath, listPath } from '@/lib/urls';
import { mediaUrl } from '@/lib/media';

export const INDEX_ROBOTS: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};

export const NOINDEX_ROBOTS: Metadata['robots'] = { index: false, follow: true };

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function articleMetadata(article: ArticleFull): Metadata {
  const url = absoluteUrl(articlePath({ id: article.id, slug: article.slug, sectionSlug: article.section.slug }));
  const description = truncate(article.lede, 200);
  const image = article.hero
    ? {
        url: absoluteUrl(mediaUrl(article.hero.file, article.hero.variants.at(-1) ?? article.hero.width)),
        width: article.hero.width,
        height: article.hero.height,
        alt: article.hero.alt,
      }
    : undefined;
  return {
    title: article.title,
    description,
    alternates: { canonical: url },
    robots: INDEX_ROBOTS,
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description,
      siteName: SITE.name,
      locale: SITE.locale,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(authorPath(a.slug))),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  };
}

export function listMetadata(data: ListPage): Metadata {
  const { kind, owner, page } = data;
  const base = kind === 'section' ? owner.name : kind === 'tag' ? `${owner.name}: news and analysis` : `${owner.name}`;
  const title = page > 1 ? `${base} — page ${page}` : base;
  const about = 'bio' in owner ? owner.bio : owner.description;
  const description = truncate(
    about || (kind === 'author' ? `Stories by ${owner.name} for ${SITE.name}.` : `The latest ${owner.name} news from ${SITE.name}.`),
    200,
  );
  const url = absoluteUrl(listPath(kind, owner.slug, page));
  return {
    title,
    description,
    alternates: { canonical: url },
    robots: INDEX_ROBOTS,
    openGraph: { type: kind === 'author' ? 'profile' : 'website', url, title, description, siteName: SITE.name, locale: SITE.locale },
    twitter: { card: 'summary', title, description },
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

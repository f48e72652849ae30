/**
 * The article route, shared by the cached page every anonymous reader gets
 * (app/(site)/[section]/[article]) and the per-request variant for signed-in readers
 * (app/(account)/_reader/…), so both render the same page from the same cached data.
 */
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { BreakingBanner } from '@/components/layout/BreakingBanner';
import { JsonLd } from '@/components/seo/JsonLd';
import { readBody } from '@/lib/content/blocks';
import { articleFreshness, declareFreshness } from '@/lib/cache';
import { readArticle, readBanners, readMostRead, readRelated } from '@/lib/content/reader';
import { articleJsonLd } from '@/lib/seo/jsonld';
import { seoWords } from '@/lib/i18n/seo';
import { articleMetadata } from '@/lib/seo/metadata';
import { editionOf } from '@/app/[edition]/_shared/edition';
import { absoluteUrl, cardPath, homePath, parseArticleSegment } from '@/lib/urls';

export type ArticleParams = Promise<{ edition: string; section: string; article: string }>;

async function load(params: ArticleParams) {
  const edition = await editionOf(params);
  const { section, article: segment } = await params;
  const ref = parseArticleSegment(segment);
  const article = ref ? await readArticle(ref.id) : null;
  if (!ref || !article) notFound();
  const canonicalPath = cardPath(article);
  return {
    article,
    canonicalPath,
    // A story asked for under another edition's prefix is the same story: 308, like an old slug.
    isCanonical: edition.code === article.edition && section === article.section.slug && ref.slug === article.slug,
  };
}

export async function articleRouteMetadata(params: ArticleParams): Promise<Metadata> {
  const { article } = await load(params);
  return articleMetadata(article, await seoWords(article.edition));
}

/** The page; `actions` renders the per-reader controls (the bookmark button) for the article. */
export async function renderArticleRoute(
  params: ArticleParams,
  actions: (article: { id: number; path: string }) => React.ReactNode,
) {
  const { article, canonicalPath, isCanonical } = await load(params);
  // Old slugs, old sections and bare ids all answer 308 to the one canonical address
  // (only here: a redirect thrown from generateMetadata as well would send two Location headers).
  if (!isCanonical) permanentRedirect(canonicalPath);
  await declareFreshness(articleFreshness(article.publishedAt));
  // The rail: related stories and the five most read across the site (cached, refreshed by time).
  const [related, mostRead] = await Promise.all([readRelated(article.id), readMostRead(article.edition, null, 5)]);
  // The section's own banners; the site-wide ones are in the reader shell already.
  const sectionBanners = (await readBanners(article.edition, article.section.slug)).filter(
    (b) => b.sectionSlug !== null,
  );
  const blocks = readBody(article.body, (index, reason) =>
    console.warn(`article ${article.id}: body block ${index} skipped: ${reason}`),
  );
  return (
    <>
      {/* Next's OpenGraph metadata has no article:publisher; React hoists this <meta> into <head>. */}
      <meta property="article:publisher" content={absoluteUrl(homePath(article.edition))} />
      <JsonLd data={articleJsonLd(article)} />
      <BreakingBanner banners={sectionBanners} />
      <ArticlePage
        article={article}
        blocks={blocks}
        related={related}
        mostRead={mostRead}
        canonicalUrl={absoluteUrl(canonicalPath)}
        actions={actions({ id: article.id, path: canonicalPath })}
      />
    </>
  );
}

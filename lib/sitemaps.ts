/**
 * Sitemaps: `/sitemap.xml` is an index over the article sitemaps (`/sitemaps/articles-{n}.xml`,
 * ARTICLES_PER_SITEMAP articles each, in id order, with lastmod, the hero picture and the videos) and the
 * sitemaps of sections (with the home page), tags and authors, plus the Google News sitemap
 * (`/sitemaps/news.xml`: articles of the last 48 hours, at most NEWS_SITEMAP_MAX).
 *
 * The builders take plain data and write XML with the `sitemap` package; `renderSitemapIndex`
 * and `renderSitemap` read that data through the data cache with the `sitemaps` tag, which
 * `invalidateArticle` expires on every publish, change and unpublish.
 */
import { Readable } from 'node:stream';
import {
  ErrorLevel,
  SitemapIndexStream,
  SitemapStream,
  streamToPromise,
  type IndexItem,
  type SitemapItemLoose,
  type VideoItemLoose,
} from 'sitemap';
import { avByIds } from '@/db/queries/av';
import { listInfoPages } from '@/db/queries/info-pages';
import {
  countPublishedArticles,
  latestPublicationTime,
  listArticlesPublishedSince,
  listTranslationGroups,
  listAuthorLastmods,
  listSectionLastmods,
  listSitemapArticles,
  listTagLastmods,
  type ListLastmod,
  type NewsArticle,
  type SitemapArticle,
  type TranslationMember,
} from '@/db/queries/feeds';
import { cachedRead, cacheTags, REVALIDATE } from '@/lib/cache';
import type { AvItem } from '@/lib/content/reader';
import { notFoundResponse } from '@/lib/http';
import { mediaUrl } from '@/lib/media';
import { editions } from '@/lib/editions';
import { playableVideo } from '@/lib/seo/media';
import { absoluteUrl, articlePath, authorPath, homePath, infoPagePath, sectionPath, tagPath } from '@/lib/urls';

/**
 * URLs per article sitemap. The protocol allows 50,000, but a chunk that full is about 11 MB and
 * costs about 150 times a page to serve; 5,000 keeps every chunk near 1 MB, so serving one costs
 * the same at any archive size (the index just lists more of them).
 */
export const ARTICLES_PER_SITEMAP = 5_000;
/**
 * Article sitemaps are read in slices of this many, each cached on its own: Next's data cache
 * refuses entries over 2 MB (and throws in dev). A slice is about 0.55 MB (220 bytes a row at 100,000 seeded articles).
 */
export const SITEMAP_READ_SLICE = 2_500;
/** Google News reads at most 1,000 URLs per news sitemap ... */
export const NEWS_SITEMAP_MAX = 1_000;
/** ... of articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 3600 * 1000;
export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

export type SitemapName =
  { kind: 'articles'; chunk: number } | { kind: 'sections' | 'tags' | 'authors' } | { kind: 'news'; edition: string };

/**
 * Reads the `[name]` of `/sitemaps/[name]`; null for anything we never publish. Each edition has
 * its own news sitemap (Google News: one publication and language each): `news.xml` for the
 * default edition, `news-ru.xml` for another.
 */
export function parseSitemapName(name: string): SitemapName | null {
  const chunk = /^articles-([1-9][0-9]{0,5})\.xml$/.exec(name);
  if (chunk) return { kind: 'articles', chunk: Number(chunk[1]) };
  const news = /^news(?:-([a-z]{2,3}))?\.xml$/.exec(name);
  if (news) {
    const edition = news[1] === undefined ? editions.default : editions.find(news[1]);
    if (!edition || (news[1] !== undefined && edition.code === editions.default.code)) return null;
    return { kind: 'news', edition: edition.code };
  }
  const fixed = /^(sections|tags|authors)\.xml$/.exec(name);
  return fixed ? { kind: fixed[1] as 'sections' | 'tags' | 'authors' } : null;
}

export function sitemapPath(name: SitemapName): string {
  if (name.kind === 'articles') return `/sitemaps/articles-${name.chunk}.xml`;
  if (name.kind === 'news')
    return name.edition === editions.default.code ? '/sitemaps/news.xml' : `/sitemaps/news-${name.edition}.xml`;
  return `/sitemaps/${name.kind}.xml`;
}

export function articleSitemapCount(publishedArticles: number, perSitemap = ARTICLES_PER_SITEMAP): number {
  return Math.ceil(Math.max(0, publishedArticles) / perSitemap);
}

// --- Entries from plain data ---------------------------------------------------------------

/** The widest variant: sitemaps point search engines at the best picture we have. */
function largestVariant(image: { width: number; variants: number[] }): number {
  return image.variants.length ? Math.max(...image.variants) : image.width;
}

/** A `<video:video>` entry: what Google's video sitemap requires (thumbnail, title, description, the file). */
export interface SitemapVideo {
  thumbnailUrl: string;
  title: string;
  description: string;
  contentUrl: string;
  /** Whole seconds (1 to 28 800). */
  duration: number;
  publicationDate: string;
}

/** The sitemap entry of a video readers can play (ready, with a poster and an MP4); null otherwise. */
export function sitemapVideo(item: AvItem | undefined, articleTitle: string): SitemapVideo | null {
  const video = playableVideo(item);
  if (!video) return null;
  const title = (item!.title || articleTitle).slice(0, 100);
  return {
    thumbnailUrl: video.thumbnailUrl,
    title,
    description: (item!.description || title).slice(0, 2048),
    contentUrl: video.contentUrl,
    duration: Math.min(28_800, Math.max(1, Math.round(item!.durationMs / 1000))),
    publicationDate: item!.createdAt,
  };
}

/** Sitemap rows with their videos' entries (one query for a whole slice). */
export function withSitemapVideos(rows: SitemapArticle[]): (SitemapArticle & { videos: SitemapVideo[] })[] {
  const items = avByIds(rows.flatMap((r) => r.videoIds));
  return rows.map((r) => ({
    ...r,
    videos: r.videoIds.flatMap((id) => sitemapVideo(items[id], r.title) ?? []),
  }));
}

/**
 * Article entries; a story with published translations (`members`: every published story of the
 * chunk's translation groups) lists each version, itself included, as an xhtml:link alternate.
 */
export function articleEntries(
  articles: (SitemapArticle & { videos?: SitemapVideo[] })[],
  members: TranslationMember[] = [],
): SitemapItemLoose[] {
  const byGroup = new Map<number, TranslationMember[]>();
  for (const m of members) byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), m]);
  const url = (a: { id: number; slug: string; sectionSlug: string; edition: string }) =>
    absoluteUrl(articlePath({ id: a.id, slug: a.slug, sectionSlug: a.sectionSlug, edition: a.edition }));
  const linksOf = (group: number | null) => {
    const versions = group === null ? [] : (byGroup.get(group) ?? []);
    return versions.length > 1
      ? { links: versions.map((m) => ({ lang: editions.get(m.edition).language, url: url(m) })) }
      : {};
  };
  return articles.map((a) => ({
    url: url(a),
    ...linksOf(a.translationGroup),
    lastmod: a.lastmod,
    img: a.hero ? [{ url: absoluteUrl(mediaUrl(a.hero.file, largestVariant(a.hero))) }] : [],
    ...(a.videos?.length
      ? {
          video: a.videos.map((v): VideoItemLoose => ({
            thumbnail_loc: v.thumbnailUrl,
            title: v.title,
            description: v.description,
            content_loc: v.contentUrl,
            duration: v.duration,
            publication_date: v.publicationDate,
          })),
        }
      : {}),
  }));
}

/** News entries: only articles published within NEWS_WINDOW_MS of `now`, newest first, at most NEWS_SITEMAP_MAX. */
export function newsEntries(articles: NewsArticle[], now = new Date()): SitemapItemLoose[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((a) => {
      const t = Date.parse(a.publishedAt);
      return t >= from && t <= now.getTime();
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id - a.id)
    .slice(0, NEWS_SITEMAP_MAX)
    .map((a) => ({
      url: absoluteUrl(articlePath({ id: a.id, slug: a.slug, sectionSlug: a.sectionSlug, edition: a.edition })),
      news: {
        publication: { name: editions.get(a.edition).siteName, language: editions.get(a.edition).language },
        publication_date: a.publishedAt,
        title: a.title,
      },
    }));
}

export function listEntries(kind: 'section' | 'tag' | 'author', lists: ListLastmod[]): SitemapItemLoose[] {
  const pathFor = kind === 'section' ? sectionPath : kind === 'tag' ? tagPath : authorPath;
  return lists.map((l) => ({
    url: absoluteUrl(pathFor(l.edition, l.slug)),
    ...(l.lastPublishedAt ? { lastmod: l.lastPublishedAt } : {}),
  }));
}

// --- XML -------------------------------------------------------------------------------------

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** A <urlset>, declaring only the extension namespaces it uses. */
export async function buildUrlset(
  items: SitemapItemLoose[],
  ext: { image?: boolean; news?: boolean } = {},
): Promise<string> {
  if (items.length === 0) {
    // The library refuses an empty sitemap; an empty list (say, a quiet news day) is still an answer.
    const ns = `${ext.news ? ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' : ''}${ext.image ? ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"' : ''}`;
    return `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${ns}></urlset>`;
  }
  const errors: Error[] = [];
  // The video namespace only when an entry has a video (most chunks have none).
  const video = items.some((i) => Array.isArray(i.video) && i.video.length > 0);
  const stream = new SitemapStream({
    xmlns: {
      image: Boolean(ext.image),
      news: Boolean(ext.news),
      video,
      xhtml: items.some((i) => Array.isArray(i.links) && i.links.length > 0),
    },
    level: ErrorLevel.WARN,
    errorHandler: (error) => errors.push(error),
  });
  const xml = (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
  if (errors.length) throw new Error(`invalid sitemap entries: ${errors.map((e) => e.message).join('; ')}`);
  return xml;
}

export async function buildSitemapIndex(items: IndexItem[]): Promise<string> {
  const stream = new SitemapIndexStream({ level: ErrorLevel.THROW });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

// --- Data (cached) ----------------------------------------------------------------------------

const sitemapRead = <A extends (string | number)[], R>(
  name: string,
  read: (...args: A) => R,
  extraTags: string[] = [],
) => cachedRead(name, read, () => [cacheTags.sitemaps, ...extraTags], REVALIDATE.feed);

const readSummary = sitemapRead('sitemap-summary', () => ({
  articles: countPublishedArticles(),
  latest: latestPublicationTime(),
}));
const readArticleSlice = sitemapRead('sitemap-articles', (offset: number, limit: number) =>
  withSitemapVideos(listSitemapArticles(offset, limit)),
);
const readSections = sitemapRead(
  'sitemap-sections',
  () => listSectionLastmods(),
  editions.codes.map((e) => cacheTags.sections(e)),
);
const readTags = sitemapRead('sitemap-tags', () => listTagLastmods());
// The site's own pages (About, Privacy…) follow the sections in their sitemap, with the home page.
const readInfoPages = sitemapRead(
  'sitemap-info-pages',
  () => listInfoPages().map((p) => ({ url: absoluteUrl(infoPagePath(p.edition, p.slug)), lastmod: p.updatedAt })),
  editions.codes.map((e) => cacheTags.infoPages(e)),
);
const readAuthors = sitemapRead('sitemap-authors', () => listAuthorLastmods());
const readNews = sitemapRead('sitemap-news', (edition: string) =>
  listArticlesPublishedSince(edition, new Date(Date.now() - NEWS_WINDOW_MS), NEWS_SITEMAP_MAX),
);
// The translations of a chunk's translated stories, for their xhtml:link alternates.
const readAlternates = sitemapRead('sitemap-alternates', (...groups: number[]) => listTranslationGroups(groups));

/** Every sitemap the index lists, with lastmod where it is cheap to know. */
export function sitemapIndexEntries(summary: { articles: number; latest: string | null }): IndexItem[] {
  const latest = summary.latest ? { lastmod: summary.latest } : {};
  const chunks = Array.from({ length: articleSitemapCount(summary.articles) }, (_, i) => ({
    url: absoluteUrl(sitemapPath({ kind: 'articles', chunk: i + 1 })),
  }));
  const lists = [
    ...(['sections', 'tags', 'authors'] as const).map((kind) => sitemapPath({ kind })),
    ...editions.codes.map((edition) => sitemapPath({ kind: 'news', edition })),
  ].map((path) => ({ url: absoluteUrl(path), ...latest }));
  return [...chunks, ...lists];
}

function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE, 'X-Content-Type-Options': 'nosniff' } });
}

export async function renderSitemapIndex(): Promise<Response> {
  return xmlResponse(await buildSitemapIndex(sitemapIndexEntries(await readSummary())));
}

/** One article sitemap: ARTICLES_PER_SITEMAP articles in id order, read slice by slice. */
async function readArticleChunk(chunk: number): Promise<(SitemapArticle & { videos: SitemapVideo[] })[] | null> {
  const { articles } = await readSummary();
  if (chunk > articleSitemapCount(articles)) return null;
  const start = (chunk - 1) * ARTICLES_PER_SITEMAP;
  const rows: (SitemapArticle & { videos: SitemapVideo[] })[] = [];
  for (let offset = start; offset < start + ARTICLES_PER_SITEMAP; offset += SITEMAP_READ_SLICE) {
    const slice = await readArticleSlice(offset, Math.min(SITEMAP_READ_SLICE, start + ARTICLES_PER_SITEMAP - offset));
    rows.push(...slice);
    if (slice.length < SITEMAP_READ_SLICE) break;
  }
  return rows.length ? rows : null;
}

/** The response for `/sitemaps/[name]`: the sitemap, or 404 for an unknown name or a chunk past the end. */
export async function renderSitemap(rawName: string): Promise<Response> {
  const name = parseSitemapName(rawName);
  if (!name) return notFoundResponse();
  switch (name.kind) {
    case 'articles': {
      const rows = await readArticleChunk(name.chunk);
      if (!rows) return notFoundResponse();
      const groups = [...new Set(rows.flatMap((r) => (r.translationGroup === null ? [] : [r.translationGroup])))];
      const members = groups.length ? await readAlternates(...groups) : [];
      return xmlResponse(await buildUrlset(articleEntries(rows, members), { image: true }));
    }
    case 'sections': {
      const sections = await readSections();
      const { latest } = await readSummary();
      // Every edition's home page first (the default's first of all), then the sections of each.
      const homes: SitemapItemLoose[] = editions.codes.map((code) => ({
        url: absoluteUrl(homePath(code)),
        ...(latest ? { lastmod: latest } : {}),
      }));
      const pages: SitemapItemLoose[] = await readInfoPages();
      return xmlResponse(await buildUrlset([...homes, ...listEntries('section', sections), ...pages]));
    }
    case 'tags':
      return xmlResponse(await buildUrlset(listEntries('tag', await readTags())));
    case 'authors':
      return xmlResponse(await buildUrlset(listEntries('author', await readAuthors())));
    case 'news':
      return xmlResponse(await buildUrlset(newsEntries(await readNews(name.edition)), { news: true }));
  }
}

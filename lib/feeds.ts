/**
 * RSS 2.0 feeds: the site's (`/rss.xml`), each section's (`/{section}/rss.xml`) and each
 * tag's (`/tags/{tag}/rss.xml`), the newest FEED_ITEMS published articles each.
 *
 * `buildRss` turns plain data into XML with the `feed` package; `renderFeed` reads that data
 * through the data cache (tags `feeds` plus the section's or tag's own), so publishing,
 * changing or unpublishing an article (`invalidateArticle`) refreshes every feed it is in.
 *
 * `feed` writes XML through xml-js, which has three escaping gaps that `buildRss` closes:
 * text nodes are "desanitised" (a literal `&amp;` would come out as `&`), attribute values
 * only get `"` escaped, and only the first `]]>` of a CDATA section is split.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Feed, type Item } from 'feed';
import { getSectionBySlug, getTagBySlug } from '@/db/queries/articles';
import { listFeedArticles, type FeedArticle } from '@/db/queries/feeds';
import { cachedRead, cacheTags, REVALIDATE } from '@/lib/cache';
import { readTagAliasTarget } from '@/lib/content/reader';
import { notFoundResponse } from '@/lib/http';
import { mediaUrl } from '@/lib/media';
import { mediaDir } from '@/lib/media-store';
import { editionPath, editions } from '@/lib/editions';
import { absoluteUrl, articlePath, homePath, sectionPath, siteUrl, tagPath } from '@/lib/urls';

/** Items per feed. */
export const FEED_ITEMS = 50;
/** The picture width feeds point at (the nearest smaller variant when an image lacks it). */
export const FEED_IMAGE_WIDTH = 960;
export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
/** Year in the articles' tag-URI guids (RFC 4151); never change it, or every guid changes. */
const GUID_YEAR = 2026;

const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

export type FeedKind = 'site' | 'section' | 'tag';

export interface FeedItemData extends FeedArticle {
  /** Byte size of the hero's feed variant on disk, null when unknown (then no <enclosure>). */
  heroBytes: number | null;
}

/** Everything a feed shows, as plain (cacheable) data. */
export interface FeedData {
  /** lib/editions.ts code: the feed's language and addresses. */
  edition: string;
  kind: FeedKind;
  title: string;
  description: string;
  /** Path of the page the feed mirrors ("/", "/world-news", "/tags/oil"). */
  path: string;
  /** Path of the feed itself. */
  feedPath: string;
  items: FeedItemData[];
}

export function feedPath(edition: string, kind: FeedKind, slug = ''): string {
  if (kind === 'site') return editionPath(edition, '/rss.xml');
  return `${kind === 'section' ? sectionPath(edition, slug) : tagPath(edition, slug)}/rss.xml`;
}

/** A guid that survives slug, headline and section changes: tag:{host},2026:article:{id}. */
export function articleGuid(id: number): string {
  return `tag:${new URL(siteUrl()).hostname},${GUID_YEAR}:article:${id}`;
}

/** The variant a feed links: FEED_IMAGE_WIDTH, else the widest smaller one, else the smallest. */
export function feedImageWidth(image: { width: number; variants: number[] }): number {
  const widths = image.variants.length ? [...image.variants].sort((a, b) => a - b) : [image.width];
  return widths.filter((w) => w <= FEED_IMAGE_WIDTH).pop() ?? widths[0];
}

// --- XML text helpers (see the header comment) ---------------------------------------------

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlClean(s: string): string {
  return s.replace(NOT_XML, '');
}

/** For xml-js text nodes: it turns `&amp;` into `&` before escaping, so protect literal ones. */
export function text(s: string): string {
  return xmlClean(s).replace(/&amp;/g, '&amp;amp;');
}

/** For attribute values: xml-js escapes only `"`. */
export function attr(s: string): string {
  return xmlClean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * For CDATA sections: xml-js splits only the first `]]>`; hand it the later ones already
 * split, so the section it writes is correct however many there are.
 */
export function cdata(s: string): string {
  const parts = xmlClean(s).split(']]>');
  if (parts.length <= 2) return parts.join(']]>');
  return `${parts[0]}]]>${parts.slice(1).join(']]]]><![CDATA[>')}`;
}

function itemFor(a: FeedItemData): Item {
  const link = absoluteUrl(articlePath({ id: a.id, slug: a.slug, sectionSlug: a.section.slug, edition: a.edition }));
  const names = a.authors.map((p) => p.name);
  const item: Item = {
    title: cdata(a.title),
    link,
    guid: articleGuid(a.id),
    date: new Date(a.publishedAt),
    description: a.lede ? cdata(a.lede) : undefined,
    author: names.length ? [{ name: text(names.join(', ')) }] : undefined,
    category: [a.section.name, ...a.tags.map((t) => t.name)].map((name) => ({ name: text(name) })),
    extensions: [],
  };
  // <author> is meant for an e-mail address; <dc:creator> is where readers look for a byline.
  if (names.length) item.extensions!.push({ name: 'dc:creator', objects: { _text: text(names.join(', ')) } });
  if (a.hero) {
    const width = feedImageWidth(a.hero);
    const url = absoluteUrl(mediaUrl(a.hero.file, width));
    const height = a.hero.width > 0 ? Math.round((a.hero.height * width) / a.hero.width) : undefined;
    if (a.heroBytes !== null) item.enclosure = { url: attr(url), type: 'image/webp', length: a.heroBytes };
    const description = a.hero.caption || a.hero.alt;
    item.extensions!.push({
      name: 'media:content',
      objects: {
        _attributes: {
          url: attr(url),
          type: 'image/webp',
          medium: 'image',
          width,
          ...(height ? { height } : {}),
          ...(a.heroBytes !== null ? { fileSize: a.heroBytes } : {}),
        },
        ...(description ? { 'media:description': { _attributes: { type: 'plain' }, _text: text(description) } } : {}),
        ...(a.hero.credit ? { 'media:credit': { _text: text(a.hero.credit) } } : {}),
      },
    });
  }
  return item;
}

/** The newest time any item was published or updated; the build time for an empty feed. */
function lastBuildDate(items: FeedItemData[], now: Date): Date {
  const times = items.flatMap((i) => [Date.parse(i.publishedAt), i.updatedAt ? Date.parse(i.updatedAt) : 0]);
  const newest = Math.max(0, ...times.filter(Number.isFinite));
  return newest > 0 ? new Date(newest) : now;
}

/** RSS 2.0 XML for a feed's data. */
export function buildRss(data: FeedData, now = new Date()): string {
  const edition = editions.get(data.edition);
  const feed = new Feed({
    title: text(data.title),
    description: text(data.description),
    id: absoluteUrl(data.path),
    link: absoluteUrl(data.path),
    feed: absoluteUrl(data.feedPath),
    language: edition.language,
    updated: lastBuildDate(data.items, now),
    ttl: Math.round(REVALIDATE.feed / 60),
    generator: edition.siteName,
    copyright: text(`© ${edition.siteName}`),
  });
  for (const item of data.items) feed.addItem(itemFor(item));
  const xml = feed.rss2();
  // `feed` declares only the namespaces it writes itself; ours go on the root element too.
  const root = '<rss version="2.0"';
  if (!xml.includes(root)) throw new Error('unexpected RSS output from feed');
  return xml.replace(root, `${root} xmlns:dc="${NS.dc}" xmlns:media="${NS.media}"`);
}

// --- Data --------------------------------------------------------------------------------

function fileSize(file: string, width: number): number | null {
  try {
    return fs.statSync(path.join(mediaDir(), `${file}-${width}.webp`)).size;
  } catch {
    return null;
  }
}

function withSizes(items: FeedArticle[]): FeedItemData[] {
  return items.map((a) => ({ ...a, heroBytes: a.hero ? fileSize(a.hero.file, feedImageWidth(a.hero)) : null }));
}

/** A feed's data, or null when the section or tag does not exist. */
export function loadFeed(editionCode: string, kind: FeedKind, slug: string): FeedData | null {
  const edition = editions.get(editionCode);
  if (kind === 'site') {
    return {
      edition: edition.code,
      kind,
      title: edition.siteName,
      description: edition.description,
      path: homePath(edition.code),
      feedPath: feedPath(edition.code, kind),
      items: withSizes(listFeedArticles({ edition: edition.code, limit: FEED_ITEMS })),
    };
  }
  const owner = kind === 'section' ? getSectionBySlug(edition.code, slug) : getTagBySlug(edition.code, slug);
  if (!owner) return null;
  const what = kind === 'section' ? 'the' : 'stories about';
  return {
    edition: edition.code,
    kind,
    title: `${owner.name} | ${edition.siteName}`,
    description: owner.description || `The latest from ${edition.siteName}: ${what} ${owner.name}.`,
    path: kind === 'section' ? sectionPath(edition.code, owner.slug) : tagPath(edition.code, owner.slug),
    feedPath: feedPath(edition.code, kind, owner.slug),
    items: withSizes(
      listFeedArticles(
        kind === 'section' ? { limit: FEED_ITEMS, sectionId: owner.id } : { limit: FEED_ITEMS, tagId: owner.id },
      ),
    ),
  };
}

export const readFeed = cachedRead(
  'feed',
  (edition: string, kind: FeedKind, slug: string) => loadFeed(edition, kind, slug),
  (edition, kind, slug) =>
    kind === 'section'
      ? [cacheTags.feeds(edition), cacheTags.section(edition, slug), cacheTags.sections(edition)]
      : kind === 'tag'
        ? [cacheTags.feeds(edition), cacheTags.tag(edition, slug)]
        : [cacheTags.feeds(edition)],
  REVALIDATE.feed,
);

/** Route parameters arrive percent-encoded. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The response of a feed route: the RSS, or 404 for an unknown section or tag. */
export async function renderFeed(edition: string, kind: FeedKind, slug = ''): Promise<Response> {
  if (!editions.find(edition)) return notFoundResponse();
  const data = await readFeed(edition, kind, slug);
  if (!data) {
    // A renamed or merged tag's old feed moves for good to the tag's own (its subscribers follow).
    const current = kind === 'tag' ? readTagAliasTarget(edition, slug) : null;
    if (current) return new Response(null, { status: 308, headers: { Location: feedPath(edition, 'tag', current) } });
    return notFoundResponse();
  }
  return new Response(buildRss(data), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE, 'X-Content-Type-Options': 'nosniff' },
  });
}

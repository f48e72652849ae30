/**
 * Plain data the queries hand out. Dates are ISO 8601 strings so a value survives
 * Next's data cache (JSON) unchanged. lib/content re-exports these for components.
 */

/**
 * A picture's own fields, as the media table stores them. Written once here: an upload
 * (db/queries/media.ts insertUpload) and the demo seed (db/seed/types.ts) write these.
 */
export interface MediaFields {
  /** Base file name without extension or width, e.g. "seed-07" (seed) or "up-<hex>" (upload). */
  file: string;
  mime: string;
  width: number;
  height: number;
  /** Widths available as `/media/{file}-{w}.webp`, ascending. */
  variants: number[];
  alt: string;
  caption: string;
  credit: string;
}

/** A stored picture, as the queries hand it out. */
export interface MediaItem extends MediaFields {
  id: number;
}

export interface SectionRef {
  id: number;
  slug: string;
  name: string;
}

export interface Section extends SectionRef {
  description: string;
  position: number;
}

export interface TagRef {
  id: number;
  slug: string;
  name: string;
}

export interface Tag extends TagRef {
  description: string;
}

export interface AuthorRef {
  id: number;
  slug: string;
  name: string;
  jobTitle: string;
}

export interface Author extends AuthorRef {
  bio: string;
}

export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  lede: string;
  section: SectionRef;
  publishedAt: string;
  updatedAt: string | null;
  hero: MediaItem | null;
}

export interface ArticleFull extends ArticleCard {
  /** Stored body blocks, not yet validated: run them through lib/content/blocks readBody. */
  body: unknown;
  heroCaption: string;
  authors: AuthorRef[];
  tags: TagRef[];
  /** Media referenced by image blocks, by id. */
  media: Record<number, MediaItem>;
  /** The SEO panel's overrides; empty strings and null mean "derive from the article". */
  seo: ArticleSeo;
}

export interface ArticleSeo {
  metaTitle: string;
  metaDescription: string;
  socialTitle: string;
  socialDescription: string;
  /** A picture for share cards instead of the hero. */
  socialImage: MediaItem | null;
}

export interface Paged<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
  pageCount: number;
}

/** Text with the runs that matched a search marked; rendered with <mark>, never as HTML. */
export type Highlighted = { text: string; hit: boolean }[];

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
  /** The point of interest every crop keeps in view, 0–1 from left and top (lib/focal.ts); centre when absent. */
  focalX?: number;
  focalY?: number;
}

/** A stored picture, as the queries hand it out. */
export interface MediaItem extends MediaFields {
  id: number;
}

/** A file made from an uploaded video or audio item (or the stored file itself), inside its storage folder. */
export interface Rendition {
  /** File name inside MEDIA_DIR/av/{storageKey}/, e.g. "720.mp4", "audio.m4a", "hls/master.m3u8", "document.pdf". */
  file: string;
  /** What it is: an MP4 or audio file readers play or download, the HLS master playlist, or the stored file of a download block. */
  role: 'mp4' | 'webm' | 'audio' | 'hls' | 'file';
  mime: string;
  /** Bytes on disk (for HLS: the master playlist's own size). */
  bytes: number;
  width?: number;
  height?: number;
  /** Bits per second, audio and video together (the HLS ladder's BANDWIDTH). */
  bitrate?: number;
  /** RFC 6381 codecs string, e.g. `avc1.4d401f,mp4a.40.2`. */
  codecs?: string;
}

/** One picture of a gallery (a body block or the hero): the picture's own caption and credit are used when absent. */
export interface GalleryItem {
  mediaId: number;
  alt?: string;
  caption?: string;
  credit?: string;
}

export type { MediaKind, MediaStatus } from './schema';

/** A subtitle or caption track of a video or audio item. */
export interface CaptionTrack {
  lang: string;
  label: string;
  /** Public URL of the WebVTT file. */
  url: string;
}

/**
 * A video, audio or file item as reader pages and the newsroom need it. URLs are public
 * (`/media/av/{storageKey}/…`): immutable, and unguessable until a page shows them.
 */
export interface AvItem {
  id: number;
  kind: 'video' | 'audio' | 'file';
  status: 'ready' | 'processing' | 'failed';
  error: string;
  storageKey: string;
  title: string;
  description: string;
  credit: string;
  transcript: string;
  durationMs: number;
  width: number;
  height: number;
  /** Stored type of the original upload (files: read from its bytes). */
  mime: string;
  bytes: number;
  originalName: string;
  allowDownload: boolean;
  renditions: Rendition[];
  /** The picture shown before a video plays (or a podcast episode's artwork). */
  poster: MediaItem | null;
  captions: CaptionTrack[];
  createdAt: string;
}

export interface SectionRef {
  id: number;
  slug: string;
  name: string;
}

export interface Section extends SectionRef {
  description: string;
  position: number;
  /** lib/editions.ts code. */
  edition: string;
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
  /** The story's edition (lib/editions.ts code): its address and language. */
  edition: string;
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
  /** Pictures referenced by image and gallery blocks and the hero gallery, by id. */
  media: Record<number, MediaItem>;
  /** Video, audio and file items referenced by the body's blocks and by a video hero, by id. */
  av: Record<number, AvItem>;
  /** A video hero (`hero` is then its poster, so cards and share images stay pictures). */
  heroVideo: AvItem | null;
  /** A gallery shown as the hero; empty when the hero is one picture or a video. */
  heroGallery: GalleryItem[];
  /** The SEO panel's overrides; empty strings and null mean "derive from the article". */
  seo: ArticleSeo;
  /**
   * The story's published translations in other editions (never an unpublished one), and
   * whether this story is its group's original (the one the others translate).
   */
  translations: Translation[];
  isOriginal: boolean;
}

/** A published translation of a story: where it is and in which edition. */
export interface Translation {
  id: number;
  edition: string;
  slug: string;
  sectionSlug: string;
  title: string;
  /** True for the group's original story. */
  original: boolean;
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

// ---- Issue 19: the arrangement of a front (stored as JSON in fronts.layout; checked by lib/fronts/layout.ts) ----

/** Aspect ratios a slot may crop its picture to on one front. */
export type CropRatio = '5:4' | '16:9' | '4:3' | '1:1';

/** A picture crop for one front: the aspect ratio and the point (percentages) kept in view. */
export interface SlotCrop {
  ratio: CropRatio;
  focusX: number;
  focusY: number;
}

/**
 * One place on a front. `pinned`: this story, optionally only until `until` (ISO; then the slot
 * behaves as `auto` in the story's section), with per-front overrides (empty = the story's own).
 * `auto`: the newest story not shown higher up, from `sectionId` (null: any section).
 */
export type FrontSlotJson =
  | {
      kind: 'pinned';
      articleId: number;
      until?: string | null;
      headline?: string;
      standfirst?: string;
      crop?: SlotCrop | null;
    }
  | { kind: 'auto'; sectionId: number | null };

/** How a container looks: the lead splash, the top-stories cluster, section rows, opinion, most read. */
export type ContainerStyle = 'lead' | 'top' | 'row' | 'opinion' | 'most-read';

export interface FrontContainerJson {
  /** Stable within a front (for keys and anchors): lowercase letters, digits and dashes. */
  id: string;
  style: ContainerStyle;
  /** The heading readers see ("Top stories", "Opinion", "Sport"); the lead's is visually hidden. */
  title: string;
  /** Where the heading links ("/sport"), or ''. */
  href: string;
  /** Empty for `most-read` (filled from the counts: the front's section, or the whole site on home). */
  slots: FrontSlotJson[];
}

export interface FrontLayoutJson {
  containers: FrontContainerJson[];
}

/** A story as one front shows it: its card, with that front's overrides applied. */
export interface FrontCard extends ArticleCard {
  /** The story's own title, unless the slot overrides it. */
  headline: string;
  /** The story's lede, unless the slot overrides it. */
  standfirst: string;
  crop: SlotCrop | null;
  /** The first byline, with the author's picture (opinion cards show the columnist's face). */
  byline: { name: string; slug: string; avatar: MediaItem | null } | null;
  /** Kind of story, for a card's label/icon: 'video' when the hero is a video, 'gallery', or 'text'. */
  format: 'text' | 'video' | 'gallery';
}

export interface FrontContainerView {
  id: string;
  style: ContainerStyle;
  title: string;
  href: string;
  cards: FrontCard[];
}

/** A front ready to render: its containers with their stories resolved. */
export interface FrontView {
  /** 'home' or the section's slug. */
  key: string;
  containers: FrontContainerView[];
}

/** One story in a "most read" list. */
export interface MostReadItem {
  card: ArticleCard;
  views: number;
}

/** A live breaking-news banner as reader pages render it. */
export interface BannerView {
  id: number;
  label: string;
  text: string;
  url: string;
  /** ISO; the page stops showing it then (the scheduler expires cached pages at that moment). */
  expiresAt: string;
  sectionSlug: string | null;
}

/** One of the site's own pages (About, Privacy…), for the footer and its reader route. */
export interface InfoPageLink {
  slug: string;
  title: string;
}

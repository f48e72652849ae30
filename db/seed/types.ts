/** What the demo-newsroom generator produces; db/seed/index.ts writes it to the database. */
import type { Block } from '@/lib/content/blocks';
import type { ArticleStatus } from '@/db/schema';

export interface SeedSection {
  slug: string;
  name: string;
  description: string;
  position: number;
}
export interface SeedTag {
  slug: string;
  name: string;
  description: string;
}
export interface SeedAuthor {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
}
/** One generated picture in the media library (files written by db/seed/images.ts). */
export interface SeedImage {
  /** Base file name without extension or width, e.g. "seed-07". */
  file: string;
  mime: string;
  width: number;
  height: number;
  /** Widths of the generated variants, ascending; the largest equals `width`. */
  variants: number[];
  alt: string;
  caption: string;
  credit: string;
}
export interface SeedArticle {
  sectionSlug: string;
  title: string;
  slug: string;
  lede: string;
  /** Image blocks refer to images by index into the image list, as `mediaId: index + 1`. */
  body: Block[];
  /** Index into the generated image list, or null for an article without a hero image. */
  heroImage: number | null;
  heroCaption: string;
  tagSlugs: string[];
  authorSlugs: string[];
  status: ArticleStatus;
  featured: 0 | 1 | 2;
  publishedAt: Date | null;
  updatedAt: Date | null;
}

/** What the demo-newsroom generator produces; db/seed/index.ts writes it to the database. */
import type { Block } from '@/lib/content/blocks';
import type { ArticleStatus } from '@/db/schema';
import type { MediaFields } from '@/db/types';

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
/**
 * One generated picture in the media library (files written by db/seed/images.ts): the
 * media table's own fields; the largest of its `variants` equals `width`.
 */
export type SeedImage = MediaFields;
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
  /**
   * Stories of different editions that share a key are translations of one story (one
   * translation group in the database); absent for a story with no translation.
   */
  translationKey?: string;
}

/** One edition's demo newsroom: its own sections, tags, bylines and stories, in its language. */
export interface SeedEdition {
  /** lib/editions.ts code: 'ru', 'ar'. */
  edition: string;
  sections: SeedSection[];
  tags: SeedTag[];
  authors: SeedAuthor[];
  articles: SeedArticle[];
}

/** The choices the article editor offers (sections, shows, bylines, recent pictures), as plain data for the client form. */
import { listAllSections } from '@/db/queries/articles';
import { DEFAULT_EDITION, editions } from '@/lib/editions';
import { recentMediaOptions } from '@/db/queries/media';
import { listAllAuthors, NO_SEO, type EditableArticle } from '@/db/queries/newsroom';
import { listShows } from '@/db/queries/shows';
import { blocksToMarkdown, galleryLinesMarkdown } from '@/lib/content/markdown/serialize';
import { readBody } from '@/lib/content/blocks';
import { mediaUrl } from '@/lib/media';
import type { EditorValues } from '@/lib/newsroom/articles';
import { SITE } from '@/lib/site';
import { slugify } from '@/lib/urls';
import { siteUrl } from '@/lib/urls';

export interface PictureOption {
  id: number;
  alt: string;
  /** A small variant for the picker and the share-card preview. */
  src: string;
}

export interface EditorOptions {
  sections: { id: number; name: string }[];
  shows: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  pictures: PictureOption[];
  site: { name: string; host: string };
}

/**
 * Every edition's sections for the newsroom's pickers, the default edition's first and the
 * others' names marked with their edition ("Мир (RU)"): the newsroom's chrome is in English.
 */
export function sectionChoices(
  only: readonly string[] = editions.codes,
): { id: number; name: string; edition: string }[] {
  return listAllSections()
    .filter((s) => only.includes(s.edition))
    .sort((a, b) => Number(a.edition !== DEFAULT_EDITION) - Number(b.edition !== DEFAULT_EDITION))
    .map((s) => ({
      id: s.id,
      edition: s.edition,
      name: s.edition === DEFAULT_EDITION ? s.name : `${s.name} (${editions.find(s.edition)?.flag ?? s.edition})`,
    }));
}

/**
 * The editor's choices; `sectionEditions` are the editions whose sections it offers: those the
 * person may write in (lib/newsroom/articles.ts editorEditions). The server checks again on save.
 */
export function editorOptions(sectionEditions: readonly string[] = editions.codes): EditorOptions {
  return {
    sections: sectionChoices(sectionEditions).map(({ id, name }) => ({ id, name })),
    shows: listShows().map((s) => ({ id: s.id, name: s.name })),
    authors: listAllAuthors().map((a) => ({ id: a.id, name: a.name })),
    pictures: recentMediaOptions().map((m) => ({
      id: m.id,
      alt: m.alt,
      src: mediaUrl(m.file, m.variants.find((w) => w >= 480) ?? m.variants[m.variants.length - 1] ?? m.width),
    })),
    site: { name: SITE.name, host: new URL(siteUrl()).host },
  };
}

const opt = (id: number | null) => (id === null ? '' : String(id));

/** The editor's fields for a new article (`authorId`: the writer's own byline) or a saved one. */
/**
 * A story never published whose slug is the one its headline makes keeps following its headline
 * (an empty field: made from the headline at the next save), as WordPress does until the first
 * publish. A translation draft starts with its source's headline and slug, so its slug follows
 * the translated headline, in the edition's own transliteration, unless someone set one.
 */
function followsHeadline(article: EditableArticle): boolean {
  return article.status === 'draft' && article.publishedAt === null && article.slug === slugify(article.title);
}

export function editorValues(article: EditableArticle | null, authorId: number | null = null): EditorValues {
  const seo = article?.seo ?? NO_SEO;
  return {
    title: article?.title ?? '',
    slug: article && !followsHeadline(article) ? article.slug : '',
    sectionId: article ? String(article.sectionId) : '',
    lede: article?.lede ?? '',
    body: article ? blocksToMarkdown(readBody(article.body)) : '',
    tags: article ? article.tags.map((t) => t.name).join(', ') : '',
    authorIds: article ? article.authorIds.map(String) : authorId ? [String(authorId)] : [],
    heroMediaId: opt(article?.heroMediaId ?? null),
    heroGallery: article?.heroGallery.length ? galleryLinesMarkdown({ items: article.heroGallery }) : '',
    showId: opt(article?.showId ?? null),
    metaTitle: seo.metaTitle,
    metaDescription: seo.metaDescription,
    socialTitle: seo.socialTitle,
    socialDescription: seo.socialDescription,
    socialMediaId: opt(seo.socialMediaId),
  };
}

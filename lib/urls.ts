/**
 * Every public URL of the site is built here, so links, canonicals, redirects and
 * share links always agree. Article URLs are `/{section}/{id}-{slug}`: the id finds
 * the article, the rest is checked against the canonical form (and 308s when it differs).
 */
import { editionPath, editions } from '@/lib/editions';
import { RESERVED_SECTION_SLUGS } from '@/lib/reserved-paths';

/** Absolute origin of the site, from SITE_URL (default http://localhost:3000), without trailing slash. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`;
  return raw.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

export interface ArticleRef {
  id: number;
  slug: string;
  sectionSlug: string;
  /** The story's edition (lib/editions.ts): its addresses carry the edition's prefix. */
  edition: string;
}

/** The edition's own address for `path`: unprefixed for the default edition, `/ru/…` for the others. */
const inEdition = (edition: string, path: string) => editionPath(edition, path);

export function articlePath(a: ArticleRef): string {
  return inEdition(a.edition, `/${a.sectionSlug}/${a.id}-${a.slug}`);
}

/** An edition's home page: `/` or `/ru`. */
export const homePath = (edition: string) => inEdition(edition, '/');
export const sectionPath = (edition: string, slug: string) => inEdition(edition, `/${slug}`);
export const tagPath = (edition: string, slug: string) => inEdition(edition, `/tags/${slug}`);
export const authorPath = (edition: string, slug: string) => inEdition(edition, `/authors/${slug}`);
/** One of the site's own pages (About, Privacy…), edited in the newsroom's /admin/pages. */
export const infoPagePath = (edition: string, slug: string) => inEdition(edition, `/info/${slug}`);

export type ListKind = 'section' | 'tag' | 'author';

export function listPath(edition: string, kind: ListKind, slug: string, page = 1): string {
  const base =
    kind === 'section'
      ? sectionPath(edition, slug)
      : kind === 'tag'
        ? tagPath(edition, slug)
        : authorPath(edition, slug);
  return page > 1 ? `${base}?page=${page}` : base;
}

/**
 * Reads the `{id}-{slug}` segment of an article URL. The id is a positive decimal integer
 * without leading zeros (so `/x/007-y` is not a second name for article 7); the slug may be empty.
 */
export function parseArticleSegment(segment: string): { id: number; slug: string } | null {
  const decoded = safeDecode(segment);
  // `s`: a slug with a newline in it is still a wrong slug for this id (308), not an unknown page.
  const match = /^([1-9][0-9]{0,14})(?:-(.*))?$/s.exec(decoded);
  if (!match) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id)) return null;
  return { id, slug: match[2] ?? '' };
}

/** Reads a page number: a positive decimal integer without sign, leading zeros or junk. */
export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/**
 * Arabic letters by their usual Latin spelling (consonants only: the script writes few vowels).
 * Slugs are transliterated in every edition (docs/adr/0014): the id finds the story, so a slug is
 * a readable label, and ASCII keeps every address, cache key and shared link short and unescaped.
 */
const ARABIC: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ؤ: 'w',
  ي: 'y',
  ى: 'a',
  ئ: 'y',
  ء: '',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};

/** URL slug from a title: ASCII, lower case, hyphen separated, at most `max` characters. */
export function slugify(title: string, max = 80): string {
  const transliterated = title
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? '')
    // Arabic: letters and digits spelt out; short-vowel marks and the tatweel (U+0640) dropped.
    .replace(/[\u0600-\u06ff]/g, (ch) => ARABIC[ch] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '');
  const slug = transliterated.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * An address whose path holds a percent escape that does not decode, or a list address whose
 * `?page` does not (next.config.ts rewrites it into a path: sections, tags, authors). Next
 * answers those with a 400 rendered by a `/_error` page that an App Router build does not have,
 * so it ended as a 500: scripts/serve.ts answers them first.
 */
export function isMalformedAddress(url: string): boolean {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (!decodes(path)) return true;
  if (q === -1) return false;
  const all = path.split('/').filter(Boolean);
  // Another edition's lists are the default's behind its prefix (`/ru/mir?page=2`).
  const segments = editions.prefixed.includes(all[0]) ? all.slice(1) : all;
  const list =
    !path.includes('.') &&
    ((segments.length === 1 && !RESERVED_SECTION_SLUGS.has(segments[0])) ||
      (segments.length === 2 && (segments[0] === 'tags' || segments[0] === 'authors')));
  return list && new URLSearchParams(url.slice(q + 1)).getAll('page').some((page) => !decodes(page));
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** A story card's address (its section and edition are on it). */
export function cardPath(card: { id: number; slug: string; edition: string; section: { slug: string } }): string {
  return articlePath({ id: card.id, slug: card.slug, sectionSlug: card.section.slug, edition: card.edition });
}

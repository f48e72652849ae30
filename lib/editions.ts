/**
 * The site's language editions, configured in one place (docs/adr/0014). Everything else (routes,
 * rewrites, hreflang, feeds, sitemaps, fonts, search folding, the newsroom's edition picker) reads
 * this list, so a fourth edition is an entry here, a message catalogue (messages/{code}.json) and
 * its seed content, with no code change (tests/unit/editions.test.ts adds a fixture edition).
 *
 * Pure data and pure functions: next.config.ts imports it (its rewrites are built from it).
 */

export interface Edition {
  /** The URL prefix (`/ru/…`), the value stored in the database and the catalogue's file name. */
  code: string;
  /** BCP 47 locale for `Intl` (dates, numbers, plural rules) and for `<html lang>`. */
  locale: string;
  /** The language for hreflang, `news:language` and JSON-LD `inLanguage`. */
  language: string;
  dir: 'ltr' | 'rtl';
  /** The edition's name in its own language, as the switcher shows it. */
  name: string;
  /** The switcher's short label. */
  flag: string;
  /** The publication's name and tagline in this edition. */
  siteName: string;
  tagline: string;
  description: string;
  /** The desk's time zone: dates in pages and feeds are shown in it. */
  timeZone: string;
  /** Open Graph locale (`og:locale`). */
  ogLocale: string;
  /** The writing system its text needs, which picks the self-hosted font files (app/fonts.ts). */
  script: 'latin' | 'cyrillic' | 'arabic';
  /** The slug of the section whose stories are opinion (columnists' faces, the home page's opinion block). */
  opinionSection: string;
}

export const EDITIONS: readonly Edition[] = [
  {
    code: 'en',
    locale: 'en-GB',
    language: 'en',
    dir: 'ltr',
    name: 'English',
    flag: 'EN',
    siteName: 'Meridian',
    tagline: 'News and analysis from around the world',
    description:
      'Meridian reports world news, Russia, business, science and sport, with opinion and analysis from correspondents around the world.',
    timeZone: 'Europe/London',
    ogLocale: 'en_GB',
    script: 'latin',
    opinionSection: 'op-ed',
  },
  {
    code: 'ru',
    locale: 'ru-RU',
    language: 'ru',
    dir: 'ltr',
    name: 'Русский',
    flag: 'RU',
    siteName: 'Меридиан',
    tagline: 'Новости и аналитика со всего мира',
    description:
      'Меридиан рассказывает о событиях в мире и в России, об экономике, науке и спорте, публикует мнения и аналитику корреспондентов.',
    timeZone: 'Europe/Moscow',
    ogLocale: 'ru_RU',
    script: 'cyrillic',
    opinionSection: 'mneniya',
  },
  {
    code: 'ar',
    locale: 'ar',
    language: 'ar',
    dir: 'rtl',
    name: 'العربية',
    flag: 'AR',
    siteName: 'ميريديان',
    tagline: 'أخبار وتحليلات من حول العالم',
    description: 'ميريديان ينقل أخبار العالم والشرق الأوسط والاقتصاد والعلوم والرياضة، مع آراء وتحليلات مراسليه.',
    timeZone: 'Asia/Dubai',
    ogLocale: 'ar_AR',
    script: 'arabic',
    opinionSection: 'ray',
  },
];

/** The edition at `/`, whose addresses carry no prefix. */
export const DEFAULT_EDITION = 'en';

/** Lookups over one list of editions; the site uses `editions` below, tests build their own. */
export function editionRegistry(list: readonly Edition[], defaultCode: string) {
  const byCode = new Map(list.map((e) => [e.code, e]));
  const fallback = byCode.get(defaultCode);
  if (!fallback) throw new Error(`the default edition "${defaultCode}" is not in the list`);
  return {
    all: list,
    default: fallback,
    codes: list.map((e) => e.code),
    /** The edition of a code, or null (an unknown prefix answers 404). */
    find: (code: string | null | undefined): Edition | null => (code ? (byCode.get(code) ?? null) : null),
    /** The edition of a code from the database or a route, which must be known. */
    get(code: string): Edition {
      const edition = byCode.get(code);
      if (!edition) throw new Error(`unknown edition "${code}"`);
      return edition;
    },
    /** The path prefix of an edition's addresses: '' for the default, `/ru` for the others. */
    prefix: (code: string): string => (code === defaultCode ? '' : `/${code}`),
    /** The codes that appear in addresses as a first segment. */
    prefixed: list.filter((e) => e.code !== defaultCode).map((e) => e.code),
  };
}

export type Editions = ReturnType<typeof editionRegistry>;

export const editions: Editions = editionRegistry(EDITIONS, DEFAULT_EDITION);

/** `path` (starting with '/') in `code`'s edition: `/ru/world` for ('ru', '/world'), `/world` for English. */
export function editionPath(code: string, path: string): string {
  const prefix = editions.prefix(code);
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** Whether a story card's section is its edition's opinion section. */
export function isOpinion(card: { edition: string; section: { slug: string } }): boolean {
  return editions.find(card.edition)?.opinionSection === card.section.slug;
}

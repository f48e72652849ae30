/**
 * Text rules the full-text index (db/migrations/0007_search_fts.sql) and its queries share.
 * Pure functions, no database: lib/search/query.ts uses them to build MATCH expressions.
 */

/** Cyrillic ё as е: the index stores it folded, because Russian searches ё and е interchangeably. */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Highlight markers: private-use characters, which lib/search/query.ts strips from queries. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

/**
 * Text rules the full-text index (db/migrations/0011_search_editions.sql) and its queries share.
 * Pure functions, no database: lib/search/query.ts folds queries with them, db/queries/search.ts
 * maps highlighted index text back to the text as written, and tests/unit/search-editions.test.ts
 * checks that the migration's SQL folds every character exactly as SEARCH_FOLDS says.
 */

/**
 * Letters searched as another letter ('' removes it), applied to indexed text and to queries
 * alike. The tokenizer (unicode61 remove_diacritics 2) already folds case in every script and
 * Latin diacritics; these are what it does not do. They touch only Cyrillic and Arabic letters,
 * so English text is indexed and searched exactly as before, and one rule set serves every
 * edition (a new edition's script gets its rules here, not a per-edition switch).
 *
 * - Russian writes ё as е more often than not: ё is searched as е.
 * - Arabic harakat (tashkeel U+064B–U+0652, and the rarer marks up to U+065F, among them the
 *   decomposed maddah and hamza above/below) and superscript alef U+0670 are removed: the
 *   tokenizer treats these combining marks as separators, so a vowelled word would otherwise
 *   split into single letters. Tatweel U+0640 (a stretching stroke) is removed: it is a letter
 *   to the tokenizer, so "كـتاب" would not be "كتاب".
 * - Alef with hamza above or below, with madda, and alef wasla are searched as bare alef: writers
 *   and keyboards use them inconsistently (أحمد, احمد).
 * - Alef maqsura ى as ya ي and ta marbuta ة as ha ه: Egyptian and informal typing drops the dots
 *   of both at the end of a word (the usual Arabic search normalisation, as Lucene's).
 * - Hamza on waw ؤ as waw and hamza on ya ئ as ya: hurried and informal typing drops the hamza
 *   and keeps its seat (النتايج for النتائج, مسوول for مسؤول), as it does on alef, so the hamza is
 *   optional in a query as it is on alef. (Folding both seats to a bare hamza ء would instead
 *   join the two spellings مسؤول and مسئول but lose the far more common hamza-less typing.) The
 *   cost is rare collisions between words that differ only by that hamza, which ranking and the
 *   other words of a query absorb.
 * - Persian keh ک and yeh ی as Arabic kaf ك and ya ي: Arabic typed on a Persian keyboard.
 * Hamza alone (ء) is a letter of its own and stays.
 */
export const SEARCH_FOLDS: readonly (readonly [string, string])[] = [
  ['ё', 'е'],
  ['Ё', 'Е'],
  ...Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => [String.fromCharCode(0x064b + i), ''] as const),
  ['\u0670', ''],
  ['\u0640', ''],
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['آ', 'ا'],
  ['ٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ؤ', 'و'],
  ['ئ', 'ي'],
  ['ک', 'ك'],
  ['ی', 'ي'],
];

// Every rule maps one UTF-16 unit to at most one, which keeps the position map below simple.
const FOLD = new Map<string, string>(SEARCH_FOLDS);
const FOLDABLE = new RegExp(`[${SEARCH_FOLDS.map(([from]) => from).join('')}]`);

/** Text as the index holds it (before the tokenizer's own case and diacritic folding). */
export function foldSearchText(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += FOLD.get(text[i]) ?? text[i];
  return out;
}

/**
 * The folded text and, for each of its UTF-16 units, where it came from in `text`, so a passage
 * of the index's text can be cut from the text as written.
 */
export function foldWithMap(text: string): { folded: string; starts: number[] } {
  let folded = '';
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const to = FOLD.get(text[i]) ?? text[i];
    if (!to) continue;
    folded += to;
    starts.push(i);
  }
  return { folded, starts };
}

/**
 * The SQL expression folding `column` as foldSearchText does: one nested replace() per rule,
 * tried only when the text holds a letter some rule folds (one GLOB pass), since each replace()
 * copies the whole text and most stories (English, most Russian) have nothing to fold. The
 * migration holds its output written out (migrations are plain SQL); the test compares them.
 */
export function foldSql(column: string): string {
  const literal = (s: string) => (s ? `char(${s.charCodeAt(0)})` : "''");
  const chain = SEARCH_FOLDS.reduce((sql, [from, to]) => `replace(${sql}, ${literal(from)}, ${literal(to)})`, column);
  const any = `'*[' || char(${SEARCH_FOLDS.map(([from]) => from.charCodeAt(0)).join(', ')}) || ']*'`;
  return `CASE WHEN ${column} GLOB ${any} THEN ${chain} ELSE ${column} END`;
}

// A letter some rule folds to, or the Arabic block (whose marks the rules remove next to letters).
const FOLDED_INTO = new RegExp(
  `[${[...new Set(SEARCH_FOLDS.map(([, to]) => to).filter(Boolean))].join('')}\u0600-\u06ff]`,
);

/**
 * Whether text taken from the index may differ from the text as written. English text never
 * does, so its passages need not be matched against the original.
 */
export function mayBeFolded(indexed: string): boolean {
  return FOLDED_INTO.test(indexed);
}

/**
 * The index's edition column holds this character followed by the edition's code (the view
 * in db/migrations/0011_search_editions.sql writes char(57346) || edition). A private-use
 * character is part of a token to the tokenizer, and lib/search/query.ts strips private-use
 * characters from queries, so a reader's word never matches an edition's token.
 */
export const EDITION_MARK = '\uE002';

/** Highlight markers: private-use characters, which lib/search/query.ts strips from queries. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

/**
 * Puts the text as written back into FTS5 highlight() or snippet() output, which is cut from the
 * folded index text: `marked` is that output (markers, and '…' where a snippet was cut),
 * `original` the column's text as written. Letters the index folded come back (ё, أ, ة), and
 * removed marks (harakat, tatweel) come back with the letter before them, so a marked word keeps
 * its vowels. When the passage cannot be found (the text changed in between), `marked` is
 * returned as it is.
 */
export function unfoldMarked(marked: string, original: string): string {
  if (!FOLDABLE.test(original)) return marked;
  const markers = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, 'g');
  const plain = marked.replace(markers, '');
  const { folded, starts } = foldWithMap(original);
  let lead = 0;
  let trail = 0;
  let at = folded.indexOf(plain);
  if (at < 0) {
    lead = plain.startsWith('…') ? 1 : 0;
    trail = plain.length > lead && plain.endsWith('…') ? 1 : 0;
    at = folded.indexOf(plain.slice(lead, plain.length - trail));
    if (at < 0) return marked;
  }
  const coreEnd = plain.length - trail;
  // Where folded position f starts in the original; the text's end for f past the last unit.
  const source = (f: number) => (f <= 0 ? 0 : f >= folded.length ? original.length : starts[f]);
  const piece = (from: number, to: number) => {
    let out = '';
    if (from < lead) out += plain.slice(from, Math.min(to, lead));
    const a = Math.max(from, lead);
    const b = Math.min(to, coreEnd);
    if (a < b) {
      out += original.slice(source(at + a - lead), source(at + b - lead));
    }
    if (to > coreEnd) out += plain.slice(Math.max(from, coreEnd), to);
    return out;
  };
  let out = '';
  let p = 0;
  for (const part of marked.split(new RegExp(`([${MARK_OPEN}${MARK_CLOSE}])`))) {
    if (part === MARK_OPEN || part === MARK_CLOSE) out += part;
    else if (part) {
      out += piece(p, p + part.length);
      p += part.length;
    }
  }
  return out;
}

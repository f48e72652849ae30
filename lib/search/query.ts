/**
 * What a reader types into the search box, turned into a safe SQLite FTS5 query.
 *
 * The reader's grammar is small and forgiving, like a search engine's:
 *   words             all of them must appear (in any form of accents or case)
 *   "a phrase"        those words next to each other; an unclosed quote runs to the end
 *   sanct*            words starting with "sanct" (at least MIN_PREFIX letters before the *)
 *   oil OR gas        either one
 *   -word, -"phrase"  leave out stories containing it
 * Everything else is text. Each word or phrase reaches FTS5 only as a double-quoted string
 * (quotes doubled), so FTS5's own syntax — AND, NEAR, column filters, ^, parentheses — can never
 * be injected; control characters are dropped and the length is capped. A query that keeps no
 * searchable word gives `fts: null` with the reason in `problem`.
 */
import { noteKey, type SearchNote } from './notes';
import { foldSearchText } from '@/db/fts';

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 12;
export const MIN_PREFIX = 3;

export interface SearchTerm {
  /** The words as the reader wrote them (for display), without quotes or operators. */
  text: string;
  phrase: boolean;
  prefix: boolean;
}

export interface ParsedQuery {
  /** The query as searched: control characters removed, whitespace collapsed, length capped. */
  text: string;
  /** Terms that must match, as groups of alternatives (a group with two terms came from "a OR b"). */
  required: SearchTerm[][];
  excluded: SearchTerm[];
  /** The FTS5 MATCH expression, or null when there is nothing to search for. */
  fts: string | null;
  problem: 'empty' | 'only-excluded' | null;
  /**
   * For queries with a phrase: the same query with each phrase's words required separately.
   * Results are ranked with it (see db/queries/search.ts), because FTS5's BM25 counts a
   * phrase's documents across the whole index on every query, which for a phrase of common
   * words ("the government") costs more than the whole search should.
   */
  rankFts: string | null;
  /** Things the reader should know about how the query was read. */
  notes: SearchNote[];
}

// Control and format characters (NUL, escapes, bidi overrides, zero-width joiners…) and the
// private-use characters db/fts.ts uses as highlight markers and in the index's edition tokens.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether text keeps a searchable letter once folded (a lone tatweel or harakat do not). */
const hasWord = (text: string) => WORD_CHAR.test(foldSearchText(text));

/** Normalises raw input: NFKC, no invisible characters, single spaces, at most MAX_QUERY_CHARS. */
export function normaliseQuery(raw: string): { text: string; truncated: boolean } {
  const cleaned = raw.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
  if (cleaned.length <= MAX_QUERY_CHARS) return { text: cleaned, truncated: false };
  // Cut at the last space before the limit, so no word is left half.
  let cut = cleaned.slice(0, MAX_QUERY_CHARS);
  const space = cut.lastIndexOf(' ');
  if (space > MAX_QUERY_CHARS / 2) cut = cut.slice(0, space);
  // Never leave a lone surrogate at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return { text: cut.trim(), truncated: true };
}

interface Token {
  kind: 'term' | 'or';
  negate?: boolean;
  term?: SearchTerm;
}

function tokenize(text: string, notes: Map<string, SearchNote>): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    let negate = false;
    let start = i;
    if (ch === '-' && i + 1 < text.length && text[i + 1] !== ' ') {
      negate = true;
      start = i + 1;
    }
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      const end = close === -1 ? text.length : close;
      const words = text.slice(start + 1, end).trim();
      i = close === -1 ? text.length : close + 1;
      if (hasWord(words)) tokens.push({ kind: 'term', negate, term: { text: words, phrase: true, prefix: false } });
      continue;
    }
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    // A quote inside a word starts a phrase there: split the word before it.
    const quote = text.indexOf('"', start);
    if (quote !== -1 && quote < end) end = quote;
    let word = text.slice(start, end);
    i = end;
    if (!negate && word === 'OR') {
      tokens.push({ kind: 'or' });
      continue;
    }
    if (!negate && word === 'AND') continue; // words are already all required
    let prefix = false;
    if (word.endsWith('*')) {
      word = word.replace(/\*+$/, '');
      const letters = [...foldSearchText(word)].filter((c) => WORD_CHAR.test(c)).length;
      if (letters >= MIN_PREFIX) prefix = true;
      else if (letters > 0) addNote(notes, { code: 'shortPrefix', min: MIN_PREFIX, word });
    }
    if (!hasWord(word)) continue; // punctuation alone, a lone *, a stray -, a lone tatweel
    tokens.push({ kind: 'term', negate, term: { text: word, phrase: false, prefix } });
  }
  return tokens;
}

/** One term as an FTS5 string: FTS5 tokenizes the inside with the table's tokenizer. */
function ftsString(term: SearchTerm): string {
  // A colon or other punctuation inside the string is just a separator to the tokenizer.
  // Folded as the index is (db/fts.ts): ё as е, Arabic without harakat or tatweel, one alef…
  return `"${foldSearchText(term.text).replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

/**
 * A term's words as the tokenizer sees them (letters and digits between separators), after
 * folding: harakat are separators to the tokenizer, so a vowelled word must lose them first.
 */
function wordsOf(term: SearchTerm): string[] {
  return foldSearchText(term.text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Each note once (a query with three short `ab*` words says so once per word, not per repeat). */
function addNote(notes: Map<string, SearchNote>, note: SearchNote): void {
  notes.set(noteKey(note), note);
}

function ftsGroup(group: SearchTerm[]): string {
  return group.length === 1 ? ftsString(group[0]) : `(${group.map(ftsString).join(' OR ')})`;
}

export function parseSearchQuery(raw: string): ParsedQuery {
  const notes = new Map<string, SearchNote>();
  const { text, truncated } = normaliseQuery(raw);
  if (truncated) addNote(notes, { code: 'shortened', max: MAX_QUERY_CHARS });
  const tokens = tokenize(text, notes);

  const required: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  let count = 0;
  for (const token of tokens) {
    if (token.kind === 'or') {
      joinNext = required.length > 0;
      continue;
    }
    if (count === MAX_TERMS) {
      addNote(notes, { code: 'tooManyTerms', max: MAX_TERMS });
      break;
    }
    count++;
    const term = token.term!;
    if (token.negate) excluded.push(term);
    else if (joinNext) required[required.length - 1].push(term);
    else required.push([term]);
    joinNext = false;
  }

  let problem: ParsedQuery['problem'] = null;
  let fts: string | null = null;
  if (required.length === 0) problem = excluded.length > 0 ? 'only-excluded' : 'empty';
  else {
    fts = required.map(ftsGroup).join(' AND ');
    if (excluded.length > 0) fts = `(${fts}) NOT (${excluded.map(ftsString).join(' OR ')})`;
  }
  let rankFts: string | null = null;
  if (fts && required.some((group) => group.some((t) => wordsOf(t).length > 1))) {
    const words = (t: SearchTerm) =>
      wordsOf(t).map((w, i, all) => ftsString({ text: w, phrase: false, prefix: t.prefix && i === all.length - 1 }));
    rankFts = required
      .map((group) => {
        const alternatives = group.map((t) => (wordsOf(t).length > 1 ? `(${words(t).join(' AND ')})` : ftsString(t)));
        return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
      })
      .join(' AND ');
  }
  return { text, required, excluded, fts, problem, rankFts, notes: [...notes.values()] };
}

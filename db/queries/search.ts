/**
 * Full-text search over one edition's published articles with SQLite FTS5 (table, view and
 * triggers in db/migrations/0011_search_editions.sql, after 0007). The MATCH expression comes
 * from lib/search/query.ts, which quotes every word; this module scopes it to the edition and
 * adds the filters, ranking, paging and highlighting.
 *
 * How it stays fast at 100,000 articles: the index's rowid is (published_at << 24) + article id,
 * so "visible now", date ranges and "newest first" are rowid ranges and rowid order that FTS5
 * serves from its own b-tree. The edition is a term of the MATCH expression (its own indexed
 * column), intersected in that same rowid order, not a filter on every match afterwards; ranking
 * and highlighting use the reader's words alone, over the rows the edition's query chose. Section and tag filters are one `+rowid IN (…)` list read from a
 * covering index (the `+` keeps SQLite from handing the list to FTS5 as a per-row lookup, which
 * is a thousand times slower). Relevance (BM25, headline 10 × lede 4 × body 1) is computed for
 * the newest RANK_WINDOW matches at most, and matches are counted up to that many ("more than
 * 3,000"), so a word found in every story costs about the same as one found in three thousand.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articles, articleTags, sections, tags } from '../schema';
import type { ArticleCard, Highlighted, SectionRef, TagRef } from '../types';
import { EDITION_MARK, MARK_CLOSE as CLOSE, MARK_OPEN as OPEN, mayBeFolded, unfoldMarked } from '../fts';
import { cardQuery, toCard } from './articles';

/** Relevance is ranked over this many of the newest matches, which are also counted exactly. */
export const RANK_WINDOW = 3_000;

// Headline, lede, body; the edition column (always matched) weighs nothing.
const WEIGHTS = 'bm25(articles_fts, 10.0, 4.0, 1.0, 0.0)';
const ID_BITS = 24;
const ID_MASK = (1 << ID_BITS) - 1;

export interface SearchOptions {
  /** The edition searched (lib/editions.ts code); stories of other editions never match. */
  edition: string;
  /** FTS5 MATCH expression built by lib/search/query.ts (never raw reader input). */
  fts: string;
  sort: 'relevance' | 'newest';
  /**
   * For a query with phrases, the same query with each phrase's words required separately
   * (lib/search/query.ts rankFts): results that match `fts` are ranked by BM25 on it, because
   * BM25 on a phrase first counts the phrase's documents over the whole index.
   */
  rankFts?: string | null;
  page: number;
  perPage: number;
  /** How many of the newest matches to count and rank (RANK_WINDOW; smaller in tests). */
  window?: number;
  sectionId?: number | null;
  tagId?: number | null;
  /** Published at or after this instant. */
  from?: Date | null;
  /** Published before this instant. */
  to?: Date | null;
  now?: Date;
}

export interface SearchHit {
  story: ArticleCard;
  /** The headline with the matched words marked. */
  title: Highlighted;
  /** A passage of the lede or body around the matched words (the lede when only the headline matched). */
  snippet: Highlighted;
}

export interface SearchResults {
  /** Matches, counted up to RANK_WINDOW. */
  total: number;
  /** True when more than RANK_WINDOW stories match (the page says "more than 3,000"). */
  more: boolean;
  hits: SearchHit[];
  /** How many of the newest matches relevance was ranked over, when not all of them. */
  windowed: number | null;
}

export class SearchSyntaxError extends Error {}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
const rowidAt = (unixSeconds: number) => BigInt(Math.max(0, unixSeconds)) << BigInt(ID_BITS);
const idOf = (rowid: bigint) => Number(rowid & BigInt(ID_MASK));

type Params = Record<string, number | string | bigint>;

/**
 * The reader's expression within one edition: the edition's token (db/fts.ts EDITION_MARK, which
 * no reader's word can match) AND the reader's words. Which stories match, how many, and in what
 * date order come from it.
 */
export function editionMatch(edition: string, fts: string): string {
  return `"${EDITION_MARK}${edition.replace(/"/g, '""')}" AND (${fts})`;
}

/**
 * The WHERE clause shared by every statement of one search, and its parameters. Rowid bounds are
 * 64-bit, past JavaScript's safe integers, so they are BigInts (the statements run with
 * safeIntegers) and are bound as plain values: one lower and one upper bound, which FTS5 takes
 * as its own rowid range.
 */
function filterClause(o: SearchOptions): { where: string; params: Params } {
  const now = o.now ?? new Date();
  const params: Params = {
    q: editionMatch(o.edition, o.fts),
    lo: rowidAt(o.from ? seconds(o.from) : 0),
    hi: rowidAt(Math.min(seconds(now), o.to ? seconds(o.to) - 1 : Infinity)) + BigInt(ID_MASK),
  };
  let where = 'articles_fts MATCH :q AND rowid BETWEEN :lo AND :hi';
  const rowidOf = `(a.published_at << ${ID_BITS}) + a.id`;
  if (o.tagId != null) {
    params.tag = o.tagId;
    let inner = `SELECT ${rowidOf} FROM article_tags t JOIN articles a INDEXED BY articles_rank_idx ON a.id = t.article_id
      WHERE t.tag_id = :tag AND a.status = 'published'`;
    if (o.sectionId != null) {
      params.section = o.sectionId;
      inner += ' AND a.section_id = :section';
    }
    where += ` AND +rowid IN (${inner})`;
  } else if (o.sectionId != null) {
    params.section = o.sectionId;
    where += ` AND +rowid IN (SELECT ${rowidOf} FROM articles a WHERE a.section_id = :section AND a.status = 'published')`;
  }
  return { where, params };
}

function run<T>(statement: string, params: Params, mode: 'all' | 'get'): T {
  try {
    const prepared = getDb().$client.prepare(statement).safeIntegers(true);
    return (mode === 'all' ? prepared.all(params) : prepared.get(params)) as T;
  } catch (error) {
    // lib/search/query.ts quotes every term, so this is a bug rather than a reader's mistake;
    // the reader still gets "nothing found" instead of an error page.
    // Only FTS5's own complaints ("fts5: syntax error near …"): "datatype mismatch" or "no such
    // column" from our SQL must still surface as errors.
    if (error instanceof Error && /^fts5:/.test(error.message)) {
      console.error('search: FTS5 rejected a query', JSON.stringify(params.q), error.message);
      throw new SearchSyntaxError(error.message);
    }
    throw error;
  }
}

const statements = {
  /** The newest RANK_WINDOW matches: how many (up to the window) and the oldest of them. */
  window: (where: string) =>
    `SELECT count(*) AS n, min(rowid) AS floor FROM (SELECT rowid FROM articles_fts WHERE ${where} ORDER BY rowid DESC LIMIT :window)`,
  /** Whether anything matches below a rowid (only asked when the window is full). */
  older: (where: string) =>
    `SELECT 1 AS more FROM articles_fts WHERE ${where} AND rowid < :floor ORDER BY rowid DESC LIMIT 1`,
  newest: (where: string) =>
    `SELECT rowid FROM articles_fts WHERE ${where} ORDER BY rowid DESC LIMIT :limit OFFSET :offset`,
  /**
   * Relevance by the reader's words alone (:rq, phrase-free when there are phrases), over the rows
   * that match the edition's query: BM25 counts every phrase's documents across the whole index,
   * which for the edition's own token (every story of the edition) would cost more than the
   * ranking itself. Those rows are the edition's query run again, or with a section or tag
   * filter, whose list makes that run dear, the window's matches passed as a list (:matches).
   */
  relevance: (where: string) =>
    `SELECT rowid FROM articles_fts WHERE articles_fts MATCH :rq AND rowid BETWEEN :lo AND :hi AND +rowid IN (SELECT rowid FROM articles_fts WHERE ${where})
      ORDER BY ${WEIGHTS}, rowid DESC LIMIT :limit OFFSET :offset`,
  relevanceListed: () =>
    `SELECT rowid FROM articles_fts WHERE articles_fts MATCH :rq AND rowid BETWEEN :lo AND :hi AND +rowid IN (SELECT value FROM json_each(:matches))
      ORDER BY ${WEIGHTS}, rowid DESC LIMIT :limit OFFSET :offset`,
  /** The newest RANK_WINDOW matches themselves (for relevanceListed). */
  matches: (where: string) => `SELECT rowid FROM articles_fts WHERE ${where} ORDER BY rowid DESC LIMIT :window`,
};

export function searchArticles(o: SearchOptions): SearchResults {
  const { where, params } = filterClause(o);
  try {
    // One pass over the newest RANK_WINDOW matches gives the count and the ranking floor, and for
    // relevance with a filter the matches to rank.
    const size = o.window ?? RANK_WINDOW;
    const listed = o.sort === 'relevance' && (o.sectionId != null || o.tagId != null);
    let matches: bigint[] = [];
    let window: { n: bigint; floor: bigint | null };
    if (listed) {
      matches = run<{ rowid: bigint }[]>(statements.matches(where), { ...params, window: size }, 'all').map(
        (r) => r.rowid,
      );
      window = { n: BigInt(matches.length), floor: matches.at(-1) ?? null };
    } else window = run(statements.window(where), { ...params, window: size }, 'get');
    const total = Number(window.n);
    const more =
      total === size &&
      window.floor !== null &&
      run<{ more: bigint } | undefined>(statements.older(where), { ...params, floor: window.floor }, 'get') !==
        undefined;
    const offset = (o.page - 1) * o.perPage;
    if (total === 0 || offset >= total) return { total, more, hits: [], windowed: null };
    // Relevance is ranked over the window only: the matches at or above its oldest rowid.
    const windowed = more && o.sort === 'relevance';
    const page: Params = { ...params, limit: o.perPage, offset };
    if (o.sort === 'relevance') {
      page.rq = o.rankFts ?? o.fts;
      page.lo = window.floor!;
      if (listed) page.matches = `[${matches.join(',')}]`;
    }
    const statement = listed ? statements.relevanceListed() : statements[o.sort](where);
    const rowids = run<{ rowid: bigint }[]>(statement, page, 'all').map((r) => r.rowid);
    // The page's rows are chosen: marking the words needs no edition term.
    return { total, more, hits: hitsFor(rowids, o.fts), windowed: windowed ? size : null };
  } catch (error) {
    if (error instanceof SearchSyntaxError) return { total: 0, more: false, hits: [], windowed: null };
    throw error;
  }
}

/** EXPLAIN QUERY PLAN of a search's statements, one line per plan step (for tests and the benchmark). */
export function explainSearch(o: SearchOptions): Record<keyof typeof statements | 'highlight', string[]> {
  const { where, params } = filterClause(o);
  const plan = (statement: string, p: Params) =>
    (getDb().$client.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(p) as { detail: string }[]).map((r) => r.detail);
  const page = { ...params, limit: o.perPage, offset: 0 };
  return {
    window: plan(statements.window(where), { ...params, window: RANK_WINDOW }),
    older: plan(statements.older(where), { ...params, floor: 0n }),
    newest: plan(statements.newest(where), page),
    relevance: plan(statements.relevance(where), { ...page, rq: o.rankFts ?? o.fts }),
    relevanceListed: plan(statements.relevanceListed(), { ...page, rq: o.rankFts ?? o.fts, matches: '[]' }),
    matches: plan(statements.matches(where), { ...params, window: RANK_WINDOW }),
    highlight: plan(HIGHLIGHT, { q: o.fts, open: OPEN, close: CLOSE, lo: 0n, hi: 0n, rowids: '[]' }),
  };
}

/**
 * The index separates body blocks with newlines; in a one-line passage a block that ends without
 * punctuation (a heading, a list item) is set off with a middle dot so it does not run on.
 */
function joinBlocks(passage: string): string {
  return passage.replace(/([.!?…:;"”’)\]])?[ \t]*\n+[ \t]*/g, (_m, end: string | undefined) =>
    end ? `${end} ` : ' · ',
  );
}

/** Splits FTS5 highlight()/snippet() output into plain text runs and matched runs. */
export function toHighlighted(marked: string | null): Highlighted {
  const out: Highlighted = [];
  if (!marked) return out;
  let hit = false;
  let run = '';
  for (const ch of marked) {
    if (ch === OPEN || ch === CLOSE) {
      if (run) out.push({ text: run, hit });
      run = '';
      hit = ch === OPEN;
    } else run += ch;
  }
  if (run) out.push({ text: run, hit });
  return out;
}

const hasHit = (h: Highlighted) => h.some((r) => r.hit);

/**
 * Highlighted headline, lede and body passage for one page of results, in one pass over the
 * page's rowid range (a per-row MATCH would expand a prefix query once per row).
 */
const HIGHLIGHT = `SELECT rowid,
    highlight(articles_fts, 0, :open, :close) AS title,
    snippet(articles_fts, 1, :open, :close, '…', 40) AS lede,
    snippet(articles_fts, 2, :open, :close, '…', 24) AS body
  FROM articles_fts
  WHERE articles_fts MATCH :q AND rowid BETWEEN :lo AND :hi AND +rowid IN (SELECT value FROM json_each(:rowids))`;

/**
 * The body text as written, for the page's stories: the index holds it folded (ё as е, Arabic
 * without harakat, one alef), and readers must see what was written around the marked words.
 */
const TEXT = `SELECT id, body FROM articles_search_text WHERE id IN (SELECT value FROM json_each(:ids))`;

/** Cards and highlighted text for one page of results, in the given order. */
function hitsFor(rowids: bigint[], fts: string): SearchHit[] {
  if (rowids.length === 0) return [];
  const ids = rowids.map(idOf);
  const cards = new Map(
    cardQuery()
      .where(inArray(articles.id, ids))
      .all()
      .map((row) => [row.id, toCard(row)] as const),
  );
  const sorted = [...rowids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const marked = new Map(
    run<{ rowid: bigint; title: string; lede: string; body: string }[]>(
      HIGHLIGHT,
      {
        q: fts,
        open: OPEN,
        close: CLOSE,
        lo: sorted[0],
        hi: sorted[sorted.length - 1],
        rowids: `[${sorted.join(',')}]`,
      },
      'all',
    ).map((row) => [idOf(row.rowid), row] as const),
  );
  // The body as written, only for the passages shown from it (the lede has no match) that folding
  // may have changed: none on an English page.
  const unfoldBody = [...marked.values()]
    .filter((row) => !row.lede.includes(OPEN) && row.body.includes(OPEN) && mayBeFolded(row.body))
    .map((row) => idOf(row.rowid));
  const bodies = new Map(
    unfoldBody.length === 0
      ? []
      : run<{ id: bigint; body: string }[]>(TEXT, { ids: JSON.stringify(unfoldBody) }, 'all').map(
          (row) => [Number(row.id), row.body] as const,
        ),
  );
  const hits: SearchHit[] = [];
  for (const id of ids) {
    const story = cards.get(id);
    if (!story) continue;
    const row = marked.get(id);
    const title = toHighlighted(row ? unfoldMarked(row.title, story.title) : story.title);
    const lede = toHighlighted(row ? unfoldMarked(row.lede, story.lede) : story.lede);
    const original = bodies.get(id);
    const body = toHighlighted(joinBlocks(row ? (original ? unfoldMarked(row.body, original) : row.body) : ''));
    const snippet = hasHit(lede) || !hasHit(body) ? lede : body;
    hits.push({ story, title, snippet });
  }
  return hits;
}

/** The section and tag choices offered beside one edition's search box. */
export function searchFacets(edition: string, tagLimit = 40): { sections: SectionRef[]; tags: TagRef[] } {
  const db = getDb();
  const sectionRows = db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .where(eq(sections.edition, edition))
    .orderBy(asc(sections.position), asc(sections.id))
    .all();
  // The most used tags, by name; a tag reached from a link but not in this list is still honoured.
  const popular = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, uses: sql<number>`count(${articleTags.articleId})` })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .where(eq(tags.edition, edition))
    .groupBy(tags.id)
    .orderBy(desc(sql`count(${articleTags.articleId})`))
    .limit(tagLimit)
    .all()
    .map(({ id, slug, name }) => ({ id, slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name, edition));
  return { sections: sectionRows, tags: popular };
}

export function sectionRefBySlug(edition: string, slug: string): SectionRef | null {
  return (
    getDb()
      .select({ id: sections.id, slug: sections.slug, name: sections.name })
      .from(sections)
      .where(and(eq(sections.edition, edition), eq(sections.slug, slug)))
      .get() ?? null
  );
}

export function tagRefBySlug(edition: string, slug: string): TagRef | null {
  return (
    getDb()
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(tags)
      .where(and(eq(tags.edition, edition), eq(tags.slug, slug)))
      .get() ?? null
  );
}

/**
 * The search page's URL: `/search?q=…&sort=newest&section=…&tag=…&range=week|…&from=…&to=…&page=N`.
 * Parsing never throws: a value that makes no sense is dropped with a note for the reader, and
 * links are built back from the parsed request with defaults left out, so URLs stay short.
 */
import type { SearchNote } from './notes';

export const SEARCH_PER_PAGE = 20;
/** Deeper pages are not offered: 50 pages of 20 is further than anyone reads. */
export const MAX_SEARCH_PAGE = 50;

export const DATE_RANGES = {
  any: 'Any time',
  day: 'Past 24 hours',
  week: 'Past week',
  month: 'Past month',
  custom: 'Between dates',
} as const;
export type DateRange = keyof typeof DATE_RANGES;
export type SearchSort = 'relevance' | 'newest';

export interface SearchRequest {
  q: string;
  sort: SearchSort;
  section: string | null;
  tag: string | null;
  range: DateRange;
  /** Calendar days (YYYY-MM-DD, UTC) for a custom range; either may be open. */
  from: string | null;
  to: string | null;
  page: number;
}

export const DEFAULT_REQUEST: SearchRequest = {
  q: '',
  sort: 'relevance',
  section: null,
  tag: null,
  range: 'any',
  from: null,
  to: null,
  page: 1,
};

/** The same words and order with every filter cleared (the "clear filters" link), on page 1. */
export function withoutFilters(request: SearchRequest): SearchRequest {
  return { ...DEFAULT_REQUEST, q: request.q, sort: request.sort };
}

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as YYYY-MM-DD, or null. */
export function parseDay(value: string | undefined): string | null {
  const m = value?.trim().match(DAY);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0] || Number(m[1]) < 1970) return null;
  return m[0];
}

export function readSearchParams(params: RawParams): { request: SearchRequest; notes: SearchNote[] } {
  const notes: SearchNote[] = [];
  const request: SearchRequest = { ...DEFAULT_REQUEST };
  request.q = first(params.q) ?? '';
  request.sort = first(params.sort) === 'newest' ? 'newest' : 'relevance';

  const section = first(params.section)?.trim();
  if (section) request.section = SLUG.test(section) && section.length <= 100 ? section : null;
  const tag = first(params.tag)?.trim();
  if (tag) request.tag = SLUG.test(tag) && tag.length <= 100 ? tag : null;

  const range = first(params.range);
  // Own keys only: `in` would also accept 'constructor', 'toString' and '__proto__'.
  if (range && Object.hasOwn(DATE_RANGES, range)) request.range = range as DateRange;
  const rawFrom = first(params.from);
  const rawTo = first(params.to);
  const from = parseDay(rawFrom);
  const to = parseDay(rawTo);
  if ((rawFrom?.trim() && !from) || (rawTo?.trim() && !to)) notes.push({ code: 'badDate' });
  if (from || to) {
    // Dates given without choosing "Between dates" still mean a custom range.
    if (request.range === 'any' || request.range === 'custom') {
      request.range = 'custom';
      request.from = from;
      request.to = to;
      if (from && to && from > to) {
        request.from = to;
        request.to = from;
        notes.push({ code: 'datesSwapped' });
      }
    }
  } else if (request.range === 'custom') request.range = 'any';

  const rawPage = first(params.page);
  if (rawPage !== undefined) {
    const page = /^\d{1,6}$/.test(rawPage.trim()) ? Number(rawPage.trim()) : NaN;
    if (!Number.isInteger(page) || page < 1) notes.push({ code: 'badPage' });
    else if (page > MAX_SEARCH_PAGE) {
      request.page = MAX_SEARCH_PAGE;
      notes.push({ code: 'lastPage', max: MAX_SEARCH_PAGE });
    } else request.page = page;
  }
  return { request, notes };
}

const DAY_MS = 24 * 3600 * 1000;

/** The publication window the request asks for: `from` inclusive, `to` exclusive. */
export function dateWindow(request: SearchRequest, now: Date): { from: Date | null; to: Date | null } {
  switch (request.range) {
    case 'day':
      return { from: new Date(now.getTime() - DAY_MS), to: null };
    case 'week':
      return { from: new Date(now.getTime() - 7 * DAY_MS), to: null };
    case 'month':
      return { from: new Date(now.getTime() - 30 * DAY_MS), to: null };
    case 'custom':
      return {
        from: request.from ? new Date(`${request.from}T00:00:00Z`) : null,
        to: request.to ? new Date(new Date(`${request.to}T00:00:00Z`).getTime() + DAY_MS) : null,
      };
    default:
      return { from: null, to: null };
  }
}

/** A link to the search page for this request with some parts changed (defaults omitted). */
export function searchHref(request: SearchRequest, change: Partial<SearchRequest> = {}): string {
  const r = { ...request, ...change };
  const params = new URLSearchParams();
  if (r.q) params.set('q', r.q);
  if (r.sort !== 'relevance') params.set('sort', r.sort);
  if (r.section) params.set('section', r.section);
  if (r.tag) params.set('tag', r.tag);
  if (r.range !== 'any') params.set('range', r.range);
  if (r.range === 'custom') {
    if (r.from) params.set('from', r.from);
    if (r.to) params.set('to', r.to);
  }
  if (r.page > 1) params.set('page', String(r.page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

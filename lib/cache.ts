/**
 * Caching of reader pages. Pages are ISR pages (prerendered or rendered on first request,
 * then kept); the data each one reads goes through `cachedRead`, which tags it, so that
 * publishing invalidates exactly the pages that show the article. The newsroom calls
 * `invalidateArticle` / `invalidateTaxonomy` after every write that readers can see.
 */
import { revalidatePath, revalidateTag, unstable_cache } from 'next/cache';
import { instanceId } from '@/db/client';
import { queueFollowup, takeDueFollowups } from '@/db/queries/cache-followups';
import { DEFAULT_EDITION } from '@/lib/editions';
import { forgetResponses } from '@/lib/response-cache';

/**
 * Lifetimes in seconds. Invalidation on publish is what makes changes appear here; these are the
 * page's `s-maxage` for shared caches in front (a CDN cannot hear our invalidations), and the
 * safety net for ours. A page's lifetime is the shortest of its route's `revalidate` and every
 * cached read it makes, so data that many pages share (`data`) lives longest, and an article
 * page states its own with `declareFreshness`.
 */
export const REVALIDATE = {
  home: 60,
  list: 60,
  feed: 300,
  /** Reads shared by many pages (sections, an article's data): never what limits a page. */
  data: 3600,
} as const;

const DAY = 24 * 3600 * 1000;

/**
 * How long shared caches may keep an article page, by the story's age (as BBC News does): a
 * minute while it is news, five minutes in its first week, an hour for the archive.
 */
export function articleFreshness(publishedAt: string, now = Date.now()): 60 | 300 | 3600 {
  const age = now - Date.parse(publishedAt);
  if (!(age >= 0) || age < DAY) return 60;
  return age < 7 * DAY ? 300 : 3600;
}

/**
 * Shortens the lifetime of the page being rendered to `seconds` (its s-maxage). Next gives a
 * cached page the shortest lifetime of the cached reads it made; this is such a read, of nothing.
 */
export async function declareFreshness(seconds: number): Promise<void> {
  await unstable_cache(async () => seconds, ['freshness', String(seconds)], { revalidate: seconds })();
}

/**
 * A tag of one edition's pages: the default edition's keep their plain names (`home`,
 * `section:sport`), another's carry its code (`home@ru`, `section:sport@ru`), so a change in one
 * edition expires only that edition's pages (slugs are unique within an edition only).
 */
const ofEdition = (edition: string, name: string) => (edition === DEFAULT_EDITION ? name : `${name}@${edition}`);

export const cacheTags = {
  /** Every related-stories ranking (which stories a block shows; their cards carry each story's own tag). */
  related: 'related',
  home: (edition: string) => ofEdition(edition, 'home'),
  /** Section names and order: site navigation in every layout of the edition. */
  sections: (edition: string) => ofEdition(edition, 'sections'),
  /** The list of tags offered as search filters. */
  tagList: (edition: string) => ofEdition(edition, 'tag-list'),
  /** Every RSS feed of the edition (its site, section and tag feeds). */
  feeds: (edition: string) => ofEdition(edition, 'feeds'),
  /** The sitemap index, article sitemaps and the news sitemaps (every edition's). */
  sitemaps: 'sitemaps',
  /** The edition's own pages (About, Privacy…) and the footer's links to them: on every reader page. */
  infoPages: (edition: string) => ofEdition(edition, 'info-pages'),
  article: (id: number) => `article:${id}`,
  section: (edition: string, slug: string) => ofEdition(edition, `section:${slug}`),
  tag: (edition: string, slug: string) => ofEdition(edition, `tag:${slug}`),
  author: (edition: string, slug: string) => ofEdition(edition, `author:${slug}`),
  /** Every "most read" ranking (refreshed by time; lib/content/reader.ts readMostRead). */
  mostRead: 'most-read',
  /** The breaking-news banners of every page of the edition (a banner shows in its own edition only). */
  banners: (edition: string) => ofEdition(edition, 'banners'),
  /** One curated front's arrangement ('home' or a section's slug; lib/content/reader.ts readFront). */
  front: (key: string) => `front:${key}`,
};

/**
 * Wraps a synchronous database read in Next's data cache with tags. The key includes the
 * database's instance id so a cache built against another database is never reused.
 */
export function cachedRead<A extends (string | number)[], R>(
  name: string,
  read: (...args: A) => R,
  tagsFor: (...args: A) => string[],
  revalidate: number = REVALIDATE.data,
): (...args: A) => Promise<R> {
  return (...args: A) =>
    unstable_cache(async () => read(...args), [name, instanceId(), ...args.map(String)], {
      tags: tagsFor(...args),
      revalidate,
    })();
}

export interface InvalidationTarget {
  id: number;
  /** The story's edition (absent in follow-ups queued before editions: the default). */
  edition?: string;
  /** Its translations: their pages link to it (hreflang, the edition switcher), so they expire too. */
  translationIds?: number[];
  /** Every section, tag and author slug the article has or had before this change. */
  sectionSlugs: string[];
  tagSlugs: string[];
  authorSlugs: string[];
  /** Every path the article is or was reachable at (old slugs and sections included). */
  paths: string[];
  /**
   * True when the story left the site (unpublished): every related-stories ranking is expired.
   * Other changes reach the related blocks that show the story through its own tag.
   */
  affectsRelated?: boolean;
}

/** Tags whose pages must be refreshed after a change to one article. */
export function tagsForArticleChange(target: InvalidationTarget): string[] {
  const edition = target.edition ?? DEFAULT_EDITION;
  const tags = new Set<string>([
    cacheTags.article(target.id),
    cacheTags.home(edition),
    cacheTags.feeds(edition),
    cacheTags.sitemaps,
  ]);
  target.translationIds?.forEach((id) => tags.add(cacheTags.article(id)));
  target.sectionSlugs.forEach((s) => tags.add(cacheTags.section(edition, s)));
  target.tagSlugs.forEach((t) => tags.add(cacheTags.tag(edition, t)));
  target.authorSlugs.forEach((a) => tags.add(cacheTags.author(edition, a)));
  if (target.affectsRelated) tags.add(cacheTags.related);
  return [...tags];
}

/** How long after a change its invalidation is repeated (longer than any page render takes). */
export const FOLLOWUP_DELAY_MS = 2000;

/**
 * Expires, at once, every cached page and datum that shows the article, and queues the same
 * invalidation again for FOLLOWUP_DELAY_MS later: a render that started before the change and
 * finishes after it would otherwise put the old page back until its revalidate time.
 */
export function invalidateArticle(target: InvalidationTarget, { followUp = true } = {}): string[] {
  const tags = tagsForArticleChange(target);
  forgetResponses();
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const path of target.paths) revalidatePath(path);
  if (followUp) queueFollowup(target, new Date(Date.now() + FOLLOWUP_DELAY_MS));
  return tags;
}

/** A change to sections, tags or bylines (the newsroom's management pages). */
export interface ReaderChange {
  /** The edition whose sections, tags or bylines changed (absent: the default). */
  edition?: string;
  /** Section names or order: the navigation on every reader page. */
  sections?: boolean;
  /**
   * A name or address shown on many pages changed (a section, tag or byline renamed or given a
   * new slug, a tag deleted or merged): every reader page, feed and sitemap is expired.
   */
  everything?: boolean;
  sectionSlugs?: string[];
  tagSlugs?: string[];
  authorSlugs?: string[];
  /** A show changed: the feeds and what reads with them (programme pages, podcast feeds). */
  feeds?: boolean;
}

/**
 * Expires the cached reader pages and data a taxonomy change can alter, now and once more
 * after FOLLOWUP_DELAY_MS. `everything` also expires every article page:
 * `revalidatePath('/', 'layout')` marks every page and every cached read made while rendering
 * one (Next's implicit `/layout` tag), so an article whose section changed its slug answers
 * its old address with a 308 at the next request.
 */
export function invalidateReaders(change: ReaderChange, { followUp = true } = {}): void {
  forgetResponses();
  const edition = change.edition ?? DEFAULT_EDITION;
  invalidateTaxonomy({
    edition,
    sections: change.sections || change.everything,
    tagSlugs: change.tagSlugs,
    authorSlugs: change.authorSlugs,
  });
  for (const slug of change.sectionSlugs ?? []) revalidateTag(cacheTags.section(edition, slug), { expire: 0 });
  if (change.feeds && !change.everything) revalidateTag(cacheTags.feeds(edition), { expire: 0 });
  if (change.everything) {
    for (const tag of [cacheTags.home(edition), cacheTags.feeds(edition), cacheTags.sitemaps, cacheTags.related])
      revalidateTag(tag, { expire: 0 });
    revalidatePath('/', 'layout');
  }
  if (followUp) queueFollowup({ readers: change }, new Date(Date.now() + FOLLOWUP_DELAY_MS));
}

const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string');
const optionalStrings = (a: unknown) => a === undefined || strings(a);

function isInvalidationTarget(x: unknown): x is InvalidationTarget {
  const t = x as InvalidationTarget;
  return (
    !!t &&
    Number.isInteger(t.id) &&
    strings(t.sectionSlugs) &&
    strings(t.tagSlugs) &&
    strings(t.authorSlugs) &&
    strings(t.paths)
  );
}

function isReaderChange(x: unknown): x is { readers: ReaderChange } {
  const c = (x as { readers?: ReaderChange })?.readers;
  return (
    !!c &&
    typeof c === 'object' &&
    optionalStrings(c.sectionSlugs) &&
    optionalStrings(c.tagSlugs) &&
    optionalStrings(c.authorSlugs)
  );
}

/**
 * Expires the fronts `keys` ('home' or section slugs) after the newsroom publishes one, now and
 * once more after FOLLOWUP_DELAY_MS; `until` also queues an expiry at each of those times (a
 * pin that ends), so the front changes then without any visitor. Only those fronts expire.
 */
export function invalidateFront(keys: string[], { followUp = true, until = [] as Date[] } = {}): void {
  forgetResponses();
  for (const key of keys) revalidateTag(cacheTags.front(key), { expire: 0 });
  if (!followUp) return;
  for (const f of frontFollowups(keys, until)) queueFollowup(f.payload, f.dueAt);
}

/**
 * The repeat expiries of a front change: FOLLOWUP_DELAY_MS after it, and at each `until` and
 * once more a moment later (for a render that started just before that time).
 */
export function frontFollowups(keys: string[], until: Date[], now = Date.now()): { payload: unknown; dueAt: Date }[] {
  const payload = { fronts: keys };
  return [now + FOLLOWUP_DELAY_MS, ...until.flatMap((at) => [at.getTime(), at.getTime() + FOLLOWUP_DELAY_MS])].map(
    (t) => ({ payload, dueAt: new Date(t) }),
  );
}

export function isFrontChange(x: unknown): x is { fronts: string[] } {
  return !!x && typeof x === 'object' && strings((x as { fronts?: unknown }).fronts);
}

/**
 * Expires every page and datum carrying `tags` (the banners), now and once more after
 * FOLLOWUP_DELAY_MS; `at` also queues the expiry at each of those times (a banner's end) and a
 * moment after, so pages change then without any visitor.
 */
export function expireTags(tags: string[], at: Date[] = [], { followUp = true } = {}): void {
  forgetResponses();
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (!followUp) return;
  queueFollowup({ tags }, new Date(Date.now() + FOLLOWUP_DELAY_MS));
  for (const when of at) {
    queueFollowup({ tags }, when);
    queueFollowup({ tags }, new Date(when.getTime() + FOLLOWUP_DELAY_MS));
  }
}

function isTagsChange(x: unknown): x is { tags: string[] } {
  return !!x && typeof x === 'object' && strings((x as { tags?: unknown }).tags);
}

/** Runs the queued repeat invalidations that are due (from the scheduler's route); returns how many ran. */
export function runDueFollowups(now = new Date()): number {
  let ran = 0;
  for (const payload of takeDueFollowups(now)) {
    if (isInvalidationTarget(payload)) invalidateArticle(payload, { followUp: false });
    else if (isReaderChange(payload)) invalidateReaders(payload.readers, { followUp: false });
    else if (isFrontChange(payload)) invalidateFront(payload.fronts, { followUp: false });
    else if (isTagsChange(payload)) expireTags(payload.tags, [], { followUp: false });
    else continue;
    ran++;
  }
  return ran;
}

/** Expires pages after a change to sections (navigation), a tag or an author. */
export function invalidateTaxonomy(change: {
  edition?: string;
  sections?: boolean;
  tagSlugs?: string[];
  authorSlugs?: string[];
}): void {
  forgetResponses();
  const edition = change.edition ?? DEFAULT_EDITION;
  if (change.sections) {
    revalidateTag(cacheTags.sections(edition), { expire: 0 });
    revalidatePath('/', 'layout');
  }
  change.tagSlugs?.forEach((t) => revalidateTag(cacheTags.tag(edition, t), { expire: 0 }));
  if (change.tagSlugs?.length) revalidateTag(cacheTags.tagList(edition), { expire: 0 });
  change.authorSlugs?.forEach((a) => revalidateTag(cacheTags.author(edition, a), { expire: 0 }));
}

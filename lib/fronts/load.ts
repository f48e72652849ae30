/**
 * The database side of fronts: which front a reader key names, which arrangement it has (the
 * stored one or the automatic default), and the reads that fill its slots (a few indexed
 * queries per front, not one per slot). lib/content/reader.ts caches what these return.
 */
import { getSectionBySlug, listSections } from '@/db/queries/articles';
import { frontStoriesByIds, getFrontRow, latestFrontStories, type FrontRow } from '@/db/queries/fronts';
import type { FrontLayoutJson, FrontView, Section } from '@/db/types';
import { editions } from '@/lib/editions';
import { homePath, sectionPath } from '@/lib/urls';
import { defaultHomeLayout, defaultSectionLayout } from './defaults';
import { pinnedIds, readStoredLayout } from './layout';
import { planFront, plannedStoryIds, poolKey, poolSizes, resolveFront, type PlannedContainer } from './resolve';

/**
 * A front: an edition's home page, or a section's. `key` is how readers' routes and the newsroom
 * name it: 'home' or the section's slug in the default edition, `ru.home` or `ru.{slug}` in the
 * others (a slug never holds a dot).
 */
export interface FrontTarget {
  key: string;
  edition: string;
  /** The fronts table's key: 'home' ('home:ru' for another edition) or 'section:{id}' (a renamed section keeps its arrangement). */
  dbKey: string;
  section: Section | null;
}

export const HOME_KEY = 'home';

/** The key of `name` ('home' or a section slug) in `edition`. */
export function frontKey(edition: string, name: string): string {
  return edition === editions.default.code ? name : `${edition}.${name}`;
}

/** Splits a front key into its edition and name; null for an unknown edition. */
export function parseFrontKey(key: string): { edition: string; name: string } | null {
  const dot = key.indexOf('.');
  if (dot === -1) return { edition: editions.default.code, name: key };
  const edition = editions.find(key.slice(0, dot));
  return edition && edition.code !== editions.default.code ? { edition: edition.code, name: key.slice(dot + 1) } : null;
}

export function frontTarget(key: string): FrontTarget | null {
  const parsed = parseFrontKey(key);
  if (!parsed) return null;
  const { edition, name } = parsed;
  if (name === HOME_KEY) {
    const dbKey = edition === editions.default.code ? HOME_KEY : `${HOME_KEY}:${edition}`;
    return { key: frontKey(edition, HOME_KEY), edition, dbKey, section: null };
  }
  const section = getSectionBySlug(edition, name);
  return section ? { key: frontKey(edition, section.slug), edition, dbKey: `section:${section.id}`, section } : null;
}

/** Every front of every edition: each home page, then its sections' fronts. */
export function allFrontTargets(): FrontTarget[] {
  return editions.all.flatMap((e) => [
    frontTarget(frontKey(e.code, HOME_KEY))!,
    ...listSections(e.code).map((s) => ({
      key: frontKey(e.code, s.slug),
      edition: e.code,
      dbKey: `section:${s.id}`,
      section: s,
    })),
  ]);
}

/** The automatic arrangement of a front nobody has published yet. */
export function defaultLayoutOf(target: FrontTarget): FrontLayoutJson {
  return target.section
    ? defaultSectionLayout(target.section)
    : defaultHomeLayout(target.edition, listSections(target.edition));
}

export interface FrontSource {
  target: FrontTarget;
  row: FrontRow | null;
  /** What readers see now. */
  live: FrontLayoutJson;
  /** The draft being previewed, or null. */
  draft: FrontLayoutJson | null;
  /** True when `live` is a published arrangement, false for the automatic default. */
  curated: boolean;
}

export function loadFrontSource(target: FrontTarget): FrontSource {
  const row = getFrontRow(target.dbKey);
  const stored = row && row.version > 0 ? readStoredLayout(row.layout) : null;
  return {
    target,
    row,
    live: stored ?? defaultLayoutOf(target),
    draft: row?.draft ? readStoredLayout(row.draft) : null,
    curated: stored !== null,
  };
}

/** Resolves `layout` for `target` at `now`: the pinned stories, then one newest-first read per pool. */
export function buildFrontView(
  target: FrontTarget,
  layout: FrontLayoutJson,
  now = new Date(),
): { view: FrontView; plan: PlannedContainer[] } {
  const pinned = new Map(frontStoriesByIds(pinnedIds(layout), now).map((s) => [s.id, s]));
  const plan = planFront(layout, pinned, now, target.section?.id ?? null);
  const pools = new Map<string, ReturnType<typeof latestFrontStories>>();
  const pinnedOnFront = plannedStoryIds(plan);
  for (const [key, limit] of poolSizes(plan)) {
    const sectionId = key === 'all' ? null : Number(key);
    // Stories pinned on this front are excluded in SQL (an expired pin's story may come back as the newest).
    pools.set(
      poolKey(sectionId),
      latestFrontStories({ edition: target.edition, sectionId, excludeIds: pinnedOnFront, limit }, now),
    );
  }
  return { view: resolveFront(target.key, plan, pools), plan };
}

/** How the newsroom names a front: "Home page" or the section's name, other editions' marked with their flag ("Мир (RU)"). */
export function frontName(target: FrontTarget): string {
  const name = target.section ? target.section.name : 'Home page';
  return target.edition === editions.default.code ? name : `${name} (${editions.get(target.edition).flag})`;
}

/** The reader address of a front. */
export function frontPath(target: FrontTarget): string {
  return target.section ? sectionPath(target.edition, target.section.slug) : homePath(target.edition);
}

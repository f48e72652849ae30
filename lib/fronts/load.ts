/**
 * The database side of fronts: which front a reader key names, which arrangement it has (the
 * stored one or the automatic default), and the reads that fill its slots (a few indexed
 * queries per front, not one per slot). lib/content/reader.ts caches what these return.
 */
import { getSectionBySlug, listSections } from '@/db/queries/articles';
import { frontStoriesByIds, getFrontRow, latestFrontStories, type FrontRow } from '@/db/queries/fronts';
import type { FrontLayoutJson, FrontView, Section } from '@/db/types';
import { defaultHomeLayout, defaultSectionLayout } from './defaults';
import { pinnedIds, readStoredLayout } from './layout';
import { planFront, plannedStoryIds, poolKey, poolSizes, resolveFront, type PlannedContainer } from './resolve';

/** A front: the home page, or a section's. `key` is what readers' URLs name: 'home' or the slug. */
export interface FrontTarget {
  key: string;
  /** The fronts table's key: 'home' or 'section:{id}' (a renamed section keeps its arrangement). */
  dbKey: string;
  section: Section | null;
}

export const HOME_KEY = 'home';

export function frontTarget(key: string): FrontTarget | null {
  if (key === HOME_KEY) return { key, dbKey: HOME_KEY, section: null };
  const section = getSectionBySlug(key);
  return section ? { key: section.slug, dbKey: `section:${section.id}`, section } : null;
}

/** The automatic arrangement of a front nobody has published yet. */
export function defaultLayoutOf(target: FrontTarget): FrontLayoutJson {
  return target.section ? defaultSectionLayout(target.section) : defaultHomeLayout(listSections());
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
    pools.set(poolKey(sectionId), latestFrontStories({ sectionId, excludeIds: pinnedOnFront, limit }, now));
  }
  return { view: resolveFront(target.key, plan, pools), plan };
}

/**
 * From a front's arrangement to what readers see, in two pure steps around the database reads
 * (lib/fronts/load.ts does the reads):
 * 1. `planFront` decides what every slot is, given the pinned stories that are still published:
 *    a live pin keeps its story; a pin whose `until` has passed becomes "latest from the story's
 *    section"; a pin whose story is no longer published (or is pinned twice) becomes "latest
 *    from the front's own section" (any section on home).
 * 2. `resolveFront` fills the automatic slots from newest-first pools, in container order,
 *    never repeating a story already on the front: every live pin is claimed before any
 *    automatic slot is filled, so an automatic slot above a pinned story never shows it twice.
 */
import type {
  FrontCard,
  FrontContainerJson,
  FrontLayoutJson,
  FrontSlotJson,
  FrontView,
  MostReadItem,
  SlotCrop,
} from '@/db/types';
import type { FrontStory } from '@/db/queries/fronts';

export type { FrontStory };

export type PlannedSlot =
  | { kind: 'story'; story: FrontStory; headline?: string; standfirst?: string; crop: SlotCrop | null }
  | { kind: 'auto'; sectionId: number | null };

export interface PlannedContainer extends Omit<FrontContainerJson, 'slots'> {
  slots: PlannedSlot[];
}

/** Pools of candidates are keyed by section id, or 'all'. */
export const poolKey = (sectionId: number | null): string => (sectionId === null ? 'all' : String(sectionId));

/**
 * How the lead picks among the newest: a lead reads better with a picture, but the issue's
 * complaint was a minute-old story landing under a 17-hour-old one. So the lead is the newest
 * story, unless it has no picture and one of the next two newest has one and was published
 * within LEAD_PICTURE_WINDOW_MS of it; then that one leads and the newest goes first in the
 * next container.
 */
export const LEAD_PICTURE_CANDIDATES = 3;
export const LEAD_PICTURE_WINDOW_MS = 2 * 3600 * 1000;

export function planFront(
  layout: FrontLayoutJson,
  pinned: ReadonlyMap<number, FrontStory>,
  now: Date,
  frontSectionId: number | null,
): PlannedContainer[] {
  const claimed = new Set<number>();
  const planSlot = (slot: FrontSlotJson): PlannedSlot => {
    if (slot.kind === 'auto') return slot;
    const story = pinned.get(slot.articleId);
    const expired = !!slot.until && Date.parse(slot.until) <= now.getTime();
    if (expired) return { kind: 'auto', sectionId: story ? story.section.id : frontSectionId };
    if (!story || claimed.has(story.id)) return { kind: 'auto', sectionId: frontSectionId };
    claimed.add(story.id);
    return {
      kind: 'story',
      story,
      headline: slot.headline,
      standfirst: slot.standfirst,
      crop: slot.crop ?? null,
    };
  };
  return layout.containers.map((c) => ({ ...c, slots: c.style === 'most-read' ? [] : c.slots.map(planSlot) }));
}

/**
 * How many candidates each pool needs so that no automatic slot runs dry for lack of them: its
 * own automatic slots plus every story that another slot might take from it first (live pins,
 * and automatic slots of the whole site, which may pick from any section; an 'all' pool can lose
 * stories to every other slot).
 */
export function poolSizes(plan: PlannedContainer[]): Map<string, number> {
  const autos = new Map<string, number>();
  let stories = 0;
  let total = 0;
  for (const c of plan)
    for (const s of c.slots) {
      total++;
      if (s.kind === 'story') stories++;
      else autos.set(poolKey(s.sectionId), (autos.get(poolKey(s.sectionId)) ?? 0) + 1);
    }
  const anySection = autos.get('all') ?? 0;
  const sizes = new Map<string, number>();
  for (const [key, n] of autos) {
    // The lead may look a few stories further for a picture.
    const size = key === 'all' ? total : n + anySection + stories;
    sizes.set(key, size + LEAD_PICTURE_CANDIDATES);
  }
  return sizes;
}

/** The ids of the pinned stories a plan shows (every one carries its own cache tag). */
export function plannedStoryIds(plan: PlannedContainer[]): number[] {
  return plan.flatMap((c) => c.slots.flatMap((s) => (s.kind === 'story' ? [s.story.id] : [])));
}

/** The section ids automatic slots draw from (null: any section). */
export function plannedAutoSections(plan: PlannedContainer[]): (number | null)[] {
  const out = new Set<number | null>();
  for (const c of plan) for (const s of c.slots) if (s.kind === 'auto') out.add(s.sectionId);
  return [...out];
}

function asCard(
  story: FrontStory,
  over: { headline?: string; standfirst?: string; crop?: SlotCrop | null } = {},
): FrontCard {
  return {
    ...story,
    headline: over.headline || story.title,
    standfirst: over.standfirst || story.lede,
    crop: over.crop ?? null,
  };
}

/** Picks the lead among the first unused candidates (see LEAD_PICTURE_WINDOW_MS). */
function pickLead(candidates: FrontStory[]): FrontStory | undefined {
  const newest = candidates[0];
  if (!newest || newest.hero) return newest;
  const newestAt = Date.parse(newest.publishedAt);
  return (
    candidates
      .slice(1, LEAD_PICTURE_CANDIDATES)
      .find((c) => c.hero && newestAt - Date.parse(c.publishedAt) <= LEAD_PICTURE_WINDOW_MS) ?? newest
  );
}

/**
 * The front as readers see it. `pools` hold newest-first candidates per poolKey. Containers
 * left without a story are dropped, except most-read ones (filled by the caller from the counts).
 */
export function resolveFront(
  key: string,
  plan: PlannedContainer[],
  pools: ReadonlyMap<string, FrontStory[]>,
): FrontView {
  const used = new Set(plannedStoryIds(plan));
  const take = (sectionId: number | null, lead: boolean): FrontStory | undefined => {
    const pool = pools.get(poolKey(sectionId)) ?? [];
    if (lead) {
      const candidates = pool.filter((s) => !used.has(s.id)).slice(0, LEAD_PICTURE_CANDIDATES);
      return pickLead(candidates);
    }
    return pool.find((s) => !used.has(s.id));
  };
  const containers = plan.map((c) => {
    const cards: FrontCard[] = [];
    for (const slot of c.slots) {
      if (slot.kind === 'story') {
        cards.push(asCard(slot.story, slot));
        continue;
      }
      const story = take(slot.sectionId, c.style === 'lead');
      if (!story) continue;
      used.add(story.id);
      cards.push(asCard(story));
    }
    return { id: c.id, style: c.style, title: c.title, href: c.href, cards };
  });
  return { key, containers: containers.filter((c) => c.cards.length > 0 || c.style === 'most-read') };
}

/** Most-read items as front cards (the counts' order; no overrides on a ranking). */
export function mostReadCards(items: MostReadItem[]): FrontCard[] {
  return items.map(({ card }) => ({
    ...card,
    headline: card.title,
    standfirst: card.lede,
    crop: null,
    byline: null,
    format: 'text',
  }));
}

/** Puts most-read cards into the front's most-read containers, dropping those left empty. */
export function withMostRead(view: FrontView, cards: FrontCard[]): FrontView {
  return {
    ...view,
    containers: view.containers
      .map((c) => (c.style === 'most-read' ? { ...c, cards } : c))
      .filter((c) => c.cards.length > 0),
  };
}

/**
 * Editing translation groups by hand: linking an existing story into a group and taking one out.
 * A group is named by the id of one of its members (the story it started from, or after that
 * one left, the smallest remaining id), so one number never names two groups; a group of one is
 * no group (null). Each change is one transaction with its audit entry. The newsroom's rules
 * (who may, and the wording) are lib/newsroom/translations.ts's; the checks that depend on the
 * data run here, inside the transaction that writes.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articles, type ArticleStatus } from '../schema';
import { writeAudit, type Actor, type Queryable } from './shared';

/** One story as a group change sees it. */
export interface GroupStory {
  id: number;
  edition: string;
  title: string;
  status: ArticleStatus;
  translationGroup: number | null;
}

const storyColumns = {
  id: articles.id,
  edition: articles.edition,
  title: articles.title,
  status: articles.status,
  translationGroup: articles.translationGroup,
};

function storyOf(tx: Queryable, id: number): GroupStory | null {
  return tx.select(storyColumns).from(articles).where(eq(articles.id, id)).get() ?? null;
}

/** Every story of group `group`, by id. */
export function membersOf(group: number, tx: Queryable = getDb()): GroupStory[] {
  return tx
    .select(storyColumns)
    .from(articles)
    .where(eq(articles.translationGroup, group))
    .orderBy(asc(articles.id))
    .all();
}

const named = (stories: GroupStory[]) => stories.map((s) => ({ id: s.id, edition: s.edition }));

export type LinkResult =
  | { ok: true; group: number; members: GroupStory[] }
  | { ok: false; reason: 'not-found' | 'same-edition' | 'already-linked' | 'group-in-use' }
  /** The group has a story in the other one's edition already. */
  | { ok: false; reason: 'edition-taken'; story: GroupStory }
  /** The other story is in another group with other members (they must be unlinked there first). */
  | { ok: false; reason: 'other-group'; members: GroupStory[] };

/**
 * Puts `otherId` into `articleId`'s translation group (started now, named `articleId`, when it
 * has none), with an audit entry `article.translation-linked`. Refused, writing nothing, when
 * either is missing, both are in one edition, the group has a story in the other's edition, or
 * the other is in another group with other members. A group of one left behind by the other
 * story (a stale key) is simply replaced.
 */
export function linkTranslations(articleId: number, otherId: number, who: Actor): LinkResult {
  return getDb().transaction((tx): LinkResult => {
    const story = storyOf(tx, articleId);
    const other = storyOf(tx, otherId);
    if (!story || !other) return { ok: false, reason: 'not-found' };
    if (story.edition === other.edition) return { ok: false, reason: 'same-edition' };
    if (story.translationGroup !== null && story.translationGroup === other.translationGroup)
      return { ok: false, reason: 'already-linked' };
    const otherMembers = other.translationGroup === null ? [] : membersOf(other.translationGroup, tx);
    const elsewhere = otherMembers.filter((m) => m.id !== other.id);
    if (elsewhere.length) return { ok: false, reason: 'other-group', members: elsewhere };
    const group = story.translationGroup ?? story.id;
    // The other story's stale group of one may carry any number, this group's included.
    const members = membersOf(group, tx).filter((m) => m.id !== other.id);
    // A new group takes the story's id; if other stories already use that number (a key no
    // member holds, which these writes never leave), joining them would merge unrelated groups.
    if (story.translationGroup === null && members.length) return { ok: false, reason: 'group-in-use' };
    const taken = members.find((m) => m.edition === other.edition);
    if (taken) return { ok: false, reason: 'edition-taken', story: taken };
    tx.update(articles)
      .set({ translationGroup: group })
      .where(inArray(articles.id, [story.id, other.id]))
      .run();
    writeAudit(tx, who, 'article.translation-linked', 'article', story.id, {
      article: story.id,
      edition: story.edition,
      linked: other.id,
      linkedEdition: other.edition,
      group,
      ...(other.translationGroup !== null ? { linkedPreviousGroup: other.translationGroup } : {}),
    });
    return { ok: true, group, members: membersOf(group, tx) };
  });
}

export type UnlinkResult =
  | {
      ok: true;
      /** The story taken out (now in no group). */
      left: GroupStory;
      /** The group it was in, and what its other members are named now (null: no group left). */
      group: number;
      newGroup: number | null;
      /** The other members, as they are after the change. */
      remaining: GroupStory[];
    }
  | { ok: false; reason: 'not-found' }
  /** The story is no longer in `expectedGroup` (someone changed the group meanwhile). */
  | { ok: false; reason: 'changed' };

/**
 * Takes `storyId` out of its translation group, with an audit entry
 * `article.translation-unlinked`. If the group was named by this story and two or more remain,
 * they are renamed to the smallest remaining id (so the old number can start a new group later
 * without joining them); a single remaining story is left in no group.
 */
export function unlinkTranslation(storyId: number, expectedGroup: number, who: Actor): UnlinkResult {
  return getDb().transaction((tx): UnlinkResult => {
    const story = storyOf(tx, storyId);
    if (!story) return { ok: false, reason: 'not-found' };
    const group = story.translationGroup;
    if (group === null || group !== expectedGroup) return { ok: false, reason: 'changed' };
    const others = membersOf(group, tx).filter((m) => m.id !== story.id);
    tx.update(articles).set({ translationGroup: null }).where(eq(articles.id, story.id)).run();
    let newGroup: number | null = group;
    if (others.length <= 1) newGroup = null;
    else if (group === story.id) newGroup = Math.min(...others.map((m) => m.id));
    if (newGroup !== group)
      tx.update(articles)
        .set({ translationGroup: newGroup })
        .where(and(eq(articles.translationGroup, group), sql`${articles.id} <> ${story.id}`))
        .run();
    writeAudit(tx, who, 'article.translation-unlinked', 'article', story.id, {
      article: story.id,
      edition: story.edition,
      group,
      from: named(others),
      newGroup,
    });
    return {
      ok: true,
      left: { ...story, translationGroup: null },
      group,
      newGroup,
      remaining: others.map((m) => ({ ...m, translationGroup: newGroup })),
    };
  });
}

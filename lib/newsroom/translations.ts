/**
 * Editing a story's translation group in the newsroom: linking an existing story of another
 * edition ("Link a story from another edition") and taking one out ("Unlink", "Leave this
 * group"). Who may: `article.edit` in the edition of every story whose group changes, by today's
 * rules (a contributor or an author on their own stories only). What readers see changes with the
 * group (hreflang, the edition switcher, JSON-LD, sitemap alternates), so the published members'
 * pages and the sitemaps expire.
 */
import { getEditableArticle, type EditableArticle } from '@/db/queries/newsroom';
import type { StaffUser } from '@/db/queries/staff';
import { linkTranslations, unlinkTranslation, type GroupStory } from '@/db/queries/translation-groups';
import { cacheTags, expireTags } from '@/lib/cache';
import { mayOnArticle } from '@/lib/newsroom/articles';
import { editionChoiceLabel } from '@/lib/newsroom/edition-field';
import { parseArticleSegment } from '@/lib/urls';

export type GroupChangeResult =
  { ok: true } | { ok: false; reason: 'forbidden' | 'missing' | 'invalid' | 'failed'; message: string };

/** The stories whose reader pages show a group change; passed in so tests can record it. */
export type ExpireAlternates = (articleIds: number[]) => void;

/**
 * Expires the article pages of `articleIds` (their hreflang links, edition switcher and JSON-LD
 * list the group; the tag is the story's in whatever edition it is) and the sitemaps (their
 * xhtml:link alternates), now and again a moment later.
 */
export const expireAlternatePages: ExpireAlternates = (articleIds) =>
  expireTags([...articleIds.map(cacheTags.article), cacheTags.sitemaps]);

const refuse = (reason: Exclude<GroupChangeResult, { ok: true }>['reason'], message: string) =>
  ({ ok: false, reason, message }) as const;

// The newsroom speaks English: "Russian (RU)", not the edition's own name.
const editionName = editionChoiceLabel;
const described = (s: Pick<GroupStory, 'id' | 'edition'>) => `#${s.id}, ${editionName(s.edition)}`;

/**
 * The story an editor typed: its newsroom id (`123`, `#123`) or its address on the site
 * (`/ru/mir/123-slug`, `https://…/ru/mir/123-slug`, with or without a query): the id is what
 * comes before the first hyphen of the last segment. Null when neither.
 */
export function parseStoryReference(raw: string): number | null {
  const text = raw.trim();
  const bare = /^#?([1-9][0-9]{0,14})$/.exec(text);
  if (bare) return Number(bare[1]);
  if (!text.includes('/')) return null;
  const path = text.replace(/[?#].*$/s, '');
  const last = path.split('/').filter(Boolean).at(-1);
  return last === undefined ? null : (parseArticleSegment(last)?.id ?? null);
}

/** Whether `staff` may change the translation group of `article` (its edition's article.edit). */
export function mayRegroup(staff: StaffUser, article: EditableArticle): boolean {
  return mayOnArticle(staff, 'article.edit', article);
}

/** Only published stories have reader pages that list the group. */
function expirePublished(stories: Pick<GroupStory, 'id' | 'status'>[], expire: ExpireAlternates): void {
  const ids = stories.filter((s) => s.status === 'published').map((s) => s.id);
  if (ids.length) expire(ids);
}

/**
 * "Link a story from another edition": `reference` (an id or an address) joins `articleId`'s
 * translation group, or both start one named `articleId`. Refused without the right to edit
 * the page's story (403); every other refusal is a message and writes nothing.
 */
export function linkTranslation(
  staff: StaffUser,
  articleId: number,
  reference: string,
  ip: string,
  expire: ExpireAlternates = expireAlternatePages,
): GroupChangeResult {
  const article = getEditableArticle(articleId);
  if (!article) return refuse('missing', 'That article does not exist.');
  if (!mayRegroup(staff, article)) return refuse('forbidden', 'Your role may not edit this article.');
  const otherId = parseStoryReference(reference);
  if (otherId === null)
    return refuse(
      'invalid',
      'Give the other story’s newsroom id (like 123) or its address on the site (like /ru/mir/123-headline).',
    );
  if (otherId === article.id) return refuse('invalid', 'That is this story: give its translation in another edition.');
  const other = getEditableArticle(otherId);
  if (!other) return refuse('invalid', `There is no story #${otherId}.`);
  if (other.edition === article.edition)
    return refuse(
      'invalid',
      `Story #${other.id} is in the ${editionName(other.edition)} edition too: a translation is in another edition.`,
    );
  // A trashed story is on its way out: linking it would hold its edition's place in the group.
  if (other.status === 'trashed') return refuse('invalid', `Story #${other.id} is in the trash: restore it first.`);
  // The story was typed, not offered: a message rather than a 403 says which edition is missing.
  if (!mayRegroup(staff, other))
    return refuse(
      'invalid',
      `Your role may not edit story #${other.id} in the ${editionName(other.edition)} edition, so you may not link it.`,
    );
  const result = linkTranslations(article.id, other.id, { actorId: staff.id, ip });
  if (result.ok) {
    expirePublished(result.members, expire);
    return { ok: true };
  }
  switch (result.reason) {
    case 'not-found':
      return refuse('invalid', 'The story no longer exists.');
    case 'same-edition':
      return refuse('invalid', 'Both stories are in the same edition.');
    case 'already-linked':
      return refuse('invalid', `Story #${other.id} is already linked to this story.`);
    case 'edition-taken':
      return refuse(
        'invalid',
        `The group already has a ${editionName(result.story.edition)} version: “${result.story.title}” ` +
          `(#${result.story.id}). Unlink it first to link another.`,
      );
    case 'other-group':
      return refuse(
        'invalid',
        `Story #${other.id} is already linked with other translations (${result.members.map(described).join(', ')}): ` +
          'unlink it there first (“Leave this group” on its page).',
      );
    case 'group-in-use':
      return refuse('failed', 'That did not work: the group’s number is taken. Link this story from the other one.');
  }
}

/**
 * "Unlink" (a translation, from another member's page) and "Leave this group" (the story
 * itself): `storyId` leaves group `group` (the one the page showed). Needs the right to edit
 * that story (403 without); a group changed meanwhile is a message.
 */
export function unlinkFromGroup(
  staff: StaffUser,
  storyId: number,
  group: number,
  ip: string,
  expire: ExpireAlternates = expireAlternatePages,
): GroupChangeResult {
  const story = getEditableArticle(storyId);
  if (!story) return refuse('missing', 'That story does not exist.');
  if (!mayRegroup(staff, story)) return refuse('forbidden', 'Your role may not edit that story.');
  const result = unlinkTranslation(story.id, group, { actorId: staff.id, ip });
  if (!result.ok)
    return result.reason === 'not-found'
      ? refuse('missing', 'That story does not exist.')
      : refuse('invalid', `Story #${story.id} is no longer in this group: someone changed it meanwhile.`);
  expirePublished([result.left, ...result.remaining], expire);
  return { ok: true };
}

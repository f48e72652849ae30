/**
 * The newsroom's front editor on the server: the state its form starts from, and what each of
 * its buttons does when posted (app/admin/fronts/[key]/actions.ts checks the caller first).
 * Structural buttons (move, add, remove, find, pin) only re-render the form with the change —
 * the path without JavaScript; "Save draft & preview", "Publish" and "Discard draft" write, with
 * the front's version checked, and publishing expires that front alone (now, and at each pin's
 * `until`).
 */
import {
  getFrontRevision,
  publishFront,
  restoreFrontRevision,
  saveFrontDraft,
  searchPublishedStories,
  storyCardsForEditor,
  type FrontRow,
} from '@/db/queries/fronts';
import type { ArticleCard, FrontLayoutJson } from '@/db/types';
import type { StaffUser } from '@/lib/auth/session';
import { canIn } from '@/lib/auth/roles';
import { invalidateFront } from '@/lib/cache';
import { mediaUrl } from '@/lib/media';
import { SESSION_ENDED, type Outcome } from '@/lib/newsroom/forms';
import {
  applyOp,
  editorErrors,
  editorFromLayout,
  layoutFromEditor,
  parseOp,
  readEditorForm,
  type EditorContainer,
  type StoryThumb,
} from './form';
import { checkLayout, futureUntils, pinnedIds, readStoredLayout } from './layout';
import { allFrontTargets, frontTarget, loadFrontSource, type FrontTarget } from './load';

export interface EditorState {
  /** Changes with every answer, so the form re-mounts with what the server sent. */
  seq: number;
  status: 'idle' | 'invalid' | 'conflict' | 'notice';
  message: string;
  errors: Record<string, string>;
  version: number;
  hasDraft: boolean;
  containers: EditorContainer[];
  stories: Record<string, StoryThumb>;
  /** Results of "Find" for container `i` (the path without JavaScript). */
  search: { i: number; query: string; items: StoryThumb[] } | null;
  /** The slot or block to focus after a move. */
  focus?: string;
}

/** A small picture for the editor's lists. */
export function thumbOf(card: ArticleCard & { published?: boolean }): StoryThumb {
  const hero = card.hero;
  const width = hero ? (hero.variants.find((w) => w >= 160) ?? hero.variants[0] ?? hero.width) : 0;
  return {
    id: card.id,
    title: card.title,
    section: card.section.name,
    publishedAt: card.publishedAt,
    thumbnail: hero ? mediaUrl(hero.file, width) : null,
    published: card.published ?? true,
  };
}

function thumbsFor(containers: EditorContainer[]): Record<string, StoryThumb> {
  const ids = containers.flatMap((c) =>
    c.slots.flatMap((s) => (s.kind === 'pinned' && /^\d+$/.test(s.articleId) ? [Number(s.articleId)] : [])),
  );
  return Object.fromEntries(storyCardsForEditor(ids).map((c) => [String(c.id), thumbOf(c)]));
}

let seq = 1;

/** The editor as a page opens it: the draft when there is one, else what readers see. */
export function initialEditorState(target: FrontTarget): EditorState & { row: FrontRow | null } {
  const source = loadFrontSource(target);
  const containers = editorFromLayout(source.draft ?? source.live);
  return {
    seq: 0,
    status: 'idle',
    message: source.draft ? 'This is the unpublished draft: publish it, or discard it to edit what readers see.' : '',
    errors: {},
    version: source.row?.version ?? 0,
    hasDraft: source.draft !== null,
    containers,
    stories: thumbsFor(containers),
    search: null,
    row: source.row,
  };
}

export type EditorAnswer = { redirect: string } | { state: EditorState } | { notFound: true } | { forbidden: true };

/** Whether `staff` may arrange `target` (and run its edition's banner): fronts.manage in its edition. */
export function mayArrange(staff: StaffUser, target: Pick<FrontTarget, 'edition'>): boolean {
  return canIn(staff, target.edition, 'fronts.manage');
}

const conflictMessage = (current: FrontRow | null) =>
  `Someone else changed this front after you opened it${current?.updatedBy ? ` (${current.updatedBy})` : ''}. ` +
  'Nothing was saved; your arrangement is still below. Publish again to replace theirs, or reload the page to start from theirs.';

/** The layout a posted editor describes, checked; or the messages per field. */
function checked(
  containers: EditorContainer[],
  now: Date,
): { layout: FrontLayoutJson } | { errors: Record<string, string> } {
  const { layout, errors: shapeErrors } = layoutFromEditor(containers);
  const result = checkLayout(layout, now);
  const errors = { ...(result.ok ? {} : editorErrors(result.errors)), ...shapeErrors };
  if (result.ok) {
    // A pin must name a story readers can see now.
    const published = new Set(
      storyCardsForEditor(pinnedIds(result.layout))
        .filter((c) => c.published)
        .map((c) => c.id),
    );
    result.layout.containers.forEach((c, i) =>
      c.slots.forEach((s, j) => {
        if (s.kind === 'pinned' && !published.has(s.articleId))
          errors[`c${i}.s${j}.articleId`] = 'This story is not published: choose another one.';
      }),
    );
  }
  if (Object.keys(errors).length || !result.ok) return { errors };
  return { layout: result.layout };
}

/** One post of the editor's form by `staff` (already checked for 'fronts.manage'). */
export function handleEditorPost(staff: StaffUser, ip: string, form: FormData, now = new Date()): EditorAnswer {
  const key = form.get('key');
  const target = typeof key === 'string' ? frontTarget(key) : null;
  if (!target) return { notFound: true };
  if (!mayArrange(staff, target)) return { forbidden: true };
  const rawVersion = Number(form.get('version'));
  const version = Number.isInteger(rawVersion) && rawVersion >= 0 ? rawVersion : -1;
  const hasDraft = form.get('hasDraft') === '1';
  const containers = readEditorForm(form);
  const op = parseOp(typeof form.get('op') === 'string' ? (form.get('op') as string) : '', form);
  const who = { actorId: staff.id, ip };
  const state = (over: Partial<EditorState>): { state: EditorState } => {
    const next = over.containers ?? containers;
    return {
      state: {
        seq: seq++,
        status: 'idle',
        message: '',
        errors: {},
        version,
        hasDraft,
        containers: next,
        stories: thumbsFor(next),
        search: null,
        ...over,
      },
    };
  };
  const editorPath = `/admin/fronts/${encodeURIComponent(target.key)}`;

  switch (op.op) {
    case 'draft':
    case 'publish': {
      const result = checked(containers, now);
      if ('errors' in result)
        return state({
          status: 'invalid',
          // A problem of the whole front (too many blocks) has no field to sit beside: say it here.
          message: ['Nothing was saved: correct the fields marked below.', result.errors.containers]
            .filter(Boolean)
            .join(' '),
          errors: result.errors,
        });
      if (op.op === 'draft') {
        const saved = saveFrontDraft(target.dbKey, result.layout, version, who);
        if (!saved.ok)
          return state({
            status: 'conflict',
            message: conflictMessage(saved.current),
            version: saved.current?.version ?? 0,
          });
        return { redirect: `${editorPath}/preview` };
      }
      const published = publishFront(target.dbKey, result.layout, version, who);
      if (!published.ok)
        return state({
          status: 'conflict',
          message: conflictMessage(published.current),
          version: published.current?.version ?? 0,
        });
      invalidateFront([target.key], { until: futureUntils(result.layout, now) });
      return { redirect: `${editorPath}?done=published` };
    }
    case 'discard': {
      const saved = saveFrontDraft(target.dbKey, null, version, who);
      if (!saved.ok)
        return state({
          status: 'conflict',
          message: conflictMessage(saved.current),
          version: saved.current?.version ?? 0,
        });
      return { redirect: `${editorPath}?done=discarded` };
    }
    case 'search': {
      const raw = form.get(`c${op.i}.q`);
      const query = typeof raw === 'string' ? raw.trim().slice(0, 200) : '';
      const items = query ? searchPublishedStories(query, 10, now).map((c) => thumbOf(c)) : [];
      return state({
        search: { i: op.i, query, items },
        status: 'notice',
        message: query
          ? `${items.length} ${items.length === 1 ? 'story' : 'stories'} found for “${query}”.`
          : 'Type words of a headline to find a story.',
      });
    }
    default: {
      const applied = applyOp(containers, op);
      return state({
        containers: applied.containers,
        focus: applied.focus,
        status: applied.message ? 'notice' : 'idle',
        message: applied.message ?? 'Not saved yet: save a draft to preview, or publish.',
      });
    }
  }
}

/** The answer to a post whose session has ended: the form as sent, with the message. */
export function sessionEndedState(previous: unknown, form: FormData): EditorState {
  const before = (typeof previous === 'object' && previous !== null ? previous : {}) as Partial<EditorState>;
  const version = Number(form.get('version'));
  return {
    seq: (Number.isInteger(before.seq) ? (before.seq as number) : 0) + 1,
    status: 'invalid',
    message: SESSION_ENDED,
    errors: {},
    version: Number.isInteger(version) ? version : 0,
    hasDraft: form.get('hasDraft') === '1',
    containers: readEditorForm(form),
    stories: Object.fromEntries(Object.entries(before.stories ?? {})),
    search: null,
  };
}

/** "Restore" on a revision: publishes that arrangement again as a new version. */
export function restoreFromForm(staff: StaffUser, form: FormData, ip: string): Outcome & { key?: string } {
  const key = form.get('key');
  const target = typeof key === 'string' ? frontTarget(key) : null;
  const revision = Number(form.get('revision'));
  const version = Number(form.get('version'));
  if (!target || !Number.isInteger(revision) || !Number.isInteger(version)) return { ok: false, code: 'missing' };
  if (!mayArrange(staff, target)) return { ok: false, code: 'forbidden', key: target.key };
  const layout = readStoredLayout(getFrontRevision(target.dbKey, revision));
  if (!layout) return { ok: false, code: 'missing', key: target.key };
  const result = restoreFrontRevision(target.dbKey, revision, layout, version, { actorId: staff.id, ip });
  if (!result.ok) return { ok: false, code: 'conflict', key: target.key };
  invalidateFront([target.key], { until: futureUntils(layout) });
  return { ok: true, code: 'restored', key: target.key };
}

/** "Publish this draft" on the preview page. */
export function publishDraftFromForm(staff: StaffUser, form: FormData, ip: string): Outcome & { key?: string } {
  const key = form.get('key');
  const target = typeof key === 'string' ? frontTarget(key) : null;
  const version = Number(form.get('version'));
  if (!target || !Number.isInteger(version)) return { ok: false, code: 'missing' };
  if (!mayArrange(staff, target)) return { ok: false, code: 'forbidden', key: target.key };
  const source = loadFrontSource(target);
  if (!source.draft) return { ok: false, code: 'no-draft', key: target.key };
  const result = checkLayout(source.draft);
  if (!result.ok) return { ok: false, code: 'invalid-draft', key: target.key };
  const published = publishFront(target.dbKey, result.layout, version, { actorId: staff.id, ip });
  if (!published.ok) return { ok: false, code: 'conflict', key: target.key };
  invalidateFront([target.key], { until: futureUntils(result.layout) });
  return { ok: true, code: 'published', key: target.key };
}

/** The fronts the newsroom arranges: the home page, then each section in order. */
export function listFrontTargets(): FrontTarget[] {
  return allFrontTargets();
}

export const OUTCOME_MESSAGES = {
  done: {
    published: 'Published. Readers see the new arrangement now.',
    discarded: 'The draft was discarded.',
    restored: 'That revision was published again as a new version.',
  },
  error: {
    conflict:
      'Someone else changed this front in the meantime: nothing was changed. Look at the current version first.',
    missing: 'That revision does not exist.',
    'no-draft': 'There is no draft to publish.',
    'invalid-draft':
      'The draft can no longer be published as it is (a pin’s end may have passed): open it in the editor.',
  },
};

/**
 * The soak's load: the loops of anonymous readers, searchers, signed-in readers and the one
 * staff member, each waiting for its answer before the next request until `run.stopping`. What
 * they observe beyond status codes (bookmark answers, when a change became visible) is kept
 * here for the checks.
 */
import type { SoakArticle, SoakDb, SoakTargets } from '@/db/tools/soak';
import { editorValues } from '@/lib/newsroom/editor-data';
import { actionBody } from '../faults/newsroom';
import { hit, problem, run } from './measure';
import { POLL_MS, STAFF_EVERY_MS, VISIBLE_WITHIN_MS } from './options';

const random = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the loops pick their pages and searches from (read once from the database). */
export type World = SoakTargets;

function pickArticle(world: World): SoakArticle {
  // News traffic: half of the reads go to the newest stories, the rest anywhere in the archive.
  return Math.random() < 0.5 ? random(world.articles.slice(0, 60)) : random(world.articles);
}

export async function anonymousReader(world: World) {
  while (!run.stopping) {
    const r = Math.random();
    if (r < 0.55) await hit('article (anonymous)', pickArticle(world).path);
    else if (r < 0.6) {
      const a = pickArticle(world);
      await hit('article, bare id → canonical', `/${a.section}/${a.id}`, {}, false, (h) => {
        const location = h.response?.headers.get('location') ?? '';
        return location === a.path || location === `${run.origin}${a.path}`
          ? null
          : `Location ${location}, not ${a.path}`;
      });
    } else if (r < 0.7) await hit('home', '/');
    else if (r < 0.8) await hit('section front', `/${random(world.sections).slug}`);
    else if (r < 0.84) await hit('section front, page 2', `/${random(world.sections).slug}?page=2`);
    else if (r < 0.92) await hit('tag page', `/tags/${random(world.tags)}`);
    else await hit('author page', `/authors/${random(world.authors)}`);
  }
}

function searchQuery(world: World): string {
  const w = () => random(world.words);
  const q = random([
    () => w(),
    () => w(),
    () => `${w()} ${w()}`,
    () => {
      // A phrase: two neighbouring words of a headline.
      const words = pickArticle(world).title.match(/\p{L}+/gu) ?? [w(), w()];
      const i = Math.floor(Math.random() * Math.max(1, words.length - 1));
      return `"${words.slice(i, i + 2).join(' ')}"`;
    },
    () => `${w().slice(0, 4)}*`,
    () => `${w()} OR ${w()}`,
    () => `${w()} -${w()}`,
  ])();
  const params = new URLSearchParams({ q });
  const f = Math.random();
  if (f < 0.15) params.set('sort', 'newest');
  else if (f < 0.25) params.set('section', random(world.sections).slug);
  else if (f < 0.32) params.set('range', 'week');
  else if (f < 0.37) params.set('page', '2');
  return `/search?${params}`;
}

export async function searcher(world: World) {
  while (!run.stopping) await hit('search', searchQuery(world));
}

export const bookmarkMismatches: string[] = [];

export async function signedInReader(world: World, cookie: string) {
  const headers = { Cookie: cookie };
  const bookmarked = new Set<number>();
  for (let n = 0; !run.stopping; n++) {
    const article = pickArticle(world);
    await hit('article (signed-in)', article.path, { headers });
    if (run.stopping) break;
    const action = bookmarked.has(article.id) ? 'remove' : 'add';
    const body = new URLSearchParams({ articleId: String(article.id), action, next: article.path });
    if (n % 5 === 4) {
      // The no-JavaScript form: a 303 back to the page.
      const h = await hit(
        'bookmark toggle (form)',
        '/reader/bookmarks',
        { method: 'POST', headers: { ...headers, Origin: run.origin }, body },
        false,
        (res) =>
          res.response?.headers.get('location')?.endsWith(article.path)
            ? null
            : `303 to ${res.response?.headers.get('location')}`,
      );
      if (h.status === 303) {
        if (action === 'add') bookmarked.add(article.id);
        else bookmarked.delete(article.id);
      }
    } else {
      const h = await hit(
        'bookmark toggle (JSON)',
        '/reader/bookmarks',
        { method: 'POST', headers: { ...headers, Origin: run.origin, Accept: 'application/json' }, body },
        true,
      );
      if (h.status === 200) {
        let state: unknown;
        try {
          state = (JSON.parse(h.text) as { bookmarked?: unknown }).bookmarked;
        } catch {
          state = h.text.slice(0, 80);
        }
        if (state !== (action === 'add')) {
          bookmarkMismatches.push(`${action} ${article.id}: answered ${JSON.stringify(state)}`);
          problem(`bookmark ${action} of ${article.id} answered bookmarked=${JSON.stringify(state)}`);
        }
        if (state === true) bookmarked.add(article.id);
        else if (state === false) bookmarked.delete(article.id);
      }
    }
    if (n % 10 === 9)
      await hit(n % 20 === 19 ? 'home (signed-in)' : 'bookmarks page', n % 20 === 19 ? '/' : '/bookmarks', { headers });
  }
}

export interface Change {
  kind: 'publish' | 'correction';
  id: number;
  title: string;
  /** ms from the action's answer until readers saw it (null: not within the limit). */
  delayMs: number | null;
  checks: string[];
  error?: string;
}
export const changes: Change[] = [];

/**
 * Polls the URLs until each shows `marker` (and, for `mustFind`, a 200) or the limit passes.
 * Returns the delay from `since`, or null.
 */
async function visibleWithin(since: number, checks: { url: string; marker: string }[]): Promise<number | null> {
  const pending = new Set(checks);
  while (performance.now() - since < VISIBLE_WITHIN_MS) {
    await Promise.all(
      [...pending].map(async (c) => {
        const h = await hit('visibility poll', c.url, {}, true);
        if (h.status === 200 && h.text.includes(c.marker)) pending.delete(c);
      }),
    );
    if (pending.size === 0) return performance.now() - since;
    await sleep(POLL_MS);
  }
  return null;
}

export async function staffMember(
  world: World,
  db: SoakDb,
  cookie: string,
  ids: { save: string; change: string },
  runTag: string,
) {
  const rsc = { Cookie: cookie, Accept: 'text/x-component', 'X-Forwarded-For': '198.51.100.10' };
  let published = 0;
  let corrected = 0;
  const seededPool = world.articles.slice();
  let nextEdit = Math.floor(Math.random() * seededPool.length);
  const ours: SoakArticle[] = [];
  for (let n = 0; !run.stopping; n++) {
    const cycleStart = performance.now();
    if (n % 2 === 0) {
      // Publish: a new draft through the editor's save, then the publish button.
      published++;
      const marker = `soak${runTag}p${String(published).padStart(4, '0')}`;
      const section = world.sections[published % world.sections.length];
      const title = `Desk report ${marker}: council budget vote moves to next week`;
      const change: Change = { kind: 'publish', id: 0, title, delayMs: null, checks: [] };
      changes.push(change);
      const saved = await hit(
        'staff: save new draft',
        '/admin/articles/new',
        {
          method: 'POST',
          headers: { ...rsc, Origin: run.origin, 'Next-Action': ids.save },
          body: actionBody({
            title,
            slug: '',
            sectionId: String(section.id),
            lede: `A report filed during the soak test (${marker}).`,
            body: `First paragraph of ${marker}.\n\nSecond paragraph, with more detail.`,
            tags: '',
            heroMediaId: '',
          }),
        },
        false,
        (h) =>
          /^\/admin\/articles\/\d+\?saved=1/.test(h.response?.headers.get('x-action-redirect') ?? '')
            ? null
            : `no redirect to the new article (${h.response?.headers.get('x-action-redirect')})`,
      );
      const id = Number(
        /^\/admin\/articles\/(\d+)/.exec(saved.response?.headers.get('x-action-redirect') ?? '')?.[1] ?? 0,
      );
      if (!id) {
        change.error = `save answered ${saved.status}`;
      } else {
        change.id = id;
        const done = await hit(
          'staff: publish',
          `/admin/articles/${id}`,
          {
            method: 'POST',
            headers: { ...rsc, Origin: run.origin, 'Next-Action': ids.change },
            body: actionBody({ id: String(id), version: '1', change: 'publish' }, false),
          },
          false,
          (h) =>
            (h.response?.headers.get('x-action-redirect') ?? '').includes('done=publish')
              ? null
              : `publish not done (${h.response?.headers.get('x-action-redirect')})`,
        );
        const answered = performance.now();
        const row = db.article(id);
        if (
          !(done.response?.headers.get('x-action-redirect') ?? '').includes('done=publish') ||
          !row ||
          row.status !== 'published'
        ) {
          change.error = `publish answered ${done.status} ${done.response?.headers.get('x-action-redirect')}; status in the database: ${row?.status}`;
        } else {
          change.checks = [row.path, `/${row.section}`];
          change.delayMs = await visibleWithin(answered, [
            { url: row.path, marker },
            { url: `/${row.section}`, marker },
          ]);
          const fresh: SoakArticle = { id, path: row.path, title, section: row.section };
          ours.push(fresh);
          // Readers find the new story: the newest first in the pool.
          world.articles.unshift(fresh);
        }
      }
      if (change.error) problem(`publish ${marker}: ${change.error}`);
      else if (change.delayMs === null)
        problem(`publish ${marker} (${change.id}) not visible within ${VISIBLE_WITHIN_MS} ms`);
    } else {
      // Correct a headline: every other time one of ours, else one from the archive.
      corrected++;
      const target = ours.length && corrected % 2 === 0 ? random(ours) : seededPool[nextEdit++ % seededPool.length];
      const marker = `soak${runTag}c${String(corrected).padStart(4, '0')}`;
      const current = db.editable(target.id);
      const change: Change = { kind: 'correction', id: target.id, title: '', delayMs: null, checks: [] };
      changes.push(change);
      if (!current) {
        change.error = 'not in the database';
      } else {
        const base = current.title.replace(/ \(corrected soak\w+\)$/, '');
        const suffix = ` (corrected ${marker})`;
        const title = `${base.slice(0, 200 - suffix.length)}${suffix}`;
        change.title = title;
        const values = { ...editorValues(current), title };
        const h = await hit(
          'staff: correct headline',
          `/admin/articles/${target.id}`,
          {
            method: 'POST',
            headers: { ...rsc, Origin: run.origin, 'Next-Action': ids.save },
            body: actionBody({ ...values, id: String(target.id), version: String(current.version) }),
          },
          true,
          (res) => (res.text.includes('"status":"saved"') ? null : `not saved: ${res.text.slice(0, 300)}`),
        );
        const answered = performance.now();
        if (h.status !== 200 || !h.text.includes('"status":"saved"')) {
          change.error = `save answered ${h.status}: ${h.text.slice(0, 200)}`;
        } else {
          const search = `/search?${new URLSearchParams({ q: marker })}`;
          change.checks = [target.path, search];
          change.delayMs = await visibleWithin(answered, [
            { url: target.path, marker },
            { url: search, marker: `href="${target.path}"` },
          ]);
          target.title = title;
        }
      }
      if (change.error) problem(`correction ${marker} of ${target.id}: ${change.error}`);
      else if (change.delayMs === null)
        problem(`correction ${marker} of ${target.id} not visible within ${VISIBLE_WITHIN_MS} ms`);
    }
    const wait = STAFF_EVERY_MS - (performance.now() - cycleStart);
    const until = performance.now() + wait;
    while (!run.stopping && performance.now() < until) await sleep(Math.min(200, until - performance.now()));
  }
}

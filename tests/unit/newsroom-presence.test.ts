/**
 * Presence (lib/newsroom/presence.ts): who else has a story open, from heartbeats kept in the
 * database; a heartbeat counts for PRESENCE_WINDOW_MS, leaving removes it at once, and only those
 * who may open the story in the newsroom may be seen on it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

let t: TestDb;
let presence: typeof import('@/lib/newsroom/presence');
let format: typeof import('@/lib/format');
let staff: StaffByRole;
let section = 0;

const T0 = new Date('2026-12-07T10:42:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const names = (answer: ReturnType<typeof presence.presenceHeartbeat>) => {
  assert.ok(answer.ok, JSON.stringify(answer));
  return answer.others.map((o) => o.name);
};
const rowsOf = (articleId: number) =>
  (
    t.db.$client.prepare('SELECT count(*) AS n FROM article_presence WHERE article_id = ?').get(articleId) as {
      n: number;
    }
  ).n;

before(async () => {
  t = await createTestDb('newsroom-presence-');
  presence = await import('@/lib/newsroom/presence');
  format = await import('@/lib/format');
  section = t.insertSection({ slug: 'business', name: 'Business' });
  staff = await createStaffByRole();
});
after(() => t.cleanup());

describe('presence', () => {
  it('a heartbeat shows the others who have the story open, with since when, never oneself', () => {
    const id = t.insertArticle({ sectionId: section, title: 'Port strike', status: 'draft' });
    // Alone: nobody else.
    assert.deepEqual(names(presence.presenceHeartbeat(staff.author, id, T0)), []);
    // The editor comes 30 s later and sees the author, since the author's first beat.
    const seen = presence.presenceHeartbeat(staff.editor, id, later(30_000));
    assert.deepEqual(seen, {
      ok: true,
      others: [{ name: 'author', since: T0.toISOString(), sinceText: format.formatClockTime(T0.toISOString()) }],
    });
    // The author's next beat sees the editor, not themself; the author's "since" stays the first beat.
    assert.deepEqual(names(presence.presenceHeartbeat(staff.author, id, later(40_000))), ['editor']);
    assert.equal(
      (presence.presenceHeartbeat(staff.editor, id, later(50_000)) as { others: { since: string }[] }).others[0].since,
      T0.toISOString(),
    );
    // The page's first render lists the same people, without a beat of its own.
    assert.deepEqual(
      presence.othersOnArticle(staff.admin, id, later(50_000)).map((o) => o.name),
      ['author', 'editor'],
    );
    // Another story is another room.
    const other = t.insertArticle({ sectionId: section, title: 'Another story', status: 'draft' });
    assert.deepEqual(names(presence.presenceHeartbeat(staff.admin, other, later(50_000))), []);
  });

  it('a heartbeat counts for the presence window only; coming back later starts a new "since"', () => {
    const id = t.insertArticle({ sectionId: section, title: 'Expiry', status: 'draft' });
    presence.presenceHeartbeat(staff.author, id, T0);
    const window = presence.PRESENCE_WINDOW_MS;
    assert.deepEqual(names(presence.presenceHeartbeat(staff.editor, id, later(window))), ['author']);
    assert.deepEqual(names(presence.presenceHeartbeat(staff.editor, id, later(window + 1))), []);
    assert.deepEqual(presence.othersOnArticle(staff.editor, id, later(window + 1)), []);
    // The author beats again after the gap: seen again, since the new visit.
    const back = later(window + 10_000);
    presence.presenceHeartbeat(staff.author, id, back);
    const answer = presence.presenceHeartbeat(staff.editor, id, later(window + 11_000));
    assert.ok(answer.ok);
    assert.deepEqual(
      answer.others.map((o) => [o.name, o.since]),
      [['author', back.toISOString()]],
    );
  });

  it('rows long past the window are deleted when anyone beats', () => {
    const id = t.insertArticle({ sectionId: section, title: 'Purge', status: 'draft' });
    const elsewhere = t.insertArticle({ sectionId: section, title: 'Elsewhere', status: 'draft' });
    presence.presenceHeartbeat(staff.author, id, T0);
    presence.presenceHeartbeat(staff.editor, elsewhere, later(presence.PRESENCE_PURGE_MS - 1));
    assert.equal(rowsOf(id), 1);
    presence.presenceHeartbeat(staff.editor, elsewhere, later(presence.PRESENCE_PURGE_MS + 1));
    assert.equal(rowsOf(id), 0);
    assert.equal(rowsOf(elsewhere), 1);
  });

  it('leaving removes one’s own row at once, and only one’s own', () => {
    const id = t.insertArticle({ sectionId: section, title: 'Leaving', status: 'draft' });
    presence.presenceHeartbeat(staff.author, id, T0);
    presence.presenceHeartbeat(staff.editor, id, T0);
    presence.leaveArticle(staff.editor, id);
    assert.deepEqual(names(presence.presenceHeartbeat(staff.author, id, later(1000))), []);
    assert.deepEqual(names(presence.presenceHeartbeat(staff.admin, id, later(1000))), ['author']);
  });

  it('only those who may open the story in the newsroom may beat on it; an unknown story is refused', async () => {
    const { createStaffUser } = await import('@/db/queries/staff');
    const { editions } = await import('@/lib/editions');
    const otherEdition = editions.codes.find((c) => c !== 'en');
    assert.ok(otherEdition, 'a second edition');
    const outsider = createStaffUser({
      email: 'outsider@example.test',
      name: 'Outsider',
      passwordHash: 'x',
      role: 'editor',
      editions: [otherEdition],
    });
    const id = t.insertArticle({ sectionId: section, title: 'Not their desk', status: 'published' });
    presence.presenceHeartbeat(staff.editor, id, T0);
    const refused = presence.presenceHeartbeat(outsider, id, T0);
    assert.deepEqual(refused.ok ? null : refused.reason, 'forbidden');
    // Refused: not recorded, and told nothing about who is there.
    assert.equal(rowsOf(id), 1);
    assert.deepEqual(presence.othersOnArticle(outsider, id, T0), []);
    // A contributor may open a story of their edition (to read it) and is seen there.
    assert.deepEqual(names(presence.presenceHeartbeat(staff.contributor, id, T0)), ['editor']);
    const missing = presence.presenceHeartbeat(staff.author, 999_999, T0);
    assert.equal(missing.ok ? null : missing.reason, 'missing');
  });

  it('deleting the story or the person deletes their presence', async () => {
    const { createStaffUser } = await import('@/db/queries/staff');
    const temp = createStaffUser({
      email: 'temp@example.test',
      name: 'Temp',
      passwordHash: 'x',
      role: 'editor',
      editions: ['en'],
    });
    const id = t.insertArticle({ sectionId: section, title: 'Short-lived', status: 'draft' });
    presence.presenceHeartbeat(temp, id, T0);
    presence.presenceHeartbeat(staff.editor, id, T0);
    assert.equal(rowsOf(id), 2);
    t.db.$client.prepare('DELETE FROM staff_users WHERE id = ?').run(temp.id);
    assert.equal(rowsOf(id), 1);
    t.db.$client.prepare('DELETE FROM articles WHERE id = ?').run(id);
    assert.equal(rowsOf(id), 0);
  });
});

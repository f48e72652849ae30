/**
 * Presence (issue 21): while a story is open in the newsroom, its page sends a heartbeat every
 * PRESENCE_BEAT_MS and is told who else has it open, so two people on one story know before they
 * both save (the save's conflict check still keeps both versions). Heartbeats are rows in the
 * database (db/queries/presence.ts), not a server's memory, so every app server sees everyone.
 * A heartbeat older than PRESENCE_WINDOW_MS counts as gone: a closed tab, a sleeping laptop.
 */
import { getEditableArticle } from '@/db/queries/newsroom';
import { listPresent, recordHeartbeat, removePresence } from '@/db/queries/presence';
import type { StaffUser } from '@/db/queries/staff';
import { formatClockTime } from '@/lib/format';
import { mayOnArticle } from './articles';

/** How often an open, visible editor beats. */
export const PRESENCE_BEAT_MS = 20_000;
/** How long a heartbeat counts: two beats and some slack for a slow network. */
export const PRESENCE_WINDOW_MS = 45_000;
/** Rows this old are deleted when anyone beats (they count as gone long before). */
export const PRESENCE_PURGE_MS = 5 * 60_000;

/** Someone else with the story open, as the editor shows them. */
export interface Colleague {
  name: string;
  /** When they opened it (ISO), and that time as the newsroom writes it ("10:42 UTC"). */
  since: string;
  sinceText: string;
}

export type PresenceResult =
  { ok: true; others: Colleague[] } | { ok: false; reason: 'forbidden' | 'missing'; message: string };

/** Whether `staff` may be seen on the story: anyone who may open it in the newsroom. */
function refusal(staff: StaffUser, articleId: number): PresenceResult | null {
  const article = getEditableArticle(articleId);
  if (!article) return { ok: false, reason: 'missing', message: 'That article does not exist.' };
  // The same check as the story's page: its edition's newsroom, to edit it or only to read it.
  return mayOnArticle(staff, 'admin.access', article)
    ? null
    : { ok: false, reason: 'forbidden', message: 'Your role may not open this article.' };
}

const colleagues = (staff: StaffUser, articleId: number, now: Date): Colleague[] =>
  listPresent(articleId, staff.id, new Date(now.getTime() - PRESENCE_WINDOW_MS)).map((p) => ({
    name: p.name,
    since: p.since.toISOString(),
    sinceText: formatClockTime(p.since.toISOString()),
  }));

/** A heartbeat from `staff`'s open editor: recorded, and answered with who else has the story open. */
export function presenceHeartbeat(staff: StaffUser, articleId: number, now = new Date()): PresenceResult {
  const refused = refusal(staff, articleId);
  if (refused) return refused;
  const at = now.getTime();
  recordHeartbeat(articleId, staff.id, now, new Date(at - PRESENCE_WINDOW_MS), new Date(at - PRESENCE_PURGE_MS));
  return { ok: true, others: colleagues(staff, articleId, now) };
}

/** Who else has the story open, without a heartbeat (the page's first render); [] if `staff` may not see. */
export function othersOnArticle(staff: StaffUser, articleId: number, now = new Date()): Colleague[] {
  return refusal(staff, articleId) ? [] : colleagues(staff, articleId, now);
}

/** `staff` left the story: the others stop seeing them at their next heartbeat. */
export function leaveArticle(staff: StaffUser, articleId: number): void {
  removePresence(articleId, staff.id);
}

/** The mail outbox (schema.ts mailOutbox): every message the site sends, and what became of it. */
import { count, desc, eq, lt } from 'drizzle-orm';
import { getDb } from '../client';
import { mailOutbox } from '../schema';

export type OutboxStatus = 'outbox' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: number;
  createdAt: string;
  to: string;
  subject: string;
  kind: string;
  text: string;
  status: OutboxStatus;
  error: string | null;
  sentAt: string | null;
}

/**
 * How long the outbox keeps a message. Its links have long expired by then (30 minutes for a
 * reset, a day for a verification), and without a limit the table would grow with every sign-up.
 */
export const OUTBOX_KEEP_DAYS = 30;

/** Stores a message; messages older than OUTBOX_KEEP_DAYS are dropped on the way. */
export function insertOutboxMessage(v: {
  to: string;
  subject: string;
  kind: string;
  text: string;
  html: string;
  status: OutboxStatus;
  now: Date;
}): number {
  const { now, ...values } = v;
  return getDb().transaction((tx) => {
    tx.delete(mailOutbox)
      .where(lt(mailOutbox.createdAt, new Date(now.getTime() - OUTBOX_KEEP_DAYS * 86_400_000)))
      .run();
    return tx
      .insert(mailOutbox)
      .values({ ...values, createdAt: now })
      .returning({ id: mailOutbox.id })
      .get().id;
  });
}

/** Records a send's outcome; a delivered message's body is dropped (it may hold a live link). */
export function settleOutboxMessage(id: number, outcome: { sent: true; at: Date } | { sent: false; error: string }) {
  getDb()
    .update(mailOutbox)
    .set(
      outcome.sent
        ? { status: 'sent', sentAt: outcome.at, error: null, text: '', html: '' }
        : { status: 'failed', error: outcome.error.slice(0, 500) },
    )
    .where(eq(mailOutbox.id, id))
    .run();
}

/** The stored message's HTML (tests compare it with what SMTP delivered). */
export function outboxHtml(id: number): string | null {
  return getDb().select({ html: mailOutbox.html }).from(mailOutbox).where(eq(mailOutbox.id, id)).get()?.html ?? null;
}

/** A page of messages, newest first, with the total. */
export function listOutbox(page: number, perPage: number): { items: OutboxMessage[]; total: number } {
  const db = getDb();
  const rows = db
    .select({
      id: mailOutbox.id,
      createdAt: mailOutbox.createdAt,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      kind: mailOutbox.kind,
      text: mailOutbox.text,
      status: mailOutbox.status,
      error: mailOutbox.error,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: count() }).from(mailOutbox).get()?.n ?? 0;
  return {
    items: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt ? r.sentAt.toISOString() : null,
    })),
    total,
  };
}

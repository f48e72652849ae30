/**
 * The review step (issue 21): a contributor submits a draft, editors see the queue, leave notes
 * (never published) and publish it or send it back. Every step is audited with its write, in one
 * transaction. The state is `articles.review`; publishing or scheduling clears it
 * (setArticleStatus).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articleNotes, articles, sections, staffUsers } from '../schema';
import { writeAudit, type Actor } from './shared';

export type ReviewState = 'submitted' | 'returned';

export interface ReviewNote {
  id: number;
  text: string;
  at: string;
  /** Null once the account is deleted. */
  by: string | null;
}

export interface ReviewQueueItem {
  id: number;
  title: string;
  edition: string;
  section: string;
  submittedAt: string;
  /** Who created the story (null for one made outside the newsroom). */
  by: string | null;
  state: ReviewState | null;
}

export function reviewOf(id: number): { state: ReviewState | null; at: string | null } | null {
  const row = getDb()
    .select({ state: articles.review, at: articles.reviewAt })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  return row ? { state: row.state, at: row.at?.toISOString() ?? null } : null;
}

/**
 * Sets the review state (and a note with it, when given), audited as `article.{action}`; false
 * when the story is gone or not in the state `from` expects (someone acted first).
 */
export function moveReview(
  id: number,
  from: (ReviewState | null)[],
  to: ReviewState,
  who: Actor,
  action: 'submit' | 'send-back',
  note?: string,
): boolean {
  return getDb().transaction((tx) => {
    const row = tx.select({ review: articles.review }).from(articles).where(eq(articles.id, id)).get();
    if (!row || !from.includes(row.review)) return false;
    tx.update(articles).set({ review: to, reviewAt: new Date() }).where(eq(articles.id, id)).run();
    if (note) tx.insert(articleNotes).values({ articleId: id, staffId: who.actorId, text: note }).run();
    writeAudit(tx, who, `article.${action}`, 'article', id, note ? { note: note.slice(0, 200) } : undefined);
    return true;
  });
}

export function addNote(id: number, text: string, who: Actor): void {
  getDb().transaction((tx) => {
    const note = tx
      .insert(articleNotes)
      .values({ articleId: id, staffId: who.actorId, text })
      .returning({ id: articleNotes.id })
      .get();
    writeAudit(tx, who, 'article.note', 'article', id, { note: note.id });
  });
}

export function listNotes(id: number): ReviewNote[] {
  return getDb()
    .select({ id: articleNotes.id, text: articleNotes.text, at: articleNotes.createdAt, by: staffUsers.name })
    .from(articleNotes)
    .leftJoin(staffUsers, eq(staffUsers.id, articleNotes.staffId))
    .where(eq(articleNotes.articleId, id))
    .orderBy(asc(articleNotes.id))
    .all()
    .map((n) => ({ ...n, at: n.at.toISOString() }));
}

/**
 * Stories submitted for review in `editions`, oldest first (the queue), or with `createdBy`
 * only that person's (what a contributor has waiting, submitted or sent back).
 */
export function listInReview(opts: { editions: string[]; createdBy?: number; limit: number }): {
  items: ReviewQueueItem[];
  total: number;
} {
  if (!opts.editions.length) return { items: [], total: 0 };
  const db = getDb();
  const where = and(
    inArray(articles.edition, opts.editions),
    opts.createdBy === undefined
      ? eq(articles.review, 'submitted')
      : and(sql`${articles.review} IS NOT NULL`, eq(articles.createdBy, opts.createdBy)),
  );
  const items = db
    .select({
      id: articles.id,
      title: articles.title,
      edition: articles.edition,
      section: sections.name,
      submittedAt: articles.reviewAt,
      by: staffUsers.name,
      state: articles.review,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(staffUsers, eq(staffUsers.id, articles.createdBy))
    .where(where)
    .orderBy(opts.createdBy === undefined ? asc(articles.reviewAt) : desc(articles.reviewAt), asc(articles.id))
    .limit(opts.limit)
    .all()
    .map(({ submittedAt, ...item }) => ({ ...item, submittedAt: submittedAt?.toISOString() ?? '' }));
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .where(where)
      .get()?.n ?? 0;
  return { items, total };
}

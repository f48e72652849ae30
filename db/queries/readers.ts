/**
 * Reader accounts, their sessions and their bookmarks. A reader only ever reaches their own
 * rows: every function takes the reader's id from the session, never from a form.
 */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { getDb, type DB } from '../client';
import { articles, bookmarks, media, readers, readerSessions, sections } from '../schema';
import type { ArticleCard } from '../types';
import { cardColumns, heroPictureId, heroSource, isPublished, toCard } from './articles';
import { deleteSessionIn, sessionFields, sessionRow, touchSessionIn, type NewSession } from './sessions';
import { presentIds } from './shared';

export interface Reader {
  id: number;
  email: string;
  name: string;
}

const readerColumns = { id: readers.id, email: readers.email, name: readers.name };

/** Creates a reader; null when the e-mail address already has an account. */
export function createReader(v: { email: string; name: string; passwordHash: string }): Reader | null {
  return (
    getDb()
      .insert(readers)
      .values({ ...v, email: v.email.toLowerCase() })
      .onConflictDoNothing({ target: readers.email })
      .returning(readerColumns)
      .get() ?? null
  );
}

export function findReaderForSignIn(email: string): (Reader & { passwordHash: string }) | null {
  return (
    getDb()
      .select({ ...readerColumns, passwordHash: readers.passwordHash })
      .from(readers)
      .where(eq(readers.email, email.toLowerCase()))
      .get() ?? null
  );
}

export function readerPasswordHash(id: number): string | null {
  return getDb().select({ h: readers.passwordHash }).from(readers).where(eq(readers.id, id)).get()?.h ?? null;
}

export function setReaderPasswordHash(id: number, passwordHash: string): void {
  getDb().update(readers).set({ passwordHash }).where(eq(readers.id, id)).run();
}

/** Deletes the account; its sessions and bookmarks go with it (foreign keys cascade). */
export function deleteReader(id: number): boolean {
  return getDb().delete(readers).where(eq(readers.id, id)).run().changes > 0;
}

export function insertReaderSession(v: NewSession & { readerId: number }): void {
  getDb()
    .insert(readerSessions)
    .values({ ...sessionRow(v), readerId: v.readerId })
    .run();
}

/**
 * The two look-ups every signed-in page request makes (the session, then the article's bookmark
 * state), prepared once per connection: building the query and compiling the SQL each time was
 * most of a spliced page's cost.
 */
function prepareHotQueries(db: DB) {
  return {
    session: db
      .select({ ...sessionFields(readerSessions), reader: readerColumns })
      .from(readerSessions)
      .innerJoin(readers, eq(readers.id, readerSessions.readerId))
      .where(eq(readerSessions.id, sql.placeholder('id')))
      .prepare(),
    bookmarked: db
      .select({ a: bookmarks.articleId })
      .from(bookmarks)
      .where(
        and(eq(bookmarks.readerId, sql.placeholder('readerId')), eq(bookmarks.articleId, sql.placeholder('articleId'))),
      )
      .prepare(),
  };
}
const prepared = new WeakMap<DB, ReturnType<typeof prepareHotQueries>>();

function hotQueries() {
  const db = getDb();
  let queries = prepared.get(db);
  if (!queries) prepared.set(db, (queries = prepareHotQueries(db)));
  return queries;
}

export function findReaderSession(
  id: string,
): { id: string; lastSeenAt: Date; expiresAt: Date; reader: Reader } | null {
  return hotQueries().session.get({ id }) ?? null;
}

export function touchReaderSession(id: string, now: Date): void {
  touchSessionIn(readerSessions, id, now);
}

export function deleteReaderSession(id: string): void {
  deleteSessionIn(readerSessions, id);
}

export function deleteReaderSessions(readerId: number, exceptId?: string): number {
  const where = exceptId
    ? and(eq(readerSessions.readerId, readerId), sql`${readerSessions.id} <> ${exceptId}`)
    : eq(readerSessions.readerId, readerId);
  return getDb().delete(readerSessions).where(where).run().changes;
}

// ---------------------------------------------------------------------------------------
// Bookmarks

/**
 * Bookmarks a published article; 'not-found' (nothing written) for an unknown, unpublished or
 * scheduled one. Bookmarking twice keeps the first time.
 */
export function addBookmark(readerId: number, articleId: number, now = new Date()): 'added' | 'already' | 'not-found' {
  const db = getDb();
  return db.transaction((tx) => {
    const published = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), isPublished(now)))
      .get();
    if (!published) return 'not-found';
    const inserted = tx
      .insert(bookmarks)
      .values({ readerId, articleId, createdAt: now })
      .onConflictDoNothing()
      .run().changes;
    return inserted ? 'added' : 'already';
  });
}

export function removeBookmark(readerId: number, articleId: number): boolean {
  return (
    getDb()
      .delete(bookmarks)
      .where(and(eq(bookmarks.readerId, readerId), eq(bookmarks.articleId, articleId)))
      .run().changes > 0
  );
}

export function isBookmarked(readerId: number, articleId: number): boolean {
  return !!hotQueries().bookmarked.get({ readerId, articleId });
}

/** Which of these articles the reader has bookmarked (one indexed query for a whole list). */
export function bookmarkedIds(readerId: number, articleIds: number[]): Set<number> {
  return presentIds(bookmarks.articleId, articleIds, eq(bookmarks.readerId, readerId));
}

export interface SavedArticle {
  savedAt: string;
  /** Null fields but the id and title when the article is no longer published. */
  available: boolean;
  card: ArticleCard;
}

/** The reader's bookmarks, newest saved first; unpublished ones stay, marked unavailable. */
export function listBookmarks(
  readerId: number,
  page: number,
  perPage: number,
  now = new Date(),
): { items: SavedArticle[]; total: number } {
  const db = getDb();
  const rows = db
    .select({ ...cardColumns, savedAt: bookmarks.createdAt, available: sql<number>`(${isPublished(now)})` })
    .from(bookmarks)
    .innerJoin(articles, eq(articles.id, bookmarks.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(heroSource, eq(heroSource.id, articles.heroMediaId))
    .leftJoin(media, eq(media.id, heroPictureId))
    .where(eq(bookmarks.readerId, readerId))
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.articleId))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: count() }).from(bookmarks).where(eq(bookmarks.readerId, readerId)).get()?.n ?? 0;
  return {
    items: rows.map(({ savedAt, available, ...card }) => ({
      savedAt: savedAt.toISOString(),
      available: available === 1,
      card: toCard(card),
    })),
    total,
  };
}

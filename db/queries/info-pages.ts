/**
 * The site's own pages (About, Contact, Privacy…): read by the reader route `/info/{slug}` and
 * the footer, written by the newsroom's /admin/pages with an audit entry in the same transaction.
 */
import { and, asc, count, eq, gte } from 'drizzle-orm';
import { getDb, type DB } from '../client';
import { infoPages } from '../schema';
import type { InfoPageLink } from '../types';
import { iso } from './mappers';
import { writeAudit, type Actor } from './shared';

export interface InfoPage {
  id: number;
  /** lib/editions.ts code: each edition has its own pages. */
  edition: string;
  slug: string;
  title: string;
  description: string;
  /** Stored blocks, unchecked: readers pass them through readBody. */
  body: unknown[];
  /** Order in the footer; negative: not linked from it. */
  position: number;
  updatedAt: string;
}

/** What the newsroom writes (the body already parsed and validated). */
export interface InfoPageValues {
  slug: string;
  title: string;
  description: string;
  body: unknown[];
  position: number;
}

const columns = {
  id: infoPages.id,
  edition: infoPages.edition,
  slug: infoPages.slug,
  title: infoPages.title,
  description: infoPages.description,
  body: infoPages.body,
  position: infoPages.position,
  updatedAt: infoPages.updatedAt,
};

type Row = { updatedAt: Date } & Omit<InfoPage, 'updatedAt'>;
const toPage = (r: Row): InfoPage => ({
  ...r,
  body: Array.isArray(r.body) ? r.body : [],
  updatedAt: iso(r.updatedAt)!,
});

/** The pages the footer links to, in footer order. */
export function listInfoPageLinks(edition: string): InfoPageLink[] {
  return getDb()
    .select({ slug: infoPages.slug, title: infoPages.title })
    .from(infoPages)
    .where(and(eq(infoPages.edition, edition), gte(infoPages.position, 0)))
    .orderBy(asc(infoPages.position), asc(infoPages.id))
    .all();
}

/** Every page, for the newsroom (footer order, unlinked pages last). */
export function listInfoPages(): InfoPage[] {
  const rows = getDb().select(columns).from(infoPages).orderBy(asc(infoPages.position), asc(infoPages.id)).all();
  const pages = rows.map(toPage);
  return [...pages.filter((p) => p.position >= 0), ...pages.filter((p) => p.position < 0)];
}

export function getInfoPage(edition: string, slug: string): InfoPage | null {
  const row = getDb()
    .select(columns)
    .from(infoPages)
    .where(and(eq(infoPages.edition, edition), eq(infoPages.slug, slug)))
    .get();
  return row ? toPage(row) : null;
}

export function getInfoPageById(id: number): InfoPage | null {
  const row = getDb().select(columns).from(infoPages).where(eq(infoPages.id, id)).get();
  return row ? toPage(row) : null;
}

export function countInfoPages(db: Pick<DB, 'select'> = getDb()): number {
  return db.select({ n: count() }).from(infoPages).get()?.n ?? 0;
}

/**
 * Creates a page of `edition` (the column's default, English, when not given) and its audit
 * entry; throws SQLite's UNIQUE failure when the slug is taken in that edition.
 */
export function createInfoPage(who: Actor, v: InfoPageValues, edition = 'en'): number {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(infoPages)
      .values({ ...v, edition, updatedBy: who.actorId, updatedAt: new Date() })
      .returning({ id: infoPages.id })
      .get();
    writeAudit(tx, who, 'page.create', 'info_page', row.id, { slug: v.slug, title: v.title, edition });
    return row.id;
  });
}

/**
 * Saves a page; returns the slug it had before (null when the page is gone). Throws SQLite's
 * UNIQUE failure when the new slug is taken.
 */
export function updateInfoPage(who: Actor, id: number, v: InfoPageValues): string | null {
  return getDb().transaction((tx) => {
    const old = tx.select({ slug: infoPages.slug }).from(infoPages).where(eq(infoPages.id, id)).get();
    if (!old) return null;
    tx.update(infoPages)
      .set({ ...v, updatedBy: who.actorId, updatedAt: new Date() })
      .where(eq(infoPages.id, id))
      .run();
    writeAudit(tx, who, 'page.update', 'info_page', id, {
      slug: v.slug,
      title: v.title,
      ...(old.slug !== v.slug ? { previousSlug: old.slug } : {}),
    });
    return old.slug;
  });
}

/** Deletes a page; returns its slug (null when it was already gone). */
export function deleteInfoPage(who: Actor, id: number): string | null {
  return getDb().transaction((tx) => {
    const old = tx
      .select({ slug: infoPages.slug, title: infoPages.title })
      .from(infoPages)
      .where(eq(infoPages.id, id))
      .get();
    if (!old) return null;
    tx.delete(infoPages).where(eq(infoPages.id, id)).run();
    writeAudit(tx, who, 'page.delete', 'info_page', id, { slug: old.slug, title: old.title });
    return old.slug;
  });
}

/** Writes pages as they are (the seed), in one transaction, without an audit entry. */
export function insertInfoPages(db: DB, pages: InfoPageValues[], now = new Date()): void {
  db.transaction((tx) => {
    for (const p of pages)
      tx.insert(infoPages)
        .values({ ...p, updatedAt: now })
        .run();
  });
}

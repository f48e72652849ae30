/**
 * The newsroom's sections, tags and bylines (the `authors` table): listings with article
 * counts and the writes of their management pages. Each write is one transaction together
 * with its audit entry; checks that depend on the data (slug taken, still in use) run inside
 * that transaction, so two requests cannot both pass them.
 */
import { and, asc, count, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DB } from '../client';
import { articleAuthors, articles, articleTags, auditLog, authors, sections, tags } from '../schema';

/** The database or a transaction on it. */
type Queryable = Pick<DB, 'select' | 'insert' | 'update' | 'delete'>;

/** Who is writing, for the audit log. */
export interface Actor {
  actorId: number;
  ip: string;
}

function audit(
  tx: Queryable,
  who: Actor,
  action: string,
  subjectType: string,
  subjectId: number,
  details?: Record<string, unknown>,
): void {
  tx.insert(auditLog)
    .values({
      actorId: who.actorId,
      action,
      subjectType,
      subjectId: String(subjectId),
      details: details ?? null,
      ip: who.ip,
    })
    .run();
}

/** A UNIQUE constraint failure from SQLite (a slug taken between our check and the write). */
function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// ---------------------------------------------------------------------------------------------
// Sections

export interface SectionRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  /** Articles in the section, whatever their state (drafts and the trash included). */
  articleCount: number;
}

export interface SectionInput {
  name: string;
  slug: string;
  description: string;
}

// Correlated counts name their tables explicitly: drizzle leaves columns unqualified in a
// one-table select, where `id` inside the sub-select would mean the inner table's own id.
const sectionColumns = {
  id: sections.id,
  slug: sections.slug,
  name: sections.name,
  description: sections.description,
  position: sections.position,
  articleCount: sql<number>`(SELECT count(*) FROM ${articles} AS a WHERE a.section_id = ${sections}.id)`.mapWith(
    Number,
  ),
};

/** Every section in navigation order, with its article count. */
export function listSectionsWithCounts(db: Queryable = getDb()): SectionRow[] {
  return db.select(sectionColumns).from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
}

export function getSectionRow(id: number, db: Queryable = getDb()): SectionRow | null {
  return db.select(sectionColumns).from(sections).where(eq(sections.id, id)).get() ?? null;
}

function sectionSlugTaken(tx: Queryable, slug: string, exceptId?: number): boolean {
  return !!tx
    .select({ id: sections.id })
    .from(sections)
    .where(exceptId === undefined ? eq(sections.slug, slug) : and(eq(sections.slug, slug), ne(sections.id, exceptId)))
    .get();
}

export type CreateResult<T> = { ok: true; row: T } | { ok: false; reason: 'slug-taken' };
export type UpdateResult<T> = { ok: true; before: T; after: T } | { ok: false; reason: 'slug-taken' | 'not-found' };
export type DeleteResult<T> =
  { ok: true; row: T } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'in-use'; articleCount: number };

/** A new section, placed last in the navigation. */
export function insertSection(input: SectionInput, who: Actor): CreateResult<SectionRow> {
  try {
    return getDb().transaction((tx) => {
      if (sectionSlugTaken(tx, input.slug)) return { ok: false, reason: 'slug-taken' } as const;
      const last = tx
        .select({ max: sql<number | null>`max(${sections.position})` })
        .from(sections)
        .get()?.max;
      const id = tx
        .insert(sections)
        .values({
          name: input.name,
          slug: input.slug,
          description: input.description,
          position: last === null || last === undefined ? 0 : last + 1,
        })
        .returning({ id: sections.id })
        .get().id;
      audit(tx, who, 'section.create', 'section', id, { name: input.name, slug: input.slug });
      return { ok: true, row: getSectionRow(id, tx)! } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

export function updateSection(id: number, input: SectionInput, who: Actor): UpdateResult<SectionRow> {
  try {
    return getDb().transaction((tx) => {
      const before = getSectionRow(id, tx);
      if (!before) return { ok: false, reason: 'not-found' } as const;
      if (sectionSlugTaken(tx, input.slug, id)) return { ok: false, reason: 'slug-taken' } as const;
      tx.update(sections)
        .set({ name: input.name, slug: input.slug, description: input.description })
        .where(eq(sections.id, id))
        .run();
      const after = getSectionRow(id, tx)!;
      audit(tx, who, 'section.update', 'section', id, {
        before: { name: before.name, slug: before.slug, description: before.description },
        after: { name: after.name, slug: after.slug, description: after.description },
      });
      return { ok: true, before, after } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

/**
 * Moves a section one place up or down in the navigation. Positions are renumbered 0…n-1 on
 * the way, so ties left by older data cannot make a move do nothing.
 */
export function moveSection(
  id: number,
  direction: 'up' | 'down',
  who: Actor,
): { ok: true; moved: boolean; row: SectionRow } | { ok: false; reason: 'not-found' } {
  return getDb().transaction((tx) => {
    const order = tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id))
      .all();
    const from = order.findIndex((s) => s.id === id);
    if (from === -1) return { ok: false, reason: 'not-found' } as const;
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { ok: true, moved: false, row: getSectionRow(id, tx)! } as const;
    const ids = order.map((s) => s.id);
    [ids[from], ids[to]] = [ids[to], ids[from]];
    ids.forEach((sectionId, position) => {
      if (order[position].id !== sectionId || order[position].position !== position) {
        tx.update(sections).set({ position }).where(eq(sections.id, sectionId)).run();
      }
    });
    audit(tx, who, 'section.move', 'section', id, { from, to });
    return { ok: true, moved: true, row: getSectionRow(id, tx)! } as const;
  });
}

/** Deletes a section that has no articles at all (drafts and the trash count). */
export function deleteSection(id: number, who: Actor): DeleteResult<SectionRow> {
  return getDb().transaction((tx) => {
    const row = getSectionRow(id, tx);
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.articleCount > 0) return { ok: false, reason: 'in-use', articleCount: row.articleCount } as const;
    tx.delete(sections).where(eq(sections.id, id)).run();
    audit(tx, who, 'section.delete', 'section', id, { name: row.name, slug: row.slug });
    return { ok: true, row } as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Tags

export interface TagRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  /** Articles carrying the tag, whatever their state. */
  articleCount: number;
}

export interface TagInput {
  name: string;
  slug: string;
  description: string;
}

const tagColumns = {
  id: tags.id,
  slug: tags.slug,
  name: tags.name,
  description: tags.description,
  articleCount: sql<number>`(SELECT count(*) FROM ${articleTags} AS l WHERE l.tag_id = ${tags}.id)`.mapWith(Number),
};

/** A page of tags by name, optionally only those whose name or slug contains `q`. */
export function listTagsWithCounts(f: { q?: string; page: number; perPage: number }): {
  items: TagRow[];
  total: number;
} {
  const db = getDb();
  let where: SQL | undefined;
  if (f.q) {
    const pattern = likePattern(f.q);
    where = or(sql`${tags.name} LIKE ${pattern} ESCAPE '\\'`, sql`${tags.slug} LIKE ${pattern} ESCAPE '\\'`);
  }
  const total = db.select({ n: count() }).from(tags).where(where).get()?.n ?? 0;
  const items = db
    .select(tagColumns)
    .from(tags)
    .where(where)
    .orderBy(sql`${tags.name} COLLATE NOCASE`, asc(tags.id))
    .limit(f.perPage)
    .offset((f.page - 1) * f.perPage)
    .all();
  return { items, total };
}

export function getTagRow(id: number, db: Queryable = getDb()): TagRow | null {
  return db.select(tagColumns).from(tags).where(eq(tags.id, id)).get() ?? null;
}

export function getTagRowBySlug(slug: string, db: Queryable = getDb()): TagRow | null {
  return db.select(tagColumns).from(tags).where(eq(tags.slug, slug)).get() ?? null;
}

function tagSlugTaken(tx: Queryable, slug: string, exceptId?: number): boolean {
  return !!tx
    .select({ id: tags.id })
    .from(tags)
    .where(exceptId === undefined ? eq(tags.slug, slug) : and(eq(tags.slug, slug), ne(tags.id, exceptId)))
    .get();
}

export function insertTag(input: TagInput, who: Actor): CreateResult<TagRow> {
  try {
    return getDb().transaction((tx) => {
      if (tagSlugTaken(tx, input.slug)) return { ok: false, reason: 'slug-taken' } as const;
      const id = tx.insert(tags).values(input).returning({ id: tags.id }).get().id;
      audit(tx, who, 'tag.create', 'tag', id, { name: input.name, slug: input.slug });
      return { ok: true, row: getTagRow(id, tx)! } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

export function updateTag(id: number, input: TagInput, who: Actor): UpdateResult<TagRow> {
  try {
    return getDb().transaction((tx) => {
      const before = getTagRow(id, tx);
      if (!before) return { ok: false, reason: 'not-found' } as const;
      if (tagSlugTaken(tx, input.slug, id)) return { ok: false, reason: 'slug-taken' } as const;
      tx.update(tags).set(input).where(eq(tags.id, id)).run();
      const after = getTagRow(id, tx)!;
      audit(tx, who, 'tag.update', 'tag', id, {
        before: { name: before.name, slug: before.slug, description: before.description },
        after: { name: after.name, slug: after.slug, description: after.description },
      });
      return { ok: true, before, after } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

/** Deletes a tag; its links to articles go with it (the articles stay). */
export function deleteTag(id: number, who: Actor): { ok: true; row: TagRow } | { ok: false; reason: 'not-found' } {
  return getDb().transaction((tx) => {
    const row = getTagRow(id, tx);
    if (!row) return { ok: false, reason: 'not-found' } as const;
    tx.delete(articleTags).where(eq(articleTags.tagId, id)).run();
    tx.delete(tags).where(eq(tags.id, id)).run();
    audit(tx, who, 'tag.delete', 'tag', id, { name: row.name, slug: row.slug, articleCount: row.articleCount });
    return { ok: true, row } as const;
  });
}

export type MergeResult =
  | { ok: true; source: TagRow; target: TagRow; moved: number }
  | { ok: false; reason: 'not-found' | 'target-not-found' | 'same' };

/**
 * Merges `sourceId` into `targetId`: every article of the source gets the target (an article
 * that already has both keeps one link, at the target's position), then the source is deleted.
 */
export function mergeTags(sourceId: number, targetId: number, who: Actor): MergeResult {
  return getDb().transaction((tx) => {
    const source = getTagRow(sourceId, tx);
    if (!source) return { ok: false, reason: 'not-found' } as const;
    const target = getTagRow(targetId, tx);
    if (!target) return { ok: false, reason: 'target-not-found' } as const;
    if (source.id === target.id) return { ok: false, reason: 'same' } as const;
    const moved = tx
      .insert(articleTags)
      .select(
        tx
          .select({
            articleId: articleTags.articleId,
            tagId: sql<number>`${target.id}`.as('tag_id'),
            position: articleTags.position,
          })
          .from(articleTags)
          .where(eq(articleTags.tagId, source.id)),
      )
      .onConflictDoNothing()
      .run().changes;
    tx.delete(articleTags).where(eq(articleTags.tagId, source.id)).run();
    tx.delete(tags).where(eq(tags.id, source.id)).run();
    audit(tx, who, 'tag.merge', 'tag', target.id, {
      source: { id: source.id, name: source.name, slug: source.slug, articleCount: source.articleCount },
      target: { id: target.id, name: target.name, slug: target.slug },
      moved,
    });
    return { ok: true, source, target: getTagRow(target.id, tx)!, moved } as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Bylines (the `authors` table)

export interface AuthorRow {
  id: number;
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  /** Articles with this byline, whatever their state. */
  articleCount: number;
}

export interface AuthorInput {
  name: string;
  slug: string;
  jobTitle: string;
  bio: string;
}

const authorColumns = {
  id: authors.id,
  slug: authors.slug,
  name: authors.name,
  jobTitle: authors.jobTitle,
  bio: authors.bio,
  articleCount: sql<number>`(SELECT count(*) FROM ${articleAuthors} AS l WHERE l.author_id = ${authors}.id)`.mapWith(
    Number,
  ),
};

export function listAuthorsWithCounts(): AuthorRow[] {
  return getDb()
    .select(authorColumns)
    .from(authors)
    .orderBy(sql`${authors.name} COLLATE NOCASE`, asc(authors.id))
    .all();
}

export function getAuthorRow(id: number, db: Queryable = getDb()): AuthorRow | null {
  return db.select(authorColumns).from(authors).where(eq(authors.id, id)).get() ?? null;
}

function authorSlugTaken(tx: Queryable, slug: string, exceptId?: number): boolean {
  return !!tx
    .select({ id: authors.id })
    .from(authors)
    .where(exceptId === undefined ? eq(authors.slug, slug) : and(eq(authors.slug, slug), ne(authors.id, exceptId)))
    .get();
}

export function insertAuthor(input: AuthorInput, who: Actor): CreateResult<AuthorRow> {
  try {
    return getDb().transaction((tx) => {
      if (authorSlugTaken(tx, input.slug)) return { ok: false, reason: 'slug-taken' } as const;
      const id = tx.insert(authors).values(input).returning({ id: authors.id }).get().id;
      audit(tx, who, 'author.create', 'author', id, { name: input.name, slug: input.slug });
      return { ok: true, row: getAuthorRow(id, tx)! } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

export function updateAuthor(id: number, input: AuthorInput, who: Actor): UpdateResult<AuthorRow> {
  try {
    return getDb().transaction((tx) => {
      const before = getAuthorRow(id, tx);
      if (!before) return { ok: false, reason: 'not-found' } as const;
      if (authorSlugTaken(tx, input.slug, id)) return { ok: false, reason: 'slug-taken' } as const;
      tx.update(authors).set(input).where(eq(authors.id, id)).run();
      const after = getAuthorRow(id, tx)!;
      audit(tx, who, 'author.update', 'author', id, {
        before: { name: before.name, slug: before.slug, jobTitle: before.jobTitle },
        after: { name: after.name, slug: after.slug, jobTitle: after.jobTitle },
      });
      return { ok: true, before, after } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

/** Deletes a byline that is on no article (a staff account linked to it is unlinked). */
export function deleteAuthor(id: number, who: Actor): DeleteResult<AuthorRow> {
  return getDb().transaction((tx) => {
    const row = getAuthorRow(id, tx);
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.articleCount > 0) return { ok: false, reason: 'in-use', articleCount: row.articleCount } as const;
    tx.delete(authors).where(eq(authors.id, id)).run();
    audit(tx, who, 'author.delete', 'author', id, { name: row.name, slug: row.slug });
    return { ok: true, row } as const;
  });
}

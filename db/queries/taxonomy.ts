/**
 * The newsroom's sections, tags and bylines (the `authors` table): listings with article
 * counts and the writes of their management pages. Each write is one transaction together
 * with its audit entry; checks that depend on the data (slug taken, still in use) run inside
 * that transaction, so two requests cannot both pass them.
 *
 * Pattern: each kind is a "named table" (id, unique slug, name, article count) described once by
 * a `NamedTableSpec`; `namedStore(table, spec)` gives its get, list, insert, update and delete,
 * with the slug check and the audit entry. To add a kind: its Row and Input types, and a store
 * made from a spec (its own columns, the count sub-select, audit subject and fields, and how a
 * delete treats its articles). What only one kind does (moving a section, merging tags, a tag's
 * aliases: the old slugs and names that lead to it) stays a function of its own.
 */
import { and, asc, count, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { articleAuthors, articles, articleTags, authors, media, sections, shows, tagAliases, tags } from '../schema';
import { escapeLike, isUniqueViolation, writeAudit, type Actor, type Queryable } from './shared';

// ---------------------------------------------------------------------------------------------
// The shared store

/** What every kind's row has; `articleCount` counts articles in any state (drafts and the trash included). */
export interface NamedRow {
  id: number;
  /** lib/editions.ts code: each edition has its own sections, tags, bylines and shows. */
  edition: string;
  slug: string;
  name: string;
  articleCount: number;
}

/** What every kind's form writes: the fields of the table besides its id. */
export interface NamedInput {
  name: string;
  slug: string;
}

export type CreateResult<T> = { ok: true; row: T } | { ok: false; reason: 'slug-taken' };
export type UpdateResult<T> = { ok: true; before: T; after: T } | { ok: false; reason: 'slug-taken' | 'not-found' };
export type DeleteResult<T> =
  { ok: true; row: T } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'in-use'; articleCount: number };

type NamedTable = typeof sections | typeof tags | typeof authors | typeof shows;

interface NamedTableSpec<Row extends NamedRow, Input extends NamedInput> {
  /** The row's columns besides id, slug and name. */
  own: Record<Exclude<keyof Row, keyof NamedRow>, SQLiteColumn>;
  /** `articleCount`: a correlated count that names its tables (drizzle leaves columns unqualified). */
  counted: SQL;
  /** The audit log's subject type; actions are `<subject>.create`, `.update`, `.delete`. */
  subject: string;
  /** The fields an update's audit entry records before and after. */
  audited: readonly (keyof Input & keyof Row)[];
  /** Values of a new row that the form does not give (a section's place in the navigation). */
  placement?: (tx: Queryable) => Record<string, unknown>;
  /**
   * Deleting takes the row off its articles (tags); without it, a row with articles is not
   * deleted (sections, bylines: an article needs one).
   */
  unlink?: (tx: Queryable, id: number) => void;
  /**
   * After a row is written, in the same transaction: `before` is null for a new row (tags keep
   * a renamed tag's old slug and name as an alias).
   */
  written?: (tx: Queryable, before: Row | null, after: Row) => void;
}

/** A listing: which rows, in which order, which page. */
interface RowQuery {
  where?: SQL;
  orderBy?: SQL[];
  limit?: number;
  offset?: number;
}

export interface NamedStore<Row extends NamedRow, Input extends NamedInput> {
  get(id: number, db?: Queryable): Row | null;
  list(query: RowQuery, db?: Queryable): Row[];
  /** A new row of `edition` (its slug need only be free there). */
  insert(input: Input, who: Actor, edition: string): CreateResult<Row>;
  update(id: number, input: Input, who: Actor): UpdateResult<Row>;
  remove(id: number, who: Actor): DeleteResult<Row>;
  /** Whether a delete unlinks the row's articles instead of refusing (see `unlink`). */
  unlinks: boolean;
}

const pick = <T>(row: T, keys: readonly (keyof T)[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));

/** A write that maps a UNIQUE failure (a slug taken by a concurrent write) to `slug-taken`. */
function slugChecked<T>(write: () => T): T | { ok: false; reason: 'slug-taken' } {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

function namedStore<Row extends NamedRow, Input extends NamedInput>(
  named: NamedTable,
  spec: NamedTableSpec<Row, Input>,
): NamedStore<Row, Input> {
  // drizzle cannot type a query over a union of tables: typed as one of them, which all have
  // id, slug and name; each function's result is the kind's Row.
  const table = named as typeof tags;
  const columns = {
    id: table.id,
    edition: table.edition,
    slug: table.slug,
    name: table.name,
    ...spec.own,
    articleCount: sql<number>`(${spec.counted})`.mapWith(Number),
  };
  const list = ({ where, orderBy = [], limit, offset = 0 }: RowQuery, db: Queryable = getDb()) => {
    const query = db
      .select(columns)
      .from(table)
      .where(where)
      .orderBy(...orderBy)
      .$dynamic();
    return (limit === undefined ? query : query.limit(limit).offset(offset)).all() as Row[];
  };
  const get = (id: number, db: Queryable = getDb()) => list({ where: eq(table.id, id) }, db)[0] ?? null;
  // Slugs are unique within an edition (the table's unique index): `world` and `/ru/world` may
  // both exist. exceptId 0 excepts nothing: ids start at 1.
  const slugTaken = (tx: Queryable, edition: string, slug: string, exceptId = 0) =>
    !!tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.edition, edition), eq(table.slug, slug), ne(table.id, exceptId)))
      .get();
  const action = (verb: string) => `${spec.subject}.${verb}`;
  return {
    get,
    list,
    unlinks: !!spec.unlink,
    insert: (input, who, edition) =>
      slugChecked(() =>
        getDb().transaction((tx) => {
          if (slugTaken(tx, edition, input.slug)) return { ok: false, reason: 'slug-taken' } as const;
          const values = { ...input, ...spec.placement?.(tx), edition } as typeof tags.$inferInsert;
          const id = tx.insert(table).values(values).returning({ id: table.id }).get().id;
          const row = get(id, tx)!;
          spec.written?.(tx, null, row);
          writeAudit(tx, who, action('create'), spec.subject, id, { name: input.name, slug: input.slug, edition });
          return { ok: true, row } as const;
        }),
      ),
    update: (id, input, who) =>
      slugChecked(() =>
        getDb().transaction((tx) => {
          const before = get(id, tx);
          if (!before) return { ok: false, reason: 'not-found' } as const;
          if (slugTaken(tx, before.edition, input.slug, id)) return { ok: false, reason: 'slug-taken' } as const;
          tx.update(table).set(input).where(eq(table.id, id)).run();
          const after = get(id, tx)!;
          spec.written?.(tx, before, after);
          writeAudit(tx, who, action('update'), spec.subject, id, {
            before: pick(before, spec.audited),
            after: pick(after, spec.audited),
          });
          return { ok: true, before, after } as const;
        }),
      ),
    remove: (id, who) =>
      getDb().transaction((tx) => {
        const row = get(id, tx);
        if (!row) return { ok: false, reason: 'not-found' } as const;
        if (!spec.unlink && row.articleCount > 0)
          return { ok: false, reason: 'in-use', articleCount: row.articleCount } as const;
        spec.unlink?.(tx, id);
        tx.delete(table).where(eq(table.id, id)).run();
        // A delete that took the row off articles says from how many.
        const details = spec.unlink ? pick(row, ['name', 'slug', 'articleCount']) : pick(row, ['name', 'slug']);
        writeAudit(tx, who, action('delete'), spec.subject, id, details);
        return { ok: true, row } as const;
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

export interface SectionRow extends NamedRow {
  description: string;
  position: number;
}

export interface SectionInput extends NamedInput {
  description: string;
}

/** Sections; a new one is placed last in the navigation. */
export const sectionStore = namedStore<SectionRow, SectionInput>(sections, {
  own: { description: sections.description, position: sections.position },
  counted: sql`SELECT count(*) FROM ${articles} AS a WHERE a.section_id = ${sections}.id`,
  subject: 'section',
  audited: ['name', 'slug', 'description'],
  placement: (tx) => {
    const last = tx
      .select({ max: sql<number | null>`max(${sections.position})` })
      .from(sections)
      .get()?.max;
    return { position: last === null || last === undefined ? 0 : last + 1 };
  },
});

export const getSectionRow = sectionStore.get;

/** Every section in navigation order, with its article count. */
export function listSectionsWithCounts(db: Queryable = getDb()): SectionRow[] {
  return sectionStore.list({ orderBy: [asc(sections.position), asc(sections.id)] }, db);
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
    // Each edition orders its own sections (its menu): a move swaps with a neighbour of the same edition.
    const self = tx.select({ edition: sections.edition }).from(sections).where(eq(sections.id, id)).get();
    if (!self) return { ok: false, reason: 'not-found' } as const;
    const order = tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .where(eq(sections.edition, self.edition))
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
    writeAudit(tx, who, 'section.move', 'section', id, { from, to });
    return { ok: true, moved: true, row: getSectionRow(id, tx)! } as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Tags

export interface TagRow extends NamedRow {
  description: string;
}

export type TagInput = SectionInput;

/**
 * Tags; deleting one removes it from its articles (the articles stay) and drops its aliases (the
 * foreign key). A new slug keeps the old one and the old name as an alias of the tag; a tag that
 * takes an alias's slug removes that alias.
 */
export const tagStore = namedStore<TagRow, TagInput>(tags, {
  own: { description: tags.description },
  counted: sql`SELECT count(*) FROM ${articleTags} AS l WHERE l.tag_id = ${tags}.id`,
  subject: 'tag',
  audited: ['name', 'slug', 'description'],
  unlink: (tx, id) => tx.delete(articleTags).where(eq(articleTags.tagId, id)).run(),
  written: (tx, before, after) => {
    releaseAlias(tx, after.edition, after.slug);
    if (before && before.slug !== after.slug) keepAlias(tx, before, after.id);
  },
});

export const getTagRow = tagStore.get;

/** A page of tags by name, optionally only those whose name or slug contains `q`. */
export function listTagsWithCounts(f: { q?: string; page: number; perPage: number }): {
  items: TagRow[];
  total: number;
} {
  const db = getDb();
  let where: SQL | undefined;
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    where = or(sql`${tags.name} LIKE ${pattern} ESCAPE '\\'`, sql`${tags.slug} LIKE ${pattern} ESCAPE '\\'`);
  }
  const total = db.select({ n: count() }).from(tags).where(where).get()?.n ?? 0;
  const orderBy = [sql`${tags.name} COLLATE NOCASE`, asc(tags.id)];
  const items = tagStore.list({ where, orderBy, limit: f.perPage, offset: (f.page - 1) * f.perPage }, db);
  return { items, total };
}

/** The tag of `edition` with that slug (each edition has its own tags, slugs may repeat across them). */
export function getTagRowBySlug(edition: string, slug: string, db: Queryable = getDb()): TagRow | null {
  return tagStore.list({ where: and(eq(tags.edition, edition), eq(tags.slug, slug)) }, db)[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Tag aliases: the slugs and names a tag had before a rename or a merge

export interface TagAlias {
  slug: string;
  name: string;
}

/** A real tag takes `slug` in `edition`: an alias of that slug would shadow it, so it goes. */
function releaseAlias(tx: Queryable, edition: string, slug: string): void {
  tx.delete(tagAliases)
    .where(and(eq(tagAliases.edition, edition), eq(tagAliases.slug, slug)))
    .run();
}

/** `old`'s slug and name become an alias of tag `tagId` (of old's edition). */
function keepAlias(tx: Queryable, old: { edition: string; slug: string; name: string }, tagId: number): void {
  tx.insert(tagAliases)
    .values({ edition: old.edition, slug: old.slug, name: old.name, tagId })
    .onConflictDoUpdate({ target: [tagAliases.edition, tagAliases.slug], set: { name: old.name, tagId } })
    .run();
}

/** A tag's aliases (its former slugs and names), oldest first. */
export function listTagAliases(tagId: number, db: Queryable = getDb()): TagAlias[] {
  return db
    .select({ slug: tagAliases.slug, name: tagAliases.name })
    .from(tagAliases)
    .where(eq(tagAliases.tagId, tagId))
    .orderBy(asc(tagAliases.createdAt), asc(tagAliases.slug))
    .all();
}

/** What a resolved tag slug or name gives: the tag now, and its address. */
export interface ResolvedTag {
  id: number;
  edition: string;
  slug: string;
  name: string;
}

const resolvedColumns = { id: tags.id, edition: tags.edition, slug: tags.slug, name: tags.name };

/**
 * The tag of `edition` that `slug` names now: the tag with that slug, else the tag it is an alias
 * of (a renamed or merged tag's old slug). Its `slug` differs from the one asked for when it came
 * through an alias (the reader's old address then redirects to the tag's own). Null when neither.
 */
export function resolveTagSlug(edition: string, slug: string, db: Queryable = getDb()): ResolvedTag | null {
  return (
    db
      .select(resolvedColumns)
      .from(tags)
      .where(and(eq(tags.edition, edition), eq(tags.slug, slug)))
      .get() ??
    db
      .select(resolvedColumns)
      .from(tagAliases)
      .innerJoin(tags, eq(tags.id, tagAliases.tagId))
      .where(and(eq(tagAliases.edition, edition), eq(tagAliases.slug, slug)))
      .get() ??
    null
  );
}

/**
 * The tag of `edition` an editor means by a typed tag (its name, and the slug made from it): a
 * tag with that slug, else one with that name (case aside), else the tag that slug or name is an
 * alias of. Real tags come first, so an alias never shadows a tag. Null: a new tag.
 */
export function findTypedTag(
  edition: string,
  typed: { name: string; slug: string },
  db: Queryable = getDb(),
): ResolvedTag | null {
  const named = (column: SQLiteColumn) => sql`${column} = ${typed.name} COLLATE NOCASE`;
  const real = (where: SQL) =>
    db
      .select(resolvedColumns)
      .from(tags)
      .where(and(eq(tags.edition, edition), where))
      .orderBy(asc(tags.id))
      .get();
  const aliased = (where: SQL) =>
    db
      .select(resolvedColumns)
      .from(tagAliases)
      .innerJoin(tags, eq(tags.id, tagAliases.tagId))
      .where(and(eq(tagAliases.edition, edition), where))
      .orderBy(asc(tagAliases.createdAt), asc(tags.id))
      .get();
  return (
    real(eq(tags.slug, typed.slug)) ??
    real(named(tags.name)) ??
    aliased(eq(tagAliases.slug, typed.slug)) ??
    aliased(named(tagAliases.name)) ??
    null
  );
}

export type MergeResult =
  | { ok: true; source: TagRow; target: TagRow; moved: number }
  | { ok: false; reason: 'not-found' | 'target-not-found' | 'same' | 'other-edition' };

/**
 * Merges `sourceId` into `targetId` (both of one edition): every article of the source gets the
 * target (an article that already has both keeps one link, at the target's position), the
 * source's slug and name and its own aliases become the target's aliases, then the source is
 * deleted.
 */
export function mergeTags(sourceId: number, targetId: number, who: Actor): MergeResult {
  return getDb().transaction((tx) => {
    const source = getTagRow(sourceId, tx);
    if (!source) return { ok: false, reason: 'not-found' } as const;
    const target = getTagRow(targetId, tx);
    if (!target) return { ok: false, reason: 'target-not-found' } as const;
    if (source.id === target.id) return { ok: false, reason: 'same' } as const;
    if (source.edition !== target.edition) return { ok: false, reason: 'other-edition' } as const;
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
    // Its old addresses and names lead to the target from now on (before the delete would drop them).
    const aliases = listTagAliases(source.id, tx).map((a) => a.slug);
    tx.update(tagAliases).set({ tagId: target.id }).where(eq(tagAliases.tagId, source.id)).run();
    tx.delete(tags).where(eq(tags.id, source.id)).run();
    keepAlias(tx, source, target.id);
    writeAudit(tx, who, 'tag.merge', 'tag', target.id, {
      source: { id: source.id, name: source.name, slug: source.slug, articleCount: source.articleCount },
      target: { id: target.id, name: target.name, slug: target.slug },
      moved,
      aliases: [source.slug, ...aliases],
    });
    return { ok: true, source, target: getTagRow(target.id, tx)!, moved } as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Bylines (the `authors` table)

export interface AuthorRow extends NamedRow {
  jobTitle: string;
  bio: string;
}

export type AuthorInput = Omit<AuthorRow, 'id' | 'articleCount' | 'edition'>;

/** Bylines; deleting one unlinks a staff account from it (the foreign key's ON DELETE SET NULL). */
export const authorStore = namedStore<AuthorRow, AuthorInput>(authors, {
  own: { jobTitle: authors.jobTitle, bio: authors.bio },
  counted: sql`SELECT count(*) FROM ${articleAuthors} AS l WHERE l.author_id = ${authors}.id`,
  subject: 'author',
  audited: ['name', 'slug', 'jobTitle'],
});

export const getAuthorRow = authorStore.get;

export function listAuthorsWithCounts(): AuthorRow[] {
  return authorStore.list({ orderBy: [sql`${authors.name} COLLATE NOCASE`, asc(authors.id)] });
}

// ---------------------------------------------------------------------------------------------
// Shows (programmes, podcasts); their articles are its episodes

export interface ShowRow extends NamedRow {
  description: string;
  host: string;
  category: string;
  explicit: boolean;
  artworkMediaId: number | null;
}

export type ShowInput = Omit<ShowRow, 'id' | 'articleCount' | 'edition'>;

/**
 * Shows; one with articles is not deleted (its podcast feed's subscribers would lose those
 * episodes without a word): staff take the articles out of it first.
 */
export const showStore = namedStore<ShowRow, ShowInput>(shows, {
  own: {
    description: shows.description,
    host: shows.host,
    category: shows.category,
    explicit: shows.explicit,
    artworkMediaId: shows.artworkMediaId,
  },
  counted: sql`SELECT count(*) FROM ${articles} AS a WHERE a.show_id = ${shows}.id`,
  subject: 'show',
  audited: ['name', 'slug', 'description', 'host', 'category', 'explicit', 'artworkMediaId'],
});

export const getShowRow = showStore.get;

export function listShowsWithCounts(): ShowRow[] {
  return showStore.list({ orderBy: [sql`${shows.name} COLLATE NOCASE`, asc(shows.id)] });
}

/** What a show's artwork must be checked against: the library item's kind, state and size (null when none). */
export function artworkCandidate(id: number): { kind: string; status: string; width: number; height: number } | null {
  return (
    getDb()
      .select({ kind: media.kind, status: media.status, width: media.width, height: media.height })
      .from(media)
      .where(eq(media.id, id))
      .get() ?? null
  );
}

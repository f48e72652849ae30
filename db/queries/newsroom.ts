/**
 * The newsroom's article reads and writes. Every write is one transaction: the article, its
 * tags and authors, a revision and an audit entry, so nothing half-saved is ever visible.
 * Saves are optimistic: they name the version they started from and fail on a newer one.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, like, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import {
  articleAuthors,
  articleRevisions,
  articles,
  articleTags,
  auditLog,
  authors,
  media,
  sections,
  shows,
  staffUsers,
  tags,
  type ArticleStatus,
} from '../schema';
import type { GalleryItem } from '../types';
import { authorsOfArticle, seoColumns, tagsOfArticle } from './articles';
import { iso } from './mappers';
import { escapeLike, presentIds, type Queryable } from './shared';
import { findTypedTag } from './taxonomy';

/** What the scheduler writes as a revision's action: a story published on time, by no person. */
export const SCHEDULED_PUBLICATION = 'published on schedule';

export interface StaffArticleRow {
  id: number;
  edition: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  section: { slug: string; name: string };
  publishedAt: string | null;
  updatedAt: string | null;
  /** When it was last saved (its newest revision), else when it was created. */
  editedAt: string;
  version: number;
}

/** Whose stories a list holds: see `StaffArticleFilter.owner`. */
export interface ArticleOwner {
  staffId: number;
  /** The byline the person writes under (staff_users.author_id), if any. */
  authorId: number | null;
  /** Only in these editions (others' stories in the other editions stay in the list); absent: everywhere. */
  onlyIn?: readonly string[];
}

/**
 * The order of a list: 'changed' (the default) by the last change readers see, else creation;
 * 'edited' by the last save; 'due' by publication time, soonest first (what is scheduled);
 * 'published' by publication time, newest first.
 */
export type StaffArticleOrder = 'changed' | 'edited' | 'due' | 'published';

export interface StaffArticleFilter {
  /** lib/editions.ts code(s): those editions' stories only. */
  edition?: string | readonly string[];
  status?: ArticleStatus;
  sectionId?: number;
  authorId?: number;
  /**
   * Only the stories this person created or has a byline on (as lib/newsroom/articles.ts
   * ownsArticle decides).
   */
  owner?: ArticleOwner;
  q?: string;
  order?: StaffArticleOrder;
  page: number;
  perPage: number;
}

/** The time of an article's newest revision (unix seconds), else its creation: one index probe. */
const editedAtSql = sql<number>`coalesce((SELECT r.created_at FROM article_revisions r WHERE r.article_id = ${articles.id} ORDER BY r.version DESC LIMIT 1), ${articles.createdAt})`;

/** The SQL of `owner`: the person's stories (everywhere, or in `onlyIn`) and, elsewhere, everyone's. */
function ownerCondition(owner: ArticleOwner): SQL {
  const own = or(
    eq(articles.createdBy, owner.staffId),
    owner.authorId
      ? sql`${articles.id} IN (SELECT article_id FROM article_authors WHERE author_id = ${owner.authorId})`
      : undefined,
  )!;
  if (!owner.onlyIn) return own;
  if (owner.onlyIn.length === 0) return sql`1`;
  return or(notInArray(articles.edition, [...owner.onlyIn]), own)!;
}

function orderOf(order: StaffArticleOrder = 'changed'): SQL[] {
  switch (order) {
    case 'edited':
      return [desc(editedAtSql), desc(articles.id)];
    case 'due':
      return [asc(articles.publishedAt), asc(articles.id)];
    case 'published':
      return [desc(articles.publishedAt), desc(articles.id)];
    default:
      return [desc(sql`coalesce(${articles.updatedAt}, ${articles.createdAt})`), desc(articles.id)];
  }
}

export function listStaffArticles(f: StaffArticleFilter): { items: StaffArticleRow[]; total: number } {
  const db = getDb();
  const where: SQL[] = [];
  // The trash is only listed when asked for.
  where.push(f.status ? eq(articles.status, f.status) : sql`${articles.status} <> 'trashed'`);
  if (f.sectionId) where.push(eq(articles.sectionId, f.sectionId));
  if (typeof f.edition === 'string') where.push(eq(articles.edition, f.edition));
  else if (f.edition) where.push(inArray(articles.edition, [...f.edition]));
  if (f.authorId) {
    where.push(sql`${articles.id} IN (SELECT article_id FROM article_authors WHERE author_id = ${f.authorId})`);
  }
  if (f.owner) where.push(ownerCondition(f.owner));
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    where.push(or(sql`${articles.title} LIKE ${pattern} ESCAPE '\\'`, like(articles.slug, pattern))!);
  }
  const condition = where.length ? and(...where) : undefined;
  const total = db.select({ n: count() }).from(articles).where(condition).get()?.n ?? 0;
  const rows = db
    .select({
      id: articles.id,
      edition: articles.edition,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      editedAt: editedAtSql,
      version: articles.version,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(condition)
    .orderBy(...orderOf(f.order))
    .limit(f.perPage)
    .offset((f.page - 1) * f.perPage)
    .all();
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      edition: r.edition,
      title: r.title,
      slug: r.slug,
      status: r.status,
      section: { slug: r.sectionSlug, name: r.sectionName },
      publishedAt: iso(r.publishedAt),
      updatedAt: iso(r.updatedAt),
      editedAt: new Date(r.editedAt * 1000).toISOString(),
      version: r.version,
    })),
  };
}

/** Everything the editor shows and everything invalidation needs to know about the old state. */
export interface EditableArticle {
  id: number;
  title: string;
  slug: string;
  sectionId: number;
  sectionSlug: string;
  /** lib/editions.ts code (the section's). */
  edition: string;
  /** The translation group it belongs to, or null. */
  translationGroup: number | null;
  lede: string;
  body: unknown;
  heroMediaId: number | null;
  /** A gallery shown as the hero (pictures only); empty for none. */
  heroGallery: GalleryItem[];
  /** The show (programme, podcast) the story is an episode of; null for none. */
  showId: number | null;
  status: ArticleStatus;
  publishedAt: string | null;
  version: number;
  createdBy: number | null;
  tags: { slug: string; name: string }[];
  authorIds: number[];
  authorSlugs: string[];
  seo: SeoFields;
}

/** The SEO panel: overrides for search results and share cards ('' / null = derive from the article). */
export interface SeoFields {
  metaTitle: string;
  metaDescription: string;
  socialTitle: string;
  socialDescription: string;
  socialMediaId: number | null;
}

export const NO_SEO: SeoFields = {
  metaTitle: '',
  metaDescription: '',
  socialTitle: '',
  socialDescription: '',
  socialMediaId: null,
};

export function getEditableArticle(id: number, db: Queryable = getDb()): EditableArticle | null {
  const row = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      sectionId: articles.sectionId,
      sectionSlug: sections.slug,
      edition: articles.edition,
      translationGroup: articles.translationGroup,
      lede: articles.lede,
      body: articles.body,
      heroMediaId: articles.heroMediaId,
      heroGallery: articles.heroGallery,
      showId: articles.showId,
      status: articles.status,
      publishedAt: articles.publishedAt,
      version: articles.version,
      createdBy: articles.createdBy,
      ...seoColumns,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const authorRows = authorsOfArticle(id, db);
  const { metaTitle, metaDescription, socialTitle, socialDescription, socialMediaId, ...rest } = row;
  return {
    ...rest,
    heroGallery: Array.isArray(row.heroGallery) ? row.heroGallery : [],
    seo: { metaTitle, metaDescription, socialTitle, socialDescription, socialMediaId },
    publishedAt: iso(row.publishedAt),
    tags: tagsOfArticle(id, db).map(({ slug, name }) => ({ slug, name })),
    authorIds: authorRows.map((a) => a.id),
    authorSlugs: authorRows.map((a) => a.slug),
  };
}

/** Which of the referenced section, picture, show and authors exist (so a bad id is a field message, not a 500). */
export function missingReferences(input: {
  sectionId: number;
  heroMediaId: number | null;
  authorIds: number[];
  seo?: SeoFields;
  showId?: number | null;
}): {
  section: boolean;
  hero: boolean;
  socialImage: boolean;
  show: boolean;
  authorIds: number[];
} {
  const db = getDb();
  const section = !db.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId)).get();
  const hero =
    input.heroMediaId !== null && !db.select({ id: media.id }).from(media).where(eq(media.id, input.heroMediaId)).get();
  const found = presentIds(authors.id, input.authorIds);
  const socialId = input.seo?.socialMediaId ?? null;
  const socialImage = socialId !== null && !db.select({ id: media.id }).from(media).where(eq(media.id, socialId)).get();
  const showId = input.showId ?? null;
  const show = showId !== null && !db.select({ id: shows.id }).from(shows).where(eq(shows.id, showId)).get();
  return { section, hero, socialImage, show, authorIds: input.authorIds.filter((id) => !found.has(id)) };
}

export function listAllAuthors(): { id: number; name: string; slug: string }[] {
  return getDb()
    .select({ id: authors.id, name: authors.name, slug: authors.slug })
    .from(authors)
    .orderBy(asc(authors.name))
    .all();
}

export interface ArticleInput {
  title: string;
  slug: string;
  sectionId: number;
  lede: string;
  body: unknown[];
  heroMediaId: number | null;
  heroGallery: GalleryItem[];
  showId: number | null;
  /**
   * Tags by name (slug: the name's slugify). Each is the edition's tag of that slug or name, or
   * the tag that slug or name is an alias of (a renamed or merged tag's old one,
   * db/queries/taxonomy.ts `findTypedTag`); any other is created.
   */
  tags: { name: string; slug: string }[];
  authorIds: number[];
  seo: SeoFields;
}

export type SaveResult =
  | { ok: true; id: number; version: number; before: EditableArticle | null; after: EditableArticle }
  | { ok: false; reason: 'conflict'; current: EditableArticle }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'slug-taken' };

/** The edition of a section, or null when there is no such section (the permission checks ask). */
export function editionOfSectionId(sectionId: number): string | null {
  return (
    getDb().select({ edition: sections.edition }).from(sections).where(eq(sections.id, sectionId)).get()?.edition ??
    null
  );
}

/** The edition of a section: a story is always in its section's edition. */
function editionOfSection(tx: Queryable, sectionId: number): string {
  return (
    tx.select({ edition: sections.edition }).from(sections).where(eq(sections.id, sectionId)).get()?.edition ?? 'en'
  );
}

/** The article columns the editor writes (tags and authors go to their link tables). */
function editedColumns(tx: Queryable, input: ArticleInput) {
  const { title, slug, sectionId, lede, body, heroMediaId, heroGallery, showId, seo } = input;
  const edition = editionOfSection(tx, sectionId);
  return { title, slug, sectionId, edition, lede, body, heroMediaId, heroGallery, showId, ...seo };
}

function writeRelations(tx: Queryable, articleId: number, input: ArticleInput): void {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  // A typed tag is the story's edition's tag of that name: each edition has its own tags. A
  // renamed tag's old name finds the tag (its alias) instead of bringing the old tag back.
  const edition = editionOfSection(tx, input.sectionId);
  input.tags.forEach((t, position) => {
    let tagId = findTypedTag(edition, t, tx)?.id;
    if (tagId === undefined) {
      tx.insert(tags)
        .values({ edition, slug: t.slug, name: t.name })
        .onConflictDoNothing({ target: [tags.edition, tags.slug] })
        .run();
      tagId = tx
        .select({ id: tags.id })
        .from(tags)
        .where(and(eq(tags.edition, edition), eq(tags.slug, t.slug)))
        .get()!.id;
    }
    // Two typed names may be one tag ("Oil", and "Petrol" its old name): the first place counts.
    tx.insert(articleTags).values({ articleId, tagId, position }).onConflictDoNothing().run();
  });
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run();
  input.authorIds.forEach((authorId, position) =>
    tx.insert(articleAuthors).values({ articleId, authorId, position }).run(),
  );
}

function snapshot(a: EditableArticle): Record<string, unknown> {
  const { version: _v, createdBy: _c, ...rest } = a;
  void _v;
  void _c;
  return rest;
}

function writeRevision(tx: Queryable, a: EditableArticle, staffId: number, action: string, ip: string): void {
  tx.insert(articleRevisions)
    .values({ articleId: a.id, version: a.version, staffId, action, snapshot: snapshot(a) })
    .run();
  tx.insert(auditLog)
    .values({ actorId: staffId, action: `article.${action}`, subjectType: 'article', subjectId: String(a.id), ip })
    .run();
}

/** Creates (id null) or updates an article from the editor, in one transaction. */
export function saveArticle(
  id: number | null,
  input: ArticleInput,
  expectedVersion: number | null,
  staffId: number,
  ip: string,
): SaveResult {
  const db = getDb();
  return db.transaction((tx) => {
    const clash = tx
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          eq(articles.slug, input.slug),
          eq(articles.sectionId, input.sectionId),
          id ? sql`${articles.id} <> ${id}` : undefined,
        ),
      )
      .get();
    if (clash) return { ok: false, reason: 'slug-taken' } as const;

    let before: EditableArticle | null = null;
    let articleId: number;
    const now = new Date();
    if (id === null) {
      articleId = tx
        .insert(articles)
        .values({
          ...editedColumns(tx, input),
          status: 'draft',
          createdBy: staffId,
          version: 1,
        })
        .returning({ id: articles.id })
        .get().id;
    } else {
      before = getEditableArticle(id, tx);
      if (!before) return { ok: false, reason: 'not-found' } as const;
      if (expectedVersion !== before.version) return { ok: false, reason: 'conflict', current: before } as const;
      articleId = id;
      tx.update(articles)
        .set({
          ...editedColumns(tx, input),
          version: before.version + 1,
          // Readers see "Updated" only for changes after publication.
          ...(before.status === 'published' ? { updatedAt: now } : {}),
        })
        .where(and(eq(articles.id, id), eq(articles.version, before.version)))
        .run();
    }
    writeRelations(tx, articleId, input);
    const after = getEditableArticle(articleId, tx)!;
    writeRevision(tx, after, staffId, id === null ? 'created' : 'edited', ip);
    return { ok: true, id: articleId, version: after.version, before, after } as const;
  });
}

/**
 * Publishes (now), schedules (for `publishAt`), unpublishes or returns an article to draft,
 * with a revision and an audit entry.
 */
export function setArticleStatus(
  id: number,
  status: 'published' | 'scheduled' | 'unpublished' | 'draft' | 'trashed',
  expectedVersion: number,
  staffId: number,
  ip: string,
  publishAt?: Date,
): SaveResult {
  const db = getDb();
  return db.transaction((tx) => {
    const before = getEditableArticle(id, tx);
    if (!before) return { ok: false, reason: 'not-found' } as const;
    if (before.version !== expectedVersion) return { ok: false, reason: 'conflict', current: before } as const;
    const now = new Date();
    const firstPublication = !before.publishedAt || before.status === 'scheduled' || before.status === 'draft';
    tx.update(articles)
      .set({
        status,
        version: before.version + 1,
        // Published or scheduled, the story has left the review step (db/queries/review.ts).
        ...(status === 'published' || status === 'scheduled' ? { review: null, reviewAt: null } : {}),
        ...(status === 'published' && firstPublication ? { publishedAt: now, updatedAt: now } : {}),
        ...(status === 'published' && !firstPublication ? { updatedAt: now } : {}),
        ...(status === 'scheduled' && publishAt ? { publishedAt: publishAt, updatedAt: publishAt } : {}),
        ...(status === 'draft' && before.status === 'scheduled' ? { publishedAt: null, updatedAt: null } : {}),
      })
      .where(eq(articles.id, id))
      .run();
    const after = getEditableArticle(id, tx)!;
    writeRevision(tx, after, staffId, status === 'published' ? 'published' : status, ip);
    return { ok: true, id, version: after.version, before, after } as const;
  });
}

/** The article's preview token, made on first use (unguessable: 24 random bytes). */
export function previewTokenOf(id: number): string | null {
  const db = getDb();
  const row = db.select({ token: articles.previewToken }).from(articles).where(eq(articles.id, id)).get();
  if (!row) return null;
  if (row.token) return row.token;
  const token = randomBytes(24).toString('base64url');
  db.update(articles)
    .set({ previewToken: token })
    .where(and(eq(articles.id, id), sql`${articles.previewToken} IS NULL`))
    .run();
  return db.select({ token: articles.previewToken }).from(articles).where(eq(articles.id, id)).get()!.token;
}

/** Whether a preview URL's token is the article's (constant-time comparison). */
export function previewTokenMatches(id: number, token: string): boolean {
  const row = getDb().select({ token: articles.previewToken }).from(articles).where(eq(articles.id, id)).get();
  if (!row?.token) return false;
  const a = Buffer.from(row.token);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** When the next scheduled article is due (null when none is scheduled). */
export function nextScheduledAt(): Date | null {
  const row = getDb()
    .select({ at: sql<number | null>`min(${articles.publishedAt})` })
    .from(articles)
    .where(eq(articles.status, 'scheduled'))
    .get();
  return row?.at ? new Date(row.at * 1000) : null;
}

/** Publishes every scheduled article that is due, each with a revision and an audit entry. */
export function publishDueArticles(now = new Date()): { before: EditableArticle; after: EditableArticle }[] {
  const db = getDb();
  return db.transaction((tx) => {
    const due = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), sql`${articles.publishedAt} <= ${Math.floor(now.getTime() / 1000)}`))
      .all();
    return due.map(({ id }) => {
      const before = getEditableArticle(id, tx)!;
      tx.update(articles)
        .set({ status: 'published', version: before.version + 1 })
        .where(eq(articles.id, id))
        .run();
      const after = getEditableArticle(id, tx)!;
      tx.insert(articleRevisions)
        .values({
          articleId: id,
          version: after.version,
          staffId: null,
          action: SCHEDULED_PUBLICATION,
          snapshot: snapshot(after),
        })
        .run();
      tx.insert(auditLog)
        .values({
          actorId: null,
          action: 'article.published-on-schedule',
          subjectType: 'article',
          subjectId: String(id),
        })
        .run();
      return { before, after };
    });
  });
}

/** The editable state kept with one revision, or null. */
export function getRevisionSnapshot(articleId: number, version: number): Record<string, unknown> | null {
  return (
    getDb()
      .select({ snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, version)))
      .get()?.snapshot ?? null
  );
}

/** Who made a revision: a staff member (by name), the scheduler, or an account deleted since. */
export type RevisionAuthor = { kind: 'staff'; name: string } | { kind: 'scheduler' } | { kind: 'deleted' };

export interface RevisionRow {
  version: number;
  at: string;
  action: string;
  staffId: number | null;
  by: RevisionAuthor;
}

/**
 * An article's revisions, newest first, each with who made it (`article_revisions.staff_id`,
 * joined to the staff member's name). No staff id means the scheduler for a publication on
 * schedule, and otherwise an account deleted since (the reference is set to null on delete).
 */
export function listRevisions(articleId: number): RevisionRow[] {
  return getDb()
    .select({
      version: articleRevisions.version,
      at: articleRevisions.createdAt,
      action: articleRevisions.action,
      staffId: articleRevisions.staffId,
      staffName: staffUsers.name,
    })
    .from(articleRevisions)
    .leftJoin(staffUsers, eq(staffUsers.id, articleRevisions.staffId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .all()
    .map(({ staffName, ...r }) => ({
      ...r,
      at: r.at.toISOString(),
      by:
        staffName !== null
          ? { kind: 'staff', name: staffName }
          : r.staffId === null && r.action === SCHEDULED_PUBLICATION
            ? { kind: 'scheduler' }
            : { kind: 'deleted' },
    }));
}

export function authorIdsOfStaff(staffAuthorId: number | null, articleIds: number[]): Set<number> {
  if (!staffAuthorId) return new Set();
  return presentIds(articleAuthors.articleId, articleIds, eq(articleAuthors.authorId, staffAuthorId));
}

export type TranslateResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'not-found' | 'same-edition' }
  | { ok: false; reason: 'exists'; id: number };

/**
 * "Translate": a draft in `sectionId`'s edition holding the source's headline, standfirst, body
 * and picture to translate, in the source's translation group (started here when it has none), with
 * a revision and an audit entry ('article.translated'), in one transaction. At most one story per
 * edition in a group: an existing one is answered with its id.
 */
export function createTranslationDraft(
  sourceId: number,
  sectionId: number,
  staffId: number,
  ip: string,
): TranslateResult {
  return getDb().transaction((tx) => {
    const source = getEditableArticle(sourceId, tx);
    if (!source) return { ok: false, reason: 'not-found' } as const;
    const edition = editionOfSection(tx, sectionId);
    if (edition === source.edition) return { ok: false, reason: 'same-edition' } as const;
    const group = source.translationGroup ?? source.id;
    const existing = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.translationGroup, group), eq(articles.edition, edition)))
      .get();
    if (existing) return { ok: false, reason: 'exists', id: existing.id } as const;
    if (source.translationGroup === null)
      tx.update(articles).set({ translationGroup: group }).where(eq(articles.id, source.id)).run();
    const id = tx
      .insert(articles)
      .values({
        slug: source.slug,
        sectionId,
        edition,
        title: source.title,
        lede: source.lede,
        body: source.body as unknown[],
        heroMediaId: source.heroMediaId,
        heroGallery: source.heroGallery,
        status: 'draft',
        createdBy: staffId,
        version: 1,
        translationGroup: group,
      })
      .returning({ id: articles.id })
      .get().id;
    writeRevision(tx, getEditableArticle(id, tx)!, staffId, 'translated', ip);
    return { ok: true, id } as const;
  });
}

/** Every story of an article's translation group (itself included), whatever their state, by id. */
export function translationGroupOf(
  id: number,
): { id: number; edition: string; title: string; status: ArticleStatus }[] {
  return getDb().all<{ id: number; edition: string; title: string; status: ArticleStatus }>(
    sql`SELECT b.id AS id, b.edition AS edition, b.title AS title, b.status AS status
          FROM articles a JOIN articles b ON b.translation_group = a.translation_group
          WHERE a.id = ${id} ORDER BY b.id`,
  );
}

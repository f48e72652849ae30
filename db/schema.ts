/**
 * The newsroom's data model (SQLite through drizzle sqlite-core).
 *
 * Timestamps are stored as unix seconds (`mode: 'timestamp'`); queries in db/queries
 * hand ISO strings to the rest of the app so data survives any cache round trip.
 * Later features extend this file with new tables (staff users, sessions, revisions,
 * readers, bookmarks, search index) rather than rewriting these ones.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { FrontLayoutJson, GalleryItem, Rendition } from './types';

/** Small key/value facts about this database, such as the id that keys the data cache. */
export const siteMeta = sqliteTable('site_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

const createdAt = () =>
  integer('created_at', { mode: 'timestamp' })
    .notNull()
    .default(sql`(unixepoch())`);

/** A required reference to another row; the referencing row goes when that row is deleted. */
const linkTo = (name: string, target: () => AnySQLiteColumn) =>
  integer(name).notNull().references(target, { onDelete: 'cascade' });

/**
 * The edition (lib/editions.ts: 'en', 'ru', 'ar'…) a row belongs to. A code, not a reference:
 * editions are configuration, not data, so adding one is a config entry and no migration.
 */
const editionColumn = () => text('edition').notNull().default('en');

/**
 * What sections, bylines and tags have alike: an id, a slug for URLs (unique within its edition,
 * `namedIndexes`) and a name (db/queries/taxonomy.ts).
 */
const namedColumns = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  edition: editionColumn(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
});
const namedIndexes = (table: string) => (t: { edition: AnySQLiteColumn; slug: AnySQLiteColumn }) => [
  uniqueIndex(`${table}_edition_slug_idx`).on(t.edition, t.slug),
];

export const sections = sqliteTable(
  'sections',
  {
    ...namedColumns(),
    description: text('description').notNull().default(''),
    /** Order in the site navigation and on the home page. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  namedIndexes('sections'),
);

export const authors = sqliteTable(
  'authors',
  {
    ...namedColumns(),
    /** Job title shown under the byline, e.g. "Moscow correspondent". */
    jobTitle: text('job_title').notNull().default(''),
    bio: text('bio').notNull().default(''),
    avatarMediaId: integer('avatar_media_id').references(() => media.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  namedIndexes('authors'),
);

export const tags = sqliteTable(
  'tags',
  {
    ...namedColumns(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  namedIndexes('tags'),
);

/**
 * A tag's former addresses and names: a rename (a new slug) or a merge leaves the old slug and
 * name here, pointing at the tag that now holds them (db/queries/taxonomy.ts). `/tags/<old>`
 * answers a permanent redirect to the tag, and the editor's typed "Old name" finds the tag
 * instead of making a new one. Unique per edition like tags' slugs, and never a live tag's slug
 * there: a tag that takes the slug removes the alias (a real tag wins).
 */
export const tagAliases = sqliteTable(
  'tag_aliases',
  {
    edition: editionColumn(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    tagId: linkTo('tag_id', () => tags.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.edition, t.slug] }), index('tag_aliases_tag_idx').on(t.tagId)],
);

export const MEDIA_KINDS = ['image', 'video', 'audio', 'file'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const MEDIA_STATUSES = ['ready', 'processing', 'failed'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];
export const MEDIA_JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type MediaJobState = (typeof MEDIA_JOB_STATES)[number];

export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored file name (generated, never the uploader's), without the width suffix. */
  file: text('file').notNull().unique(),
  mime: text('mime').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  /** Widths rendered next to the original, comma separated, ascending (e.g. "320,640,960"). */
  variants: text('variants').notNull().default(''),
  alt: text('alt').notNull(),
  caption: text('caption').notNull().default(''),
  credit: text('credit').notNull().default(''),
  /**
   * A picture's point of interest, 0–1 from the left and from the top (centre by default): every
   * crop of it (share image, JSON-LD crops, cards' object-position) keeps this point in view.
   */
  focalX: real('focal_x').notNull().default(0.5),
  focalY: real('focal_y').notNull().default(0.5),
  /** Size of the stored original in bytes (0 for seeded pictures). */
  bytes: integer('bytes').notNull().default(0),
  /** The staff member who uploaded it (null for seeded pictures). */
  uploadedBy: integer('uploaded_by'),
  createdAt: createdAt(),
  /** What the item is; pictures are the original kind, the others came with issue 18 (docs/media.md). */
  kind: text('kind', { enum: MEDIA_KINDS }).notNull().default('image'),
  /** Video and audio are `processing` until their renditions are made (media_jobs); pictures and files are `ready` at once. */
  status: text('status', { enum: MEDIA_STATUSES }).notNull().default('ready'),
  /** Why processing failed, in words for the newsroom; empty otherwise. */
  error: text('error').notNull().default(''),
  /** Video, audio and files: the folder under MEDIA_DIR/av holding their files, 32 random hex digits, so an unpublished story's media cannot be guessed. */
  storageKey: text('storage_key').unique(),
  title: text('title').notNull().default(''),
  description: text('description').notNull().default(''),
  /** Audio: what is said, shown below the player. */
  transcript: text('transcript').notNull().default(''),
  durationMs: integer('duration_ms').notNull().default(0),
  /** The uploader's file name, cleaned: the download name of a file, never a path on disk. */
  originalName: text('original_name').notNull().default(''),
  /** Readers may download the video or audio (files are always downloadable). */
  allowDownload: integer('allow_download', { mode: 'boolean' }).notNull().default(false),
  /** Video: the picture shown before playing (made from a frame, replaceable by staff); podcasts: the artwork. */
  posterMediaId: integer('poster_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'set null' }),
  /** What was made from the upload (db/types.ts Rendition[]), smallest first. */
  renditions: text('renditions', { mode: 'json' })
    .notNull()
    .$type<Rendition[]>()
    .default(sql`'[]'`),
  /** What the probe found in the upload (codecs, rotation, source size): shown to staff, kept for reprocessing. */
  probe: text('probe', { mode: 'json' })
    .notNull()
    .$type<Record<string, unknown>>()
    .default(sql`'{}'`),
});

/** Subtitles and captions of a video or audio item, one WebVTT file per language. */
export const mediaCaptions = sqliteTable(
  'media_captions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: linkTo('media_id', () => media.id),
    /** BCP 47 language tag, e.g. "en", "ru", "ar". */
    lang: text('lang').notNull(),
    /** What the player's menu shows, e.g. "English". */
    label: text('label').notNull(),
    /** File name inside the item's storage folder; a replacement gets a new name (URLs are immutable). */
    file: text('file').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('media_captions_lang_idx').on(t.mediaId, t.lang)],
);

/**
 * Work on uploaded video and audio, done outside any request by lib/media/worker.ts: a job is
 * claimed with a lease (`locked_until`) that progress reports extend, so a job whose server died
 * is claimed again after its lease ends, and retried up to `max_attempts`.
 */
export const mediaJobs = sqliteTable(
  'media_jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: linkTo('media_id', () => media.id),
    state: text('state', { enum: MEDIA_JOB_STATES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    /** 0–100 over the whole job. */
    progress: integer('progress').notNull().default(0),
    /** What the job is doing now ("720p", "HLS", "poster"…), for the library. */
    stage: text('stage').notNull().default(''),
    error: text('error').notNull().default(''),
    runAfter: integer('run_after', { mode: 'timestamp_ms' }).notNull(),
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('media_jobs_state_run_idx').on(t.state, t.runAfter), index('media_jobs_media_idx').on(t.mediaId)],
);

/** A programme (radio show, podcast): its episodes are published articles with `show_id` and an audio block. */
export const shows = sqliteTable(
  'shows',
  {
    ...namedColumns(),
    description: text('description').notNull().default(''),
    /** Square artwork, at least 1400 px (Apple Podcasts). */
    artworkMediaId: integer('artwork_media_id').references(() => media.id, { onDelete: 'set null' }),
    /** The host or producer, for `itunes:author`. */
    host: text('host').notNull().default(''),
    /** An Apple Podcasts category, e.g. "News". */
    category: text('category').notNull().default('News'),
    explicit: integer('explicit', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  namedIndexes('shows'),
);

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published', 'unpublished', 'trashed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    title: text('title').notNull(),
    lede: text('lede').notNull().default(''),
    /** Body blocks as JSON, validated on write by lib/content/blocks.ts. */
    body: text('body', { mode: 'json' })
      .notNull()
      .$type<unknown[]>()
      .default(sql`'[]'`),
    heroMediaId: integer('hero_media_id').references(() => media.id, { onDelete: 'set null' }),
    /** Article-specific caption for the hero image; the media caption is used when empty. */
    heroCaption: text('hero_caption').notNull().default(''),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    /** Editorial weight on the home page: 0 normal, 1 top story, 2 lead story. */
    featured: integer('featured').notNull().default(0),
    publishedAt: integer('published_at', { mode: 'timestamp' }),
    /** Last change readers should know about ("Updated …"); equals publishedAt when never updated. */
    updatedAt: integer('updated_at', { mode: 'timestamp' }),
    createdAt: createdAt(),
    /** Row version for optimistic concurrency in the newsroom. */
    version: integer('version').notNull().default(1),
    /** The staff member who created the article (null for imported or seeded ones). */
    createdBy: integer('created_by'),
    /** Secret part of the article's preview URL (/preview/{id}/{token}); made on first use. */
    previewToken: text('preview_token'),
    /** SEO panel: overrides for search results and share cards; empty means "derive from the article". */
    metaTitle: text('meta_title').notNull().default(''),
    metaDescription: text('meta_description').notNull().default(''),
    socialTitle: text('social_title').notNull().default(''),
    socialDescription: text('social_description').notNull().default(''),
    socialMediaId: integer('social_media_id').references(() => media.id, { onDelete: 'set null' }),
    /** A gallery shown as the hero instead of one picture (db/types.ts GalleryItem[]); empty means none. */
    heroGallery: text('hero_gallery', { mode: 'json' })
      .notNull()
      .$type<GalleryItem[]>()
      .default(sql`'[]'`),
    /** The programme this story is an episode of (its audio goes into the show's podcast feed). */
    showId: integer('show_id').references(() => shows.id, { onDelete: 'set null' }),
    /** The edition the story is published in; always its section's edition. */
    edition: editionColumn(),
    /**
     * The review step (issue 21): 'submitted' by a contributor for an editor to publish, or
     * 'returned' by the editor with a note; null otherwise, and again once published or scheduled.
     * Not content: changing it leaves `version` alone, so an editor open on the story saves.
     */
    review: text('review', { enum: ['submitted', 'returned'] }),
    reviewAt: integer('review_at', { mode: 'timestamp' }),
    /**
     * Translations of one story share a group: the id of the story the group started from (null:
     * no translations). At most one story per edition in a group.
     */
    translationGroup: integer('translation_group'),
  },
  (t) => [
    index('articles_edition_status_published_idx').on(t.edition, t.status, t.publishedAt),
    uniqueIndex('articles_translation_idx').on(t.translationGroup, t.edition),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_section_status_published_idx').on(t.sectionId, t.status, t.publishedAt),
    index('articles_featured_idx').on(t.status, t.featured, t.publishedAt),
    // Covering index for ranking by id without reading rows (their JSON bodies sit before these
    // columns): related stories look up thousands of candidates by id (db/queries/related.ts).
    index('articles_rank_idx').on(t.id, t.status, t.publishedAt, t.sectionId),
    index('articles_show_idx').on(t.showId, t.status, t.publishedAt),
    // The review queue: the few stories submitted, oldest first.
    index('articles_review_idx').on(t.review, t.reviewAt),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: linkTo('article_id', () => articles.id),
    tagId: linkTo('tag_id', () => tags.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: linkTo('article_id', () => articles.id),
    authorId: linkTo('author_id', () => authors.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_author_idx').on(t.authorId, t.articleId),
    uniqueIndex('article_authors_position_idx').on(t.articleId, t.position),
  ],
);

/** Newsroom roles, as in Ghost: contributor < author < editor < admin (see lib/auth/roles.ts). */
export const STAFF_ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffUsers = sqliteTable('staff_users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored lower-cased; sign-in compares lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** `scrypt$N$r$p$salt$hash` (lib/auth/password.ts). */
  passwordHash: text('password_hash').notNull(),
  /**
   * 'admin': administrator of the whole site (every edition, people, the audit log). Anyone else:
   * the HIGHEST of their roles in `staff_editions`, written by db/queries/staff.ts in the same
   * transaction as those rows, so site-wide checks (signing in to /admin, the shared media
   * library) read one column and agree with the per-edition ones.
   */
  role: text('role', { enum: STAFF_ROLES }).notNull(),
  /** The byline this person writes under, if any. */
  authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
  /** An IANA zone for the newsroom's date fields (My account); null: the browser's own. */
  timeZone: text('time_zone'),
  createdAt: createdAt(),
  disabledAt: integer('disabled_at', { mode: 'timestamp' }),
});

/** The roles a person holds in one edition: administrators are site-wide (staff_users.role). */
export const EDITION_ROLES = ['contributor', 'author', 'editor'] as const;
export type EditionRole = (typeof EDITION_ROLES)[number];

/**
 * A staff member's role in one edition (a Russian-desk editor cannot publish in English):
 * lib/auth/roles.ts canIn checks edition-bound permissions against the object's edition. No row:
 * no access to that edition. Administrators have none (they hold every edition).
 */
export const staffEditions = sqliteTable(
  'staff_editions',
  {
    staffId: linkTo('staff_id', () => staffUsers.id),
    /** lib/editions.ts code; a code, not a reference, like every `edition` column. */
    edition: text('edition').notNull(),
    role: text('role', { enum: EDITION_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.edition] }),
    check('staff_editions_role_check', sql`${t.role} IN ('contributor', 'author', 'editor')`),
  ],
);

/** A session table's columns besides its owner: staff and reader sessions are alike (db/queries/sessions.ts). */
const sessionColumns = () => ({
  /** SHA-256 of the cookie's token: a stolen database holds no usable session. */
  id: text('id').primaryKey(),
  createdAt: createdAt(),
  lastSeenAt: integer('last_seen_at', { mode: 'timestamp' }).notNull(),
  /** Absolute expiry; the idle limit is checked against lastSeenAt. */
  expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
  ip: text('ip').notNull().default(''),
  userAgent: text('user_agent').notNull().default(''),
});

export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    ...sessionColumns(),
    userId: linkTo('user_id', () => staffUsers.id),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

/** Failed sign-in counters per key (`ip:…` and `account:…|ip:…`), for growing waits. */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: integer('window_start', { mode: 'timestamp' }).notNull(),
  blockedUntil: integer('blocked_until', { mode: 'timestamp' }),
});

/**
 * Two-factor sign-in (issue 21): a staff member's TOTP secret (RFC 6238, base32, as the
 * authenticator app holds it; docs/security.md says why it is not encrypted). `enabledAt` is null
 * while the setup waits for its first code. `lastStep` is the newest time step a code was accepted
 * for: a code is never accepted twice, nor an older one after it.
 */
export const staffTwoFactor = sqliteTable('staff_two_factor', {
  staffId: integer('staff_id')
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  enabledAt: integer('enabled_at', { mode: 'timestamp' }),
  lastStep: integer('last_step'),
  createdAt: createdAt(),
});

/** Single-use recovery codes: only each code's SHA-256 is kept; a new set deletes the old one. */
export const staffRecoveryCodes = sqliteTable(
  'staff_recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: linkTo('staff_id', () => staffUsers.id),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp' }),
  },
  (t) => [index('staff_recovery_codes_staff_idx').on(t.staffId)],
);

export const PENDING_SIGN_IN_STEPS = ['code', 'enrol', 'ready'] as const;
export type PendingSignInStep = (typeof PENDING_SIGN_IN_STEPS)[number];

/**
 * A sign-in whose password was right and whose second step is to come: the code (`code`), or the
 * setting up of two-factor sign-in that the person's role requires (`enrol`, then `ready` once set
 * up, while the new recovery codes are on the screen). Short-lived; the
 * cookie holds a random token, the row its SHA-256. No session exists until the step is done.
 */
export const pendingSignIns = sqliteTable(
  'pending_sign_ins',
  {
    id: text('id').primaryKey(),
    staffId: linkTo('staff_id', () => staffUsers.id),
    step: text('step', { enum: PENDING_SIGN_IN_STEPS }).notNull(),
    /** Where the finished sign-in goes (a safe /admin path). */
    next: text('next').notNull().default('/admin'),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('pending_sign_ins_staff_idx').on(t.staffId)],
);

/** The roles whose members must sign in with two factors (set by administrators on /admin/staff). */
export const twoFactorRoles = sqliteTable('two_factor_roles', {
  role: text('role', { enum: STAFF_ROLES }).primaryKey(),
  createdAt: createdAt(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    actorId: integer('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull().default(''),
    subjectId: text('subject_id').notNull().default(''),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    ip: text('ip').notNull().default(''),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    // The staff pages' last sign-in (db/queries/staff.ts lastSignIns): one action and subject
    // type, grouped by subject, newest `at` of each, all read from the index.
    index('audit_log_action_subject_idx').on(t.action, t.subjectType, t.subjectId, t.at),
  ],
);

/**
 * Every save of an article keeps a revision: who, when, and the whole editable state, so any
 * two can be compared and one restored. `version` matches articles.version after that save.
 */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: linkTo('article_id', () => articles.id),
    version: integer('version').notNull(),
    createdAt: createdAt(),
    staffId: integer('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** What the save did: "created", "edited", "published", "unpublished", … */
    action: text('action').notNull(),
    /** The article's editable state after the save (title, slug, section, lede, body, tags, authors, status, …). */
    snapshot: text('snapshot', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  },
  (t) => [uniqueIndex('article_revisions_version_idx').on(t.articleId, t.version)],
);

/** Editorial notes on a story (the review step's conversation): for the newsroom, never published. */
export const articleNotes = sqliteTable(
  'article_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: linkTo('article_id', () => articles.id),
    staffId: integer('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('article_notes_article_idx').on(t.articleId, t.id)],
);
/**
 * The editor's autosaves (issue 21): what a staff member last typed in one story's editor, kept
 * a few seconds after the typing stops so a closed tab loses nothing. Never the story: readers
 * and the revisions see only saves. One row per person and story (`slot`: the article's id, or
 * 'new' for a story not saved yet), replaced at each autosave and deleted by their next save.
 * `baseVersion`: the version the typing started from, so a restored autosave saved over a newer
 * version meets the conflict check instead of overwriting it.
 */
export const articleAutosaves = sqliteTable(
  'article_autosaves',
  {
    staffId: linkTo('staff_id', () => staffUsers.id),
    slot: text('slot').notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    baseVersion: integer('base_version'),
    values: text('values', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    savedAt: integer('saved_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.slot] })],
);

/**
 * Who has a story open in the newsroom editor (issue 21): one row per story and person, its
 * `lastBeatAt` renewed by the editor's heartbeat; a row whose heartbeat has stopped for longer than
 * lib/newsroom/presence.ts allows counts as gone. In the database, not in a server's memory, so
 * every app server behind the proxy sees the same people. `since`: when this visit began.
 */
export const articlePresence = sqliteTable(
  'article_presence',
  {
    articleId: linkTo('article_id', () => articles.id),
    staffId: linkTo('staff_id', () => staffUsers.id),
    since: integer('since', { mode: 'timestamp_ms' }).notNull(),
    lastBeatAt: integer('last_beat_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.staffId] })],
);

/**
 * Cache invalidations to repeat a little later: a page render that was already running when an
 * article changed can write the old page back into the cache, so every change is expired once
 * at the write and once more when `due_at` has passed (lib/newsroom/scheduler.ts runs them).
 */
export const cacheFollowups = sqliteTable(
  'cache_followups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** JSON of lib/cache.ts ArticleInvalidation. */
    payload: text('payload').notNull(),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('cache_followups_due_idx').on(t.dueAt)],
);

/**
 * Reader accounts (issue 5): separate from staff in every way, so a reader session can never
 * open /admin. Deleting a reader deletes their sessions and bookmarks (cascade).
 */
export const readers = sqliteTable('readers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored lower-cased; sign-in compares lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** `scrypt$N$r$p$salt$hash` (lib/auth/password.ts). */
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
  /**
   * When the reader followed the link e-mailed to this address (or reset the password through
   * one); null while unverified (docs/security.md says what an unverified reader may do).
   */
  emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp' }),
});

export const readerSessions = sqliteTable(
  'reader_sessions',
  {
    ...sessionColumns(),
    readerId: linkTo('reader_id', () => readers.id),
  },
  (t) => [index('reader_sessions_reader_idx').on(t.readerId)],
);

export const bookmarks = sqliteTable(
  'bookmarks',
  {
    readerId: linkTo('reader_id', () => readers.id),
    articleId: linkTo('article_id', () => articles.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.readerId, t.articleId] }),
    index('bookmarks_reader_created_idx').on(t.readerId, t.createdAt),
  ],
);

// ---- Issue 19: curated fronts, the breaking-news banner, most read, the site's own pages ----

/**
 * A front the newsroom arranges: the home page (`key` 'home') or a section front (`key`
 * 'section:{sectionId}', so a renamed section keeps its arrangement). `layout` is what readers
 * see; `draft` is an unpublished arrangement being previewed (null when there is none).
 * A front without a row here shows its automatic default (lib/fronts/defaults.ts).
 */
export const fronts = sqliteTable('fronts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  key: text('key').notNull().unique(),
  /** JSON of lib/fronts/types.ts FrontLayout. */
  layout: text('layout', { mode: 'json' }).notNull().$type<FrontLayoutJson>(),
  draft: text('draft', { mode: 'json' }).$type<FrontLayoutJson>(),
  /** Bumped by every save of `layout` (optimistic locking, as articles do). */
  version: integer('version').notNull().default(1),
  updatedAt: integer('updated_at', { mode: 'timestamp' })
    .notNull()
    .default(sql`(unixepoch())`),
  updatedBy: integer('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
});

/** Every published arrangement of a front, so it can be compared and restored. */
export const frontRevisions = sqliteTable(
  'front_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    frontId: linkTo('front_id', () => fronts.id),
    version: integer('version').notNull(),
    layout: text('layout', { mode: 'json' }).notNull().$type<FrontLayoutJson>(),
    staffId: integer('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('front_revisions_version_idx').on(t.frontId, t.version)],
);

/**
 * A breaking-news banner: site-wide (`sectionId` null) or on one section's pages, from
 * `startsAt` until `expiresAt` or until staff end it (`endedAt`).
 */
export const banners = sqliteTable(
  'banners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The edition whose pages show it (all of them when site-wide). */
    edition: editionColumn(),
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'cascade' }),
    /** "Breaking", "Live", "Developing": the label before the text. */
    label: text('label').notNull().default('Breaking'),
    text: text('text').notNull(),
    /** A path on this site (`/world/12-…`) or an absolute https URL. */
    url: text('url').notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp' }),
    createdBy: integer('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('banners_expires_idx').on(t.expiresAt)],
);

/**
 * Page views per story and hour (unix hour = floor(ms / 3 600 000)), for "most read". Only
 * counts: no reader identifier, hash or salt is ever stored here (lib/most-read).
 */
export const articleViews = sqliteTable(
  'article_views',
  {
    articleId: linkTo('article_id', () => articles.id),
    hour: integer('hour').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hour_idx').on(t.hour)],
);

/**
 * The site's own pages (About, Contact, Editorial standards, Corrections policy, Privacy,
 * Terms…), edited in the newsroom and linked from the footer. `body` is typed blocks, like a story's.
 */
export const infoPages = sqliteTable(
  'info_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Each edition has its own pages, in its language. */
    edition: editionColumn(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** The search and share description. */
    description: text('description').notNull().default(''),
    body: text('body', { mode: 'json' }).notNull().$type<unknown[]>(),
    /** Order in the footer; pages with a negative position are not linked from it. */
    position: integer('position').notNull().default(0),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    updatedBy: integer('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('info_pages_edition_slug_idx').on(t.edition, t.slug)],
);

/**
 * Single-use tokens e-mailed to a person (lib/auth/account-tokens.ts): a password reset (staff or
 * reader) or a reader's address verification. The link holds 32 random bytes; the row only their
 * SHA-256, so a copy of the database opens no account. Used once: `used_at` is set by the one
 * conditional UPDATE that consumes it.
 */
export const accountTokens = sqliteTable(
  'account_tokens',
  {
    /** SHA-256 (hex) of the token in the link. */
    id: text('id').primaryKey(),
    purpose: text('purpose', { enum: ['reset', 'verify'] }).notNull(),
    subjectType: text('subject_type', { enum: ['staff', 'reader'] }).notNull(),
    subjectId: integer('subject_id').notNull(),
    /** The address the link was sent to: verifying proves this address, not a later one. */
    email: text('email').notNull(),
    /** The reader edition the message was written in (its pages answer in that language); '' for staff. */
    edition: text('edition').notNull().default(''),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp' }),
  },
  (t) => [
    index('account_tokens_subject_idx').on(t.subjectType, t.subjectId, t.purpose),
    index('account_tokens_expires_idx').on(t.expiresAt),
    check('account_tokens_purpose_check', sql`${t.purpose} IN ('reset', 'verify')`),
    check('account_tokens_subject_check', sql`${t.subjectType} IN ('staff', 'reader')`),
  ],
);

/**
 * Every message the site sends (lib/mail): without SMTP (`SMTP_URL` unset) it stays here for
 * administrators to read at /admin/outbox; with SMTP it is kept until sent, and kept with the
 * error when sending failed. The body of a sent message is dropped (it may hold a live link).
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdAt: createdAt(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    /** What the message is for (`reset`, `verify`), for the list. */
    kind: text('kind').notNull().default(''),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** `outbox`: no SMTP configured; `sending`; `sent`; `failed` (see `error`). */
    status: text('status', { enum: ['outbox', 'sending', 'sent', 'failed'] }).notNull(),
    error: text('error'),
    sentAt: integer('sent_at', { mode: 'timestamp' }),
  },
  (t) => [index('mail_outbox_created_idx').on(t.createdAt)],
);

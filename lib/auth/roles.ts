/**
 * Who may do what in the admin, after Ghost's roles:
 * - contributor: drafts only — creates articles and edits its own while unpublished;
 * - author: creates, edits, publishes, unpublishes and trashes its own articles; uploads media and manages its own uploads;
 * - editor: all of that on every article and every picture, plus sections, tags and people, the
 *   fronts, the breaking-news banner and the site's own pages;
 * - admin: everything, including staff management, the audit log and the mail outbox.
 *
 * Roles below admin are held per edition (a Russian-desk editor cannot publish in English):
 * `canIn` checks an edition-bound permission against the object's edition; `can` on
 * `staff.role` (the highest of a person's edition roles) answers site-wide questions only
 * (signing in to /admin, the shared media library, "may they do this in some edition?").
 */
import { EDITION_ROLES, STAFF_ROLES, type EditionRole, type StaffRole } from '@/db/schema';

export type Permission =
  | 'article.create'
  | 'article.edit'
  | 'article.publish'
  | 'article.unpublish'
  | 'article.trash'
  | 'media.upload'
  | 'media.manage'
  | 'taxonomy.manage'
  /** Arrange the home page and section fronts, and run the breaking-news banner (editors and admins). */
  | 'fronts.manage'
  /** Edit the site's own pages (About, Privacy…) linked from the footer (editors and admins). */
  | 'pages.manage'
  | 'staff.manage'
  | 'audit.view'
  /** Read the mail outbox (/admin/outbox): it may hold live reset links, so administrators only. */
  | 'outbox.view'
  | 'admin.access';

export interface PermissionContext {
  /** The signed-in user is the article's author. */
  authorOwnsArticle?: boolean;
  /** The article is (or was) published; contributors may only touch unpublished ones. */
  articleIsPublished?: boolean;
}

export const ROLE_LABELS: Record<StaffRole, string> = {
  contributor: 'Contributor',
  author: 'Author',
  editor: 'Editor',
  admin: 'Administrator',
};

export function isStaffRole(x: unknown): x is StaffRole {
  return typeof x === 'string' && (STAFF_ROLES as readonly string[]).includes(x);
}

const OWN_ARTICLE_ACTIONS: ReadonlySet<Permission> = new Set([
  'article.edit',
  'article.publish',
  'article.unpublish',
  'article.trash',
]);

/** Whether `role` may perform `permission`; article permissions may depend on `ctx`. Unknown roles get nothing. */
export function can(role: StaffRole, permission: Permission, ctx: PermissionContext = {}): boolean {
  const own = ctx.authorOwnsArticle === true;
  // Anything not explicitly "unpublished" counts as published for the contributor check.
  const published = ctx.articleIsPublished !== false;
  switch (role) {
    case 'admin':
      return true;
    case 'editor':
      return permission !== 'staff.manage' && permission !== 'audit.view' && permission !== 'outbox.view';
    case 'author':
      if (permission === 'admin.access' || permission === 'article.create' || permission === 'media.upload')
        return true;
      return OWN_ARTICLE_ACTIONS.has(permission) && own;
    case 'contributor':
      if (permission === 'admin.access' || permission === 'article.create') return true;
      return permission === 'article.edit' && own && !published;
    default:
      return false;
  }
}

/** Who `canIn` asks about: the signed-in StaffUser has these (db/queries/staff.ts). */
export interface EditionStaff {
  role: StaffRole;
  /** Edition code → role; empty for administrators, who hold every edition. */
  editions: Readonly<Record<string, StaffRole>>;
}

export function isEditionRole(x: unknown): x is EditionRole {
  return typeof x === 'string' && (EDITION_ROLES as readonly string[]).includes(x);
}

/**
 * Whether `staff` may perform `permission` on an object of `edition`: administrators anywhere;
 * anyone else through their role in that edition, and nothing in an edition they have no role in.
 */
export function canIn(
  staff: EditionStaff,
  edition: string,
  permission: Permission,
  ctx: PermissionContext = {},
): boolean {
  if (staff.role === 'admin') return can('admin', permission, ctx);
  const role = Object.hasOwn(staff.editions, edition) ? staff.editions[edition] : undefined;
  // An edition row never says admin (the table's check): being an administrator is site-wide.
  if (role === undefined || role === 'admin') return false;
  return can(role, permission, ctx);
}

/** The editions (of `codes`) in which `staff` may perform `permission`. */
export function editionsWhere(staff: EditionStaff, codes: readonly string[], permission: Permission): string[] {
  return codes.filter((code) => canIn(staff, code, permission));
}

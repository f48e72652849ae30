/**
 * Who may do what in the admin, after Ghost's roles:
 * - contributor: drafts only — creates articles and edits its own while unpublished;
 * - author: creates, edits, publishes, unpublishes and trashes its own articles; uploads media and manages its own uploads;
 * - editor: all of that on every article and every picture, plus sections, tags and people, the
 *   fronts, the breaking-news banner and the site's own pages;
 * - admin: everything, including staff management and the audit log.
 */
import { STAFF_ROLES, type StaffRole } from '@/db/schema';

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
      return permission !== 'staff.manage' && permission !== 'audit.view';
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

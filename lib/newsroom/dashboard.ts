/**
 * The newsroom's home (/admin): the signed-in person's drafts, what is scheduled, what was
 * published last and the video and audio still processing. Who sees what follows the roles
 * (lib/auth/roles.ts): stories only in the editions the person has a role in; there, everyone's
 * scheduled and published stories where the person may publish any story (editors, admins), and
 * only their own where they may publish only their own or nothing (authors, contributors);
 * everyone's processing media for those who manage every item (editors, admins), their own
 * uploads for authors, and no media list for contributors, who cannot upload.
 */
import { listProcessingAv, type ProcessingAvItem } from '@/db/queries/av-library';
import { jobsForMedia, type MediaJobSummary } from '@/db/queries/media-jobs';
import { listStaffArticles, type ArticleOwner, type StaffArticleRow } from '@/db/queries/newsroom';
import type { StaffUser } from '@/db/queries/staff';
import { can, canIn, editionsWhere } from '@/lib/auth/roles';
import { editions } from '@/lib/editions';
import { myInReview, reviewQueue } from './review';

/** A story in one of the dashboard's lists. */
export type DashboardStory = StaffArticleRow;

export interface DashboardScope {
  /** The editions whose stories the dashboard lists (those the person has a role in). */
  editions: string[];
  /** Of those, the ones where only the person's own scheduled and published stories are listed. */
  ownOnlyIn: string[];
  owner: { staffId: number; authorId: number | null };
  /** Whose processing video and audio are listed: everyone's, the person's own uploads, or none. */
  media: 'all' | 'own' | 'none';
}

export function dashboardScope(staff: StaffUser): DashboardScope {
  const mine = editionsWhere(staff, editions.codes, 'admin.access');
  // 'article.publish' asked without an article: true only where any story may be published.
  const desk = mine.filter((code) => canIn(staff, code, 'article.publish'));
  return {
    editions: mine,
    ownOnlyIn: mine.filter((code) => !desk.includes(code)),
    owner: { staffId: staff.id, authorId: staff.authorId },
    media: can(staff.role, 'media.manage') ? 'all' : can(staff.role, 'media.upload') ? 'own' : 'none',
  };
}

export interface DashboardList<T> {
  items: T[];
  total: number;
}

export interface Dashboard {
  scope: DashboardScope;
  drafts: DashboardList<StaffArticleRow>;
  scheduled: DashboardList<StaffArticleRow>;
  published: DashboardList<StaffArticleRow>;
  /**
   * The review step: for those who may publish (editors, admins) the queue of submitted stories;
   * for the others, their own stories submitted or sent back.
   */
  review: { queue: boolean } & ReturnType<typeof reviewQueue>;
  /** Null when the person cannot upload media. */
  media: (DashboardList<ProcessingAvItem> & { jobs: Record<number, MediaJobSummary> }) | null;
}

/** How many rows each of the dashboard's lists shows; each links to its full list. */
export const DASHBOARD_LIMITS = { drafts: 10, review: 10, scheduled: 10, published: 10, media: 10 } as const;

export function loadDashboard(staff: StaffUser): Dashboard {
  const scope = dashboardScope(staff);
  const none = { items: [], total: 0 };
  const articles = (
    status: 'draft' | 'scheduled' | 'published',
    order: 'edited' | 'due' | 'published',
    owner: ArticleOwner,
    perPage: number,
  ) =>
    scope.editions.length
      ? listStaffArticles({ edition: scope.editions, status, owner, order, page: 1, perPage })
      : none;
  const deskOrOwn: ArticleOwner = { ...scope.owner, onlyIn: scope.ownOnlyIn };
  const media =
    scope.media === 'none'
      ? null
      : listProcessingAv({
          uploadedBy: scope.media === 'own' ? staff.id : undefined,
          limit: DASHBOARD_LIMITS.media,
        });
  return {
    scope,
    // "My drafts" are the person's own whatever their role.
    drafts: articles('draft', 'edited', scope.owner, DASHBOARD_LIMITS.drafts),
    scheduled: articles('scheduled', 'due', deskOrOwn, DASHBOARD_LIMITS.scheduled),
    published: articles('published', 'published', deskOrOwn, DASHBOARD_LIMITS.published),
    review:
      scope.ownOnlyIn.length < scope.editions.length
        ? { queue: true, ...reviewQueue(staff, DASHBOARD_LIMITS.review) }
        : { queue: false, ...myInReview(staff, DASHBOARD_LIMITS.review) },
    media: media ? { ...media, jobs: jobsForMedia(media.items.map((m) => m.id)) } : null,
  };
}

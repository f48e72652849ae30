/**
 * Breaking-news banners (table banners): site-wide (section_id null) or on one section's pages,
 * live from `startsAt` until `expiresAt` or until an editor ends it (`endedAt`).
 */
import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { getDb } from '../client';
import { banners, sections, staffUsers } from '../schema';
import type { BannerView } from '../types';
import { iso } from './mappers';
import { writeAudit, type Actor } from './shared';

const viewColumns = {
  id: banners.id,
  label: banners.label,
  text: banners.text,
  url: banners.url,
  expiresAt: banners.expiresAt,
  sectionSlug: sections.slug,
};

function toView(row: {
  id: number;
  label: string;
  text: string;
  url: string;
  expiresAt: Date;
  sectionSlug: string | null;
}): BannerView {
  return { ...row, expiresAt: row.expiresAt.toISOString() };
}

/** Whether a banner is live at `now`: started, not yet expired, not ended. */
function liveAt(now: Date) {
  return and(lte(banners.startsAt, now), gt(banners.expiresAt, now), isNull(banners.endedAt));
}

/**
 * The banners live at `now`: for `sectionSlug` null the site-wide ones; for a section, the
 * site-wide ones and that section's. Newest first.
 */
export function listLiveBanners(edition: string, sectionSlug: string | null, now = new Date()): BannerView[] {
  const scope =
    sectionSlug === null ? isNull(banners.sectionId) : or(isNull(banners.sectionId), eq(sections.slug, sectionSlug));
  return getDb()
    .select(viewColumns)
    .from(banners)
    .leftJoin(sections, eq(sections.id, banners.sectionId))
    .where(and(liveAt(now), eq(banners.edition, edition), scope))
    .orderBy(desc(banners.startsAt), desc(banners.id))
    .all()
    .map(toView);
}

export interface BannerAdminRow extends BannerView {
  /** The edition whose pages show it (the permission checks ask). */
  edition: string;
  sectionId: number | null;
  sectionName: string | null;
  startsAt: string;
  endedAt: string | null;
  createdAt: string;
  createdByName: string | null;
  live: boolean;
}

/** The newsroom's list: the latest `limit` banners, live and past, newest first. */
export function listBannersForAdmin(limit = 50, now = new Date()): BannerAdminRow[] {
  return getDb()
    .select({
      ...viewColumns,
      edition: banners.edition,
      sectionId: banners.sectionId,
      sectionName: sections.name,
      startsAt: banners.startsAt,
      endedAt: banners.endedAt,
      createdAt: banners.createdAt,
      createdByName: staffUsers.name,
    })
    .from(banners)
    .leftJoin(sections, eq(sections.id, banners.sectionId))
    .leftJoin(staffUsers, eq(staffUsers.id, banners.createdBy))
    .orderBy(desc(banners.createdAt), desc(banners.id))
    .limit(limit)
    .all()
    .map((r) => ({
      ...toView(r),
      edition: r.edition,
      sectionId: r.sectionId,
      sectionName: r.sectionName,
      startsAt: r.startsAt.toISOString(),
      endedAt: iso(r.endedAt),
      createdAt: iso(r.createdAt) ?? r.startsAt.toISOString(),
      createdByName: r.createdByName,
      live: !r.endedAt && r.startsAt <= now && r.expiresAt > now,
    }));
}

/** A banner's edition, or null when there is no such banner. */
export function bannerEdition(id: number): string | null {
  return getDb().select({ edition: banners.edition }).from(banners).where(eq(banners.id, id)).get()?.edition ?? null;
}

export interface NewBanner {
  sectionId: number | null;
  label: string;
  text: string;
  url: string;
  startsAt: Date;
  expiresAt: Date;
}

/**
 * Writes a banner and its audit entry ('banner.create') in one transaction; returns its id. A
 * section's banner is in that section's edition (the newsroom offers only the chosen edition's
 * sections); a site-wide one in `edition` (the default's when not given).
 */
export function insertBanner(b: NewBanner & { edition?: string }, who: Actor): number {
  return getDb().transaction((tx) => {
    const sectionEdition =
      b.sectionId === null
        ? undefined
        : tx.select({ edition: sections.edition }).from(sections).where(eq(sections.id, b.sectionId)).get()?.edition;
    const edition = sectionEdition ?? b.edition ?? 'en';
    const id = tx
      .insert(banners)
      .values({ ...b, edition, createdBy: who.actorId })
      .returning({ id: banners.id })
      .get().id;
    writeAudit(tx, who, 'banner.create', 'banner', id, {
      edition,
      label: b.label,
      text: b.text,
      url: b.url,
      sectionId: b.sectionId,
      expiresAt: b.expiresAt.toISOString(),
    });
    return id;
  });
}

/**
 * Ends a live banner now, with its audit entry ('banner.end'); returns it (with its section's
 * slug) or null when it was not live (already ended or expired, or no such banner).
 */
export function endBannerNow(
  id: number,
  who: Actor,
  now = new Date(),
): { id: number; sectionSlug: string | null } | null {
  return getDb().transaction((tx) => {
    const row = tx
      .select({ id: banners.id, sectionSlug: sections.slug })
      .from(banners)
      .leftJoin(sections, eq(sections.id, banners.sectionId))
      .where(and(eq(banners.id, id), isNull(banners.endedAt), gt(banners.expiresAt, now)))
      .get();
    if (!row) return null;
    tx.update(banners).set({ endedAt: now }).where(eq(banners.id, id)).run();
    writeAudit(tx, who, 'banner.end', 'banner', id);
    return row;
  });
}

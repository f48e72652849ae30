/**
 * The breaking-news banner in the newsroom (/admin/banners): checking the form, creating and
 * ending banners, and expiring the reader pages that show them. A banner belongs to one edition
 * and shows on its pages only (site-wide: every page of that edition; a section's: that section,
 * which is the edition's). Pages drop a banner at its expiry without any visitor: creating one
 * queues a cache follow-up at `expiresAt` (lib/cache.ts runDueFollowups, run by the scheduler
 * within a second), which expires the edition's `banners` tag.
 */
import { bannerEdition, endBannerNow, insertBanner } from '@/db/queries/banners';
import { listAllSections } from '@/db/queries/articles';
import { canIn } from '@/lib/auth/roles';
import type { StaffUser } from '@/lib/auth/session';
import { cacheTags, expireTags } from '@/lib/cache';
import { editionOfForm, EDITION_FIELD, UNKNOWN_EDITION } from '@/lib/newsroom/edition-field';
import { invalid, parseId, type FormState, type Outcome } from '@/lib/newsroom/forms';
import { wallFieldsToUtc } from '@/lib/zoned-time';

export const BANNER_LABELS = ['Breaking', 'Live', 'Developing'] as const;
export const BANNER_TEXT_MAX = 160;
/** Expiry choices: hours from now, or `at` (the date and time field). */
export const BANNER_DURATIONS = { '1h': 1, '3h': 3, '12h': 12 } as const;
/** The latest expiry accepted: a banner is for news of the moment, not a standing notice. */
export const BANNER_MAX_DAYS = 7;

/** `tz`: the zone `expiresAt` is in (My account's, else the browser's; absent without JavaScript: UTC). */
export const BANNER_FIELDS = ['label', 'text', 'url', 'scope', 'expiresIn', 'expiresAt', 'tz'] as const;
export type BannerField = (typeof BANNER_FIELDS)[number];

export interface BannerInput {
  label: string;
  text: string;
  url: string;
  sectionId: number | null;
  startsAt: Date;
  expiresAt: Date;
}

/**
 * Whether `url` is a path on this site (`/world/12-…`, not `//host`, which browsers read as
 * another site) or an absolute https address.
 */
export function isBannerUrl(url: string): boolean {
  if (url.length > 2000 || /[\s\\\u0000-\u001f\u007f]/.test(url)) return false;
  if (url.startsWith('/')) return !url.startsWith('//');
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * A `datetime-local` value ("2026-12-07T18:30") as a wall time in `timeZone` (lib/zoned-time.ts:
 * a time the clocks skip is refused, one they repeat is its first occurrence).
 */
export function parseZonedDateTime(
  raw: string,
  timeZone: string,
): { ok: true; at: Date } | { ok: false; message: string } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/.exec(raw.trim());
  const r = m ? wallFieldsToUtc(m[1], m[2], timeZone || 'UTC') : null;
  if (r?.ok) return { ok: true, at: r.at };
  if (r && (r.reason === 'zone' || r.reason === 'gap')) return { ok: false, message: r.message };
  return { ok: false, message: 'Give a date and time, e.g. 2026-12-07T18:30.' };
}

/** Checks a banner form: the input to write, or a message per field. */
export function checkBanner(
  values: Record<BannerField, string>,
  opts: { now: Date; sectionIds: ReadonlySet<number> },
): { ok: true; input: BannerInput } | { ok: false; errors: Partial<Record<BannerField, string>> } {
  const errors: Partial<Record<BannerField, string>> = {};
  const label = values.label.trim();
  if (!(BANNER_LABELS as readonly string[]).includes(label)) errors.label = 'Choose Breaking, Live or Developing.';
  const text = values.text.trim().replace(/\s+/g, ' ');
  if (!text) errors.text = 'Write the banner’s text.';
  else if ([...text].length > BANNER_TEXT_MAX) errors.text = `At most ${BANNER_TEXT_MAX} characters.`;
  const url = values.url.trim();
  if (!url) errors.url = 'Give the link: a path on this site (/world/…) or an https:// address.';
  else if (!isBannerUrl(url)) errors.url = 'A path on this site starting with / or an https:// address.';
  let sectionId: number | null = null;
  if (values.scope !== 'site') {
    sectionId = parseId(values.scope);
    if (sectionId === null || !opts.sectionIds.has(sectionId))
      errors.scope = 'Choose the whole site or one of the edition’s sections.';
  }
  let expiresAt: Date | null = null;
  if (values.expiresIn in BANNER_DURATIONS) {
    const hours = BANNER_DURATIONS[values.expiresIn as keyof typeof BANNER_DURATIONS];
    expiresAt = new Date(opts.now.getTime() + hours * 3_600_000);
  } else if (values.expiresIn === 'at') {
    const parsed = parseZonedDateTime(values.expiresAt, values.tz);
    if (!parsed.ok) errors.expiresAt = parsed.message;
    else if (parsed.at.getTime() <= opts.now.getTime()) errors.expiresAt = 'That time has passed: choose a later one.';
    else if (parsed.at.getTime() > opts.now.getTime() + BANNER_MAX_DAYS * 86_400_000)
      errors.expiresAt = `At most ${BANNER_MAX_DAYS} days from now.`;
    else expiresAt = parsed.at;
  } else errors.expiresIn = 'Choose when the banner ends.';
  if (Object.keys(errors).length || !expiresAt) return { ok: false, errors };
  // Stored in whole seconds (the column's unit): the expiry readers see is the one checked here.
  const startsAt = new Date(Math.floor(opts.now.getTime() / 1000) * 1000);
  expiresAt = new Date(Math.ceil(expiresAt.getTime() / 1000) * 1000);
  return { ok: true, input: { label, text, url, sectionId, startsAt, expiresAt } };
}

/** Expires the banners of every page of `edition` now, and once more when `expiresAt` comes (if given). */
export function expireBanners(edition: string, expiresAt?: Date): void {
  expireTags([cacheTags.banners(edition)], expiresAt ? [expiresAt] : []);
}

export function readBannerForm(form: FormData): Record<BannerField, string> {
  const values = {} as Record<BannerField, string>;
  for (const name of BANNER_FIELDS) {
    const v = form.get(name);
    values[name] = typeof v === 'string' ? v : '';
  }
  return values;
}

/** The editions whose banners `staff` may run: fronts.manage there (the form's Edition choices). */
export function bannerEditions(staff: StaffUser, codes: readonly string[]): string[] {
  return codes.filter((code) => canIn(staff, code, 'fronts.manage'));
}

export const BANNER_FORBIDDEN = 'Your role may not run banners in that edition.';

/**
 * The create form's action. Form fields: edition (a lib/editions.ts code; absent: the default
 * edition) and BANNER_FIELDS; `scope` is 'site' (every page of the edition) or one of the
 * edition's sections. A refused form comes back with its values; a banner goes live at once.
 */
export function createBannerFromForm(
  staff: StaffUser,
  form: FormData,
  ip: string,
  now = new Date(),
  // Passed in because Next's revalidate functions only work inside a request (tests record it).
  expire: typeof expireBanners = expireBanners,
): FormState {
  const chosen = editionOfForm(form);
  const values = { ...readBannerForm(form), ...chosen.values };
  const { edition } = chosen;
  if (edition !== null && !canIn(staff, edition, 'fronts.manage')) return invalid(values, {}, BANNER_FORBIDDEN);
  // Only the chosen edition's sections: a banner shows on its own edition's pages.
  const sectionIds = new Set(
    listAllSections()
      .filter((s) => s.edition === edition)
      .map((s) => s.id),
  );
  const checked = checkBanner(values, { now, sectionIds });
  if (edition === null) {
    // Every field's problem at once (no section matches an unknown edition: not reported twice).
    const others: Record<string, string | undefined> = checked.ok ? {} : { ...checked.errors };
    delete others.scope;
    return invalid(values, { ...(others as Record<string, string>), [EDITION_FIELD]: UNKNOWN_EDITION });
  }
  if (!checked.ok) return invalid(values, checked.errors);
  const id = insertBanner({ ...checked.input, edition }, { actorId: staff.id, ip });
  expire(edition, checked.input.expiresAt);
  return { status: 'done', id, message: 'The banner is live.' };
}

/** "End now": a banner already over is answered with a message, never an error page. */
export function endBannerFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  const id = parseId(form.get('id'));
  const edition = id === null ? null : bannerEdition(id);
  if (edition !== null && !canIn(staff, edition, 'fronts.manage')) return { ok: false, code: 'forbidden' };
  const ended = id === null || edition === null ? null : endBannerNow(id, { actorId: staff.id, ip });
  if (!ended || edition === null) return { ok: false, code: 'not-live' };
  expireBanners(edition);
  return { ok: true, code: 'ended' };
}

/**
 * My account's profile settings: for now the time zone the newsroom's date fields mean (the
 * schedule form, a banner's end). Unset, they follow the browser, which is right for most
 * staff but not for an editor scheduling for another bureau's morning from a laptop set to home.
 */
import { setStaffTimeZone } from '@/db/queries/staff';
import type { StaffUser } from '@/lib/auth/session';
import type { Outcome } from '@/lib/newsroom/forms';
import { isTimeZone } from '@/lib/zoned-time';

/**
 * ICU still lists some zones under the names they had before the cities were renamed (its
 * canonical ids are frozen); the list shows the names people know when Intl accepts them.
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** Every zone this runtime's Intl names, UTC first, for the profile's list. */
export function timeZoneChoices(): string[] {
  const named = Intl.supportedValuesOf('timeZone').map((z) => (RENAMED[z] && isTimeZone(RENAMED[z]) ? RENAMED[z] : z));
  return ['UTC', ...new Set(named.filter((z) => z !== 'UTC' && isTimeZone(z)))].sort((a, b) =>
    a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b),
  );
}

/** Sets (or, with an empty value, clears) the caller's own zone. */
export function setTimeZoneFromForm(staff: StaffUser, form: FormData, ip: string): Outcome {
  const raw = form.get('timeZone');
  const zone = typeof raw === 'string' ? raw.trim() : '';
  if (zone && !isTimeZone(zone)) return { ok: false, code: 'zone' };
  setStaffTimeZone(staff.id, zone || null, { actorId: staff.id, ip });
  return { ok: true, code: zone ? 'zone' : 'zone-browser' };
}

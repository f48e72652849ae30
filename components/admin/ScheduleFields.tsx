'use client';
// Runs in the browser because only the browser knows its time zone (when the profile sets none), and the UTC equivalent follows each keystroke; without JavaScript the fields post in the profile's zone, else UTC.
import { useState } from 'react';
import { INPUT_CLASS } from '@/components/admin/FormParts';
import { useEditorZone } from '@/components/admin/useBrowserZone';
import { formatIn, formatUtc, wallFieldsToUtc } from '@/lib/zoned-time';

/** A 24-hour time, HH:MM with optional seconds ("9:05" too): what the server reads (lib/zoned-time.ts). */
const TIME_PATTERN = '([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?';

/**
 * The schedule form's date, 24-hour time and zone (the hidden `tz`: the one set in My account,
 * else the browser's), with the time it means in UTC under them as it is typed.
 */
export function ScheduleFields({
  date: initialDate = '',
  time: initialTime = '',
  profileZone,
}: {
  date?: string;
  time?: string;
  profileZone: string | null;
}) {
  const zone = useEditorZone(profileZone);
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  let preview = '';
  if (date && time) {
    const r = wallFieldsToUtc(date, time, zone);
    if (r.ok)
      preview = `= ${formatUtc(r.at)}${r.ambiguous ? ` (the first ${time}: the clocks go back that night)` : ''}`;
    else if (r.reason !== 'date' && r.reason !== 'time') preview = r.message;
  }
  return (
    <fieldset className="flex flex-wrap items-end gap-2">
      <legend className="text-sm font-semibold">Publish at, {zone === 'UTC' ? 'UTC' : `your time (${zone})`}</legend>
      <input type="hidden" name="tz" value={zone} />
      <span className="flex flex-col gap-1">
        <label htmlFor="schedule-date" className="text-sm">
          Date
        </label>
        <input
          id="schedule-date"
          type="date"
          name="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          className={INPUT_CLASS}
        />
      </span>
      <span className="flex flex-col gap-1">
        <label htmlFor="schedule-time" className="text-sm">
          Time (24-hour, HH:MM)
        </label>
        <input
          id="schedule-time"
          type="text"
          name="time"
          inputMode="numeric"
          pattern={TIME_PATTERN}
          placeholder="14:30"
          autoComplete="off"
          required
          size={8}
          value={time}
          onChange={(e) => setTime(e.target.value)}
          aria-describedby="schedule-utc"
          className={INPUT_CLASS}
        />
      </span>
      {/* A live paragraph, not an <output>: that is a role=status, and the page's own status line is the one. */}
      <p id="schedule-utc" aria-live="polite" className="basis-full text-sm">
        {preview}
      </p>
    </fieldset>
  );
}

/** " · your time (America/New_York): 09:30, Tue 8 Dec 2026" after a UTC time; nothing in UTC, or without JavaScript and a profile zone. */
export function InYourZone({ iso, profileZone }: { iso: string; profileZone: string | null }) {
  const zone = useEditorZone(profileZone);
  if (zone === 'UTC' || !iso) return null;
  return (
    <span>
      {' '}
      · your time ({zone}): {formatIn(new Date(iso), zone)}
    </span>
  );
}
